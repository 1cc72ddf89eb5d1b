package dev.clientlens.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How much of one message a source will read before it gives up on that message. */
public record Limits(int maxMessageBytes) {
  /** 50 MiB: larger than any mail a server accepts, small enough to keep a scan's memory bounded. */
  public static final Limits DEFAULT = new Limits(50 * 1024 * 1024);

  public Limits {
    if (maxMessageBytes < 1024) {
      throw new IllegalArgumentException("limits: maxMessageBytes must be at least 1024, got " + maxMessageBytes);
    }
  }

  /** Reads one message file whole, refusing it (not the scan) when it is over the limit. */
  byte[] readFile(Path file, String location) throws IOException {
    long size = Files.size(file);
    if (size > maxMessageBytes) {
      throw new UnreadableMessageException(
          location, "message is " + size + " bytes, over the limit of " + maxMessageBytes, null);
    }
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > maxMessageBytes) {
      throw new UnreadableMessageException(
          location, "message grew over the limit of " + maxMessageBytes + " bytes while it was read", null);
    }
    return bytes;
  }
}
