package dev.clientlens.report;

import java.util.Locale;

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
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean isText() {
    return text;
  }
}
