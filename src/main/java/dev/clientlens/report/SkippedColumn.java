package dev.clientlens.report;

/** The columns of {@code skipped.csv}: every message that could not be read or parsed, and why. */
public enum SkippedColumn implements Column {
  LOCATION(true),
  FOLDER(true),
  REASON(true);

  private final boolean text;

  SkippedColumn(boolean text) {
    this.text = text;
  }

  @Override
  public boolean isText() {
    return text;
  }
}
