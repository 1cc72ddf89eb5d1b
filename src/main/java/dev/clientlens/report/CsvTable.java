package dev.clientlens.report;

import dev.clientlens.domain.ControlCharacters;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV table by our rules: RFC 4180 with CRLF, UTF-8 (with a BOM for Excel when asked), the
 * header and the cells from the column enum, every cell one line without control or bidi-override
 * characters, formula-looking text neutralised. A report file is written under a temporary name and
 * renamed so that a reader never sees half a report; a table printed to a stream (the {@code cues}
 * command's standard output) is written as it goes.
 *
 * @param <R> the row each line is written from
 */
final class CsvTable<R> implements AutoCloseable {
  /**
   * Our temporary files: {@code .clients.csv1234567890.tmp} beside {@code clients.csv}, and those of
   * {@code index.html} and of the {@link ReportStamp}. A scan killed
   * while writing leaves one behind; the next scan into the same directory removes it.
   */
  private static final Pattern TEMPORARY = Pattern.compile("\\.(?:[a-z0-9][a-z0-9_-]*\\.csv|index\\.html|clientlens-report)[0-9]+\\.tmp");

  /** The file, or the name of the stream, in messages. */
  private final String name;
  /** The file and its temporary file; null when printing to a stream. */
  private final Path target;
  private final Path temporary;
  private final Writer writer;
  private final CSVPrinter printer;
  private final List<? extends Column<R>> order;
  private boolean done;

  <C extends Enum<C> & Column<R>> CsvTable(Path target, Class<C> columns, boolean excelBom) throws ReportException {
    this(target, columns, excelBom, file -> Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  /** Opens the temporary file's writer with {@code open} (a test can make it fail). */
  <C extends Enum<C> & Column<R>> CsvTable(Path target, Class<C> columns, boolean excelBom, Opener open)
      throws ReportException {
    this.name = target.toString();
    this.target = target;
    this.order = List.of(columns.getEnumConstants());
    Path dir = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      this.temporary = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    } catch (IOException e) {
      throw failure(e);
    }
    Writer opened = null;
    try {
      opened = open.writer(temporary);
      if (excelBom) {
        opened.write('\uFEFF');
      }
      this.writer = opened;
      this.printer = printer(opened, order);
    } catch (IOException e) {
      closeQuietly(opened);
      deleteQuietly(temporary);
      throw failure(e);
    } catch (RuntimeException e) {
      closeQuietly(opened);
      deleteQuietly(temporary);
      throw e;
    }
  }

  /** A table printed to {@code out} as it goes, with the given columns in their order; {@code out} stays open. */
  CsvTable(Writer out, String name, List<? extends Column<R>> columns) throws ReportException {
    this.name = name;
    this.target = null;
    this.temporary = null;
    this.order = List.copyOf(columns);
    this.writer = out;
    try {
      this.printer = printer(out, order);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private static CSVPrinter printer(Writer out, List<? extends Column<?>> columns) throws IOException {
    String[] header = columns.stream().map(Column::header).toArray(String[]::new);
    return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
  }

  /** How the temporary file is opened for writing. */
  @FunctionalInterface
  interface Opener {
    Writer writer(Path file) throws IOException;
  }

  /** Writes one row, each cell filled by its column. */
  void row(R row) throws ReportException {
    Object[] values = new Object[order.size()];
    for (int i = 0; i < values.length; i++) {
      Column<R> column = order.get(i);
      String cell = column.cell(row);
      cell = cell == null ? "" : cell;
      values[i] = column.isText() ? neutralise(cell) : oneLine(cell);
    }
    try {
      printer.printRecord(values);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Finishes the table: a file is moved into place (on failure the temporary file is gone and the old
   * report stays); a stream is flushed.
   */
  void commit() throws ReportException {
    if (target == null) {
      try {
        printer.flush();
        done = true;
      } catch (IOException e) {
        throw failure(e);
      }
      return;
    }
    try {
      printer.close(true);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } catch (IOException e) {
      throw failure(e);
    } finally {
      if (!done) {
        deleteQuietly(temporary);
      }
    }
  }

  /** Without a {@link #commit}, a file's temporary file is removed whatever else fails. */
  @Override
  public void close() {
    if (!done && target != null) {
      closeQuietly(printer);
      deleteQuietly(temporary);
    }
    done = true;
  }

  /**
   * Removes the temporary files a killed scan left in {@code dir} (only names of our own pattern);
   * call it only while holding the lock on the directory, so that no other scan is writing them.
   *
   * @return how many were removed
   */
  static int removeLeftovers(Path dir) throws ReportException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (TEMPORARY.matcher(entry.getFileName().toString()).matches()
            && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(entry);
          removed++;
        }
      }
    } catch (IOException e) {
      throw new ReportException(dir + ": could not remove the temporary files of an earlier scan: " + reason(e), e);
    }
    return removed;
  }

  private ReportException failure(IOException e) {
    return new ReportException(name + ": could not write the report: " + reason(e), e);
  }

  /** Why a write failed, in words (never the name of an exception class). */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a directory of that name is in the way";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    String why = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
    if (why == null || why.isBlank()) {
      return "input/output error";
    }
    if (why.toLowerCase(Locale.ROOT).contains("is a directory")) {
      return "a directory of that name is in the way";
    }
    return Character.toLowerCase(why.charAt(0)) + why.substring(1);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // the temporary file is deleted next; the first failure is the one reported
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a leftover temporary file is removed by the next scan into this directory
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
