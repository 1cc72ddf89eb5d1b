package dev.clientlens.domain;

import java.util.Locale;

/** What became of a message: counted for a client, or why not. */
public enum CountedAs {
  CLIENT_IN,
  CLIENT_OUT,
  INTERNAL,
  AUTO_REPLY,
  BULK,
  /** Sent by a machine (a newsletter, feed, alert or receipt) though it carries no list headers. */
  AUTOMATED,
  DUPLICATE,
  BOUNCE,
  OTHER;

  /** The label used in reports ({@code client_in}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The category with this report label; a label no version wrote is an {@link IllegalArgumentException}. */
  public static CountedAs ofLabel(String label) {
    for (CountedAs c : values()) {
      if (c.label().equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException("counted_as: unknown label " + label);
  }

  public boolean counted() {
    return this == CLIENT_IN || this == CLIENT_OUT;
  }
}
