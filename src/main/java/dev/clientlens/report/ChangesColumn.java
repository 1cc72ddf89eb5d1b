package dev.clientlens.report;

/**
 * The columns of {@code changes.csv}: in which month a client's score or reply time changed, from what to
 * what, and why that counts, in words.
 */
public enum ChangesColumn implements Column {
  CLIENT(true),
  MONTH(false),
  MEASURE(false),
  OLD_VALUE(false),
  NEW_VALUE(false),
  REASON(true);

  private final boolean text;

  ChangesColumn(boolean text) {
    this.text = text;
  }

  @Override
  public boolean isText() {
    return text;
  }
}
