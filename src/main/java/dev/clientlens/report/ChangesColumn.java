package dev.clientlens.report;

import dev.clientlens.classify.History;
import java.util.function.Function;

/**
 * The columns of {@code changes.csv}: in which month a client's score or reply time changed, from what to
 * what, and why that counts, in words.
 */
enum ChangesColumn implements Column<History.Change> {
  CLIENT(true, c -> c.client().value()),
  MONTH(false, c -> c.month().toString()),
  MEASURE(false, History.Change::measure),
  OLD_VALUE(false, c -> Reports.number(c.oldValue())),
  NEW_VALUE(false, c -> Reports.number(c.newValue())),
  REASON(true, History.Change::reason);

  private final Fill<History.Change> fill;

  ChangesColumn(boolean text, Function<History.Change, String> cell) {
    fill = Fill.of(text, cell);
  }

  @Override
  public Fill<History.Change> fill() {
    return fill;
  }
}
