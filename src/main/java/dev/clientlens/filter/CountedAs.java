package dev.clientlens.filter;

import java.util.Locale;

/** What became of a message: counted for a client, or why not. */
public enum CountedAs {
  CLIENT_IN,
  CLIENT_OUT,
  INTERNAL,
  AUTO_REPLY,
  BULK,
  DUPLICATE,
  BOUNCE,
  OTHER;

  /** The label used in reports ({@code client_in}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean counted() {
    return this == CLIENT_IN || this == CLIENT_OUT;
  }
}
