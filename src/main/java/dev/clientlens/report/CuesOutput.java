package dev.clientlens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * The {@code cues} command's CSV, printed to a stream row by row by the same cell rules as the report files
 * (one line, formulas neutralised). The stream stays open.
 */
public final class CuesOutput implements AutoCloseable {
  private final CsvTable<CuesRow> table;

  /** @param why whether to add the last column, {@code why} */
  public CuesOutput(Writer out, boolean why) throws IOException {
    table = new CsvTable<>(out, "standard output",
        Arrays.stream(CuesColumn.values()).filter(c -> why || c != CuesColumn.WHY).toList());
  }

  public void row(CuesRow row) throws IOException {
    table.row(row);
  }

  /** Flushes what was printed. */
  public void finish() throws IOException {
    table.commit();
  }

  @Override
  public void close() {
    table.close();
  }
}
