package dev.clientlens.report;

/**
 * The columns of {@code evidence.csv} (only with {@code --evidence-text}): the client sentences behind a
 * client's cues. The sentence is mail text, so it is guarded like every other text cell.
 */
public enum EvidenceColumn implements Column {
  CLIENT(true),
  CUE(false),
  MESSAGE_ID(true),
  DATE(false),
  SENTENCE(true);

  private final boolean text;

  EvidenceColumn(boolean text) {
    this.text = text;
  }

  @Override
  public boolean isText() {
    return text;
  }
}
