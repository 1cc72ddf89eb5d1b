package dev.clientlens.report;

import java.util.Objects;

/** One row of {@code evidence.csv}: one sentence of a client's that showed a cue. */
public record EvidenceRow(String client, String cue, String messageId, String date, String sentence) {
  public EvidenceRow {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sentence, "sentence");
  }
}
