package dev.clientlens.source;

import java.io.IOException;

/** One message could not be read; the source can go on with the next. */
public final class UnreadableMessageException extends IOException {
  private final String location;

  public UnreadableMessageException(String location, String reason, Throwable cause) {
    super(location + ": could not read message: " + reason, cause);
    this.location = location;
  }

  public String location() {
    return location;
  }

  /** The reason alone, without the location. */
  public String reason() {
    String m = getMessage();
    String prefix = location + ": could not read message: ";
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }
}
