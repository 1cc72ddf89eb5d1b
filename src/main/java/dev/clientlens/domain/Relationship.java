package dev.clientlens.domain;

import java.util.Locale;

/** How the correspondence with a client runs: both ways, or only one way. */
public enum Relationship {
  /** The client wrote to us and we wrote to the client. */
  TWO_WAY,
  /** The client wrote to us; we never wrote to them. */
  INBOUND_ONLY,
  /** We wrote to them; they never wrote to us. */
  OUTBOUND_ONLY;

  /** The label used in reports ({@code two_way}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The relationship of a client with these counts of human mail each way (at least one of them). */
  public static Relationship of(int messagesIn, int messagesOut) {
    if (messagesIn <= 0 && messagesOut <= 0) {
      throw new IllegalArgumentException("relationship: no mail either way");
    }
    return messagesIn > 0 && messagesOut > 0 ? TWO_WAY : messagesIn > 0 ? INBOUND_ONLY : OUTBOUND_ONLY;
  }
}
