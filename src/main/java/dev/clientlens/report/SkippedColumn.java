package dev.clientlens.report;

import java.util.function.Function;

/** The columns of {@code skipped.csv}: every message that could not be read or parsed, and why. */
enum SkippedColumn implements Column<SkippedRow> {
  LOCATION(true, SkippedRow::location),
  FOLDER(true, SkippedRow::folder),
  REASON(true, SkippedRow::reason);

  private final Fill<SkippedRow> fill;

  SkippedColumn(boolean text, Function<SkippedRow, String> cell) {
    fill = Fill.of(text, cell);
  }

  @Override
  public Fill<SkippedRow> fill() {
    return fill;
  }
}
