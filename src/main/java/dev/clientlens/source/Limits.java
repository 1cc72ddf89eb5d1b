package dev.clientlens.source;

/** How much of one message a source will read before it gives up on that message. */
public record Limits(int maxMessageBytes) {
  /** 50 MiB: larger than any mail a server accepts, small enough to keep a scan's memory bounded. */
  public static final Limits DEFAULT = new Limits(50 * 1024 * 1024);

  public Limits {
    if (maxMessageBytes < 1024) {
      throw new IllegalArgumentException("limits: maxMessageBytes must be at least 1024, got " + maxMessageBytes);
    }
  }
}
