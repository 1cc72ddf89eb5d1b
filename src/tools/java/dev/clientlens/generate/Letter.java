package dev.clientlens.generate;

import java.util.Objects;

/** A rendered message and its envelope. A class rather than a record because it holds bytes. */
final class Letter {
  private final Envelope envelope;
  private final byte[] bytes;

  Letter(Envelope envelope, byte[] bytes) {
    this.envelope = Objects.requireNonNull(envelope, "envelope");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  Envelope envelope() {
    return envelope;
  }

  /** The message bytes, shared rather than copied: letters are short-lived and never handed outside. */
  byte[] bytes() {
    return bytes;
  }
}
