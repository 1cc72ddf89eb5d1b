package dev.clientlens.report;

import dev.clientlens.domain.ControlCharacters;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV file by our rules: RFC 4180 with CRLF, UTF-8 (with a BOM for Excel when asked), the
 * header from the column enum, every cell one line without control or bidi-override characters,
 * formula-looking text neutralised, and the file written under a temporary
 * name and renamed so that a reader never sees half a report.
 */
final class CsvTable<C extends Enum<C> & Column> implements AutoCloseable {
  private final Class<C> columns;
  private final Path target;
  private final Path temporary;
  private final Writer writer;
  private final CSVPrinter printer;
  private final C[] order;
  private boolean done;

  CsvTable(Path target, Class<C> columns, boolean excelBom) throws IOException {
    this.columns = columns;
    this.target = target;
    this.order = columns.getEnumConstants();
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    this.temporary = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
    if (excelBom) {
      writer.write('\uFEFF');
    }
    String[] header = new String[order.length];
    for (int i = 0; i < order.length; i++) {
      header[i] = order[i].header();
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
    this.printer = new CSVPrinter(writer, format);
  }

  /** Writes one row; {@code cells} are in column order. */
  void row(List<String> cells) throws IOException {
    if (cells.size() != order.length) {
      throw new IllegalArgumentException(
          columns.getSimpleName() + ": expected " + order.length + " cells, got " + cells.size());
    }
    Object[] values = new Object[order.length];
    for (int i = 0; i < order.length; i++) {
      String cell = cells.get(i) == null ? "" : cells.get(i);
      values[i] = order[i].isText() ? neutralise(cell) : oneLine(cell);
    }
    printer.printRecord(values);
  }

  /** Finishes the file and moves it into place. */
  void commit() throws IOException {
    printer.close(true);
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  @Override
  public void close() throws IOException {
    if (!done) {
      printer.close();
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * A text cell that a spreadsheet would read as a formula (starting with {@code =}, {@code +}, {@code -},
   * {@code @}, tab or CR, or with one of the first four after leading spaces or once control characters
   * are removed) gets a leading apostrophe, which spreadsheets show as text. The cell is made
   * {@link #oneLine} first.
   */
  static String neutralise(String cell) {
    String flat = oneLine(cell);
    if (flat.isEmpty()) {
      return flat;
    }
    char first = cell.charAt(0);
    if (first == '\t' || first == '\r' || isFormulaStart(flat.charAt(0))) {
      return "'" + flat;
    }
    int start = 0;
    while (start < flat.length() && flat.charAt(start) == ' ') {
      start++;
    }
    return start < flat.length() && isFormulaStart(flat.charAt(start)) ? "'" + flat : flat;
  }

  private static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@';
  }

  /**
   * Every cell is one line of visible text: a run of line breaks becomes one space, a tab or another break
   * ({@link ControlCharacters#isBreak}) a space, and other control characters and the bidi controls that
   * reorder text ({@link ControlCharacters#isRemoved}) are removed.
   */
  static String oneLine(String cell) {
    int i = 0;
    while (i < cell.length() && !ControlCharacters.isBreak(cell.charAt(i))
        && !ControlCharacters.isRemoved(cell.charAt(i))) {
      i++;
    }
    if (i == cell.length()) {
      return cell;
    }
    StringBuilder flat = new StringBuilder(cell.length()).append(cell, 0, i);
    boolean inLineBreak = false;
    for (; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\r' || c == '\n') {
        if (!inLineBreak) {
          flat.append(' ');
        }
        inLineBreak = true;
      } else if (ControlCharacters.isBreak(c)) {
        flat.append(' ');
        inLineBreak = false;
      } else if (!ControlCharacters.isRemoved(c)) {
        flat.append(c);
        inLineBreak = false;
      }
    }
    return flat.toString();
  }
}
