package dev.clientlens.source;

import dev.clientlens.domain.FolderRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * How much of one message a source will read before it gives up on that message, and how much memory
 * the messages of a scan may take while they are read and parsed.
 *
 * @param maxMessageBytes a larger message is not read at all, and recorded as unreadable
 * @param inFlightBytes the memory budget of the messages being read and parsed at one time: a message's
 *     {@linkplain RawMessage#inFlightBytes() cost} counts against it from before its bytes are read until its
 *     parse is done
 * @param streamAboveBytes a message file larger than this is parsed from the file, never read into memory
 *     whole; it costs this many bytes of the budget (what its parse may hold: a text part is read up to the
 *     parser's limits, an attachment not at all)
 */
public record Limits(int maxMessageBytes, long inFlightBytes, int streamAboveBytes) {
  private static final int MIB = 1024 * 1024;

  /**
   * 50 MiB per message (larger than any mail a server accepts); 128 MiB of messages in flight, which keeps a
   * scan of any mailbox well under 1 GiB resident; files over 4 MiB (large attachments) parsed from the file.
   */
  public static final Limits DEFAULT = new Limits(50 * MIB, 128L * MIB, 4 * MIB);

  public Limits {
    if (maxMessageBytes < 1024) {
      throw new IllegalArgumentException("limits: maxMessageBytes must be at least 1024, got " + maxMessageBytes);
    }
    if (streamAboveBytes < 1024) {
      throw new IllegalArgumentException("limits: streamAboveBytes must be at least 1024, got " + streamAboveBytes);
    }
    if (inFlightBytes < streamAboveBytes) {
      throw new IllegalArgumentException("limits: inFlightBytes (" + inFlightBytes
          + ") must be at least streamAboveBytes (" + streamAboveBytes + ")");
    }
  }

  /** A per-message limit with the default memory budget. */
  public Limits(int maxMessageBytes) {
    this(maxMessageBytes, DEFAULT.inFlightBytes, DEFAULT.streamAboveBytes);
  }

  /** These limits with another memory budget and streaming size. */
  public Limits withInFlight(long inFlightBytes, int streamAboveBytes) {
    return new Limits(maxMessageBytes, inFlightBytes, streamAboveBytes);
  }

  /**
   * One message file, refused (not the scan) when it is over the limit. Its bytes are not read here but
   * when the message is parsed, after its cost was taken from the memory budget.
   */
  RawMessage file(Path file, String location, String folder, FolderRole role, Instant deliveredAt, String itemKey,
      String stamp) throws IOException {
    long size = Files.size(file);
    if (size > maxMessageBytes) {
      throw new UnreadableMessageException(
          location, "message is " + size + " bytes, over the limit of " + maxMessageBytes, null);
    }
    return RawMessage.file(location, folder, role, deliveredAt, file, (int) size, maxMessageBytes,
        size > streamAboveBytes ? streamAboveBytes : -1, itemKey, stamp);
  }
}
