package dev.clientlens.domain;

/** An address with the display name it was written with (empty when there was none). */
public record Mailbox(EmailAddress address, String displayName) {

  public Mailbox {
    if (address == null) {
      throw new IllegalArgumentException("mailbox: address is required");
    }
    displayName = displayName == null ? "" : displayName.strip();
  }
}
