package dev.clientlens.generate;

import java.time.Instant;

/**
 * What a sink needs besides the bytes: when, where it is filed, whether it is still unread, the envelope
 * sender for an mbox separator line, how it counts, the party it belongs to (-1 for none) and its thread.
 */
record Envelope(Instant at, Folder folder, boolean unread, String sender, Category category, int party, long threadId) {

  Envelope {
    if (at == null || folder == null || sender == null || category == null) {
      throw new IllegalArgumentException("envelope: time, folder, sender and category are required");
    }
  }
}
