package dev.clientlens.report;

import java.util.function.Function;

/**
 * The columns of {@code evidence.csv} (only with {@code --evidence-text}): the client sentences behind a
 * client's cues. The sentence is mail text, so it is guarded like every other text cell.
 */
enum EvidenceColumn implements Column<EvidenceRow> {
  CLIENT(true, EvidenceRow::client),
  CUE(false, EvidenceRow::cue),
  MESSAGE_ID(true, EvidenceRow::messageId),
  DATE(false, EvidenceRow::date),
  SENTENCE(true, EvidenceRow::sentence);

  private final Fill<EvidenceRow> fill;

  EvidenceColumn(boolean text, Function<EvidenceRow, String> cell) {
    fill = Fill.of(text, cell);
  }

  @Override
  public Fill<EvidenceRow> fill() {
    return fill;
  }
}
