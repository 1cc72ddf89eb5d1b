package dev.clientlens.source;

import java.io.IOException;

/**
 * One message could not be read; the source can go on with the next. It carries the message's identity
 * in the source ({@link #itemKey()}, {@link #stamp()}) when the source knows it, so that the message is
 * stored as skipped under the same key as a message that was read: a Maildir file whose flags change is
 * then still the same message, skipped once.
 */
public final class UnreadableMessageException extends IOException {
  private final String location;
  private final String itemKey;
  private final String stamp;

  public UnreadableMessageException(String location, String reason, Throwable cause) {
    this(location, location, "", reason, cause);
  }

  public UnreadableMessageException(String location, String itemKey, String stamp, String reason, Throwable cause) {
    super(location + ": could not read message: " + reason, cause);
    this.location = location;
    this.itemKey = itemKey;
    this.stamp = stamp;
  }

  /** The same failure, for the message known in its source by {@code itemKey} and {@code stamp}. */
  UnreadableMessageException of(String itemKey, String stamp) {
    return new UnreadableMessageException(location, itemKey, stamp, reason(), getCause());
  }

  public String location() {
    return location;
  }

  /** The message's key in its source (see {@link RawMessage}); the location when the source has no other. */
  public String itemKey() {
    return itemKey;
  }

  /** The message's stamp in its source; empty when the key alone identifies it. */
  public String stamp() {
    return stamp;
  }

  /** The reason alone, without the location. */
  public String reason() {
    String m = getMessage();
    String prefix = location + ": could not read message: ";
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }
}
