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
 * Writes one CSV file by our rules: RFC 4180 with CRLF, UTF-8 (with a BOM for Excel when asked), the
 * header from the column enum, every cell one line without control or bidi-override characters,
 * formula-looking text neutralised, and the file written under a temporary
 * name and renamed so that a reader never sees half a report.
 */
final class CsvTable<C extends Enum<C> & Column> implements AutoCloseable {
  /**
   * Our temporary files: {@code .clients.csv1234567890.tmp} beside {@code clients.csv}. A scan killed
   * while writing leaves one behind; the next scan into the same directory removes it.
   */
  private static final Pattern TEMPORARY = Pattern.compile("\\.[a-z0-9][a-z0-9_-]*\\.csv[0-9]+\\.tmp");

  private final Class<C> columns;
  private final Path target;
  private final Path temporary;
  private final Writer writer;
  private final CSVPrinter printer;
  private final C[] order;
  private boolean done;

  CsvTable(Path target, Class<C> columns, boolean excelBom) throws ReportException {
    this(target, columns, excelBom, file -> Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  /** Opens the temporary file's writer with {@code open} (a test can make it fail). */
  CsvTable(Path target, Class<C> columns, boolean excelBom, Opener open) throws ReportException {
    this.columns = columns;
    this.target = target;
    this.order = columns.getEnumConstants();
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
      String[] header = new String[order.length];
      for (int i = 0; i < order.length; i++) {
        header[i] = order[i].header();
      }
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
      this.writer = opened;
      this.printer = new CSVPrinter(writer, format);
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

  /** How the temporary file is opened for writing. */
  @FunctionalInterface
  interface Opener {
    Writer writer(Path file) throws IOException;
  }

  /** Writes one row; {@code cells} are in column order. */
  void row(List<String> cells) throws ReportException {
    if (cells.size() != order.length) {
      throw new IllegalArgumentException(
          columns.getSimpleName() + ": expected " + order.length + " cells, got " + cells.size());
    }
    Object[] values = new Object[order.length];
    for (int i = 0; i < order.length; i++) {
      String cell = cells.get(i) == null ? "" : cells.get(i);
      values[i] = order[i].isText() ? neutralise(cell) : oneLine(cell);
    }
    try {
      printer.printRecord(values);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Finishes the file and moves it into place; on failure the temporary file is gone and the old report stays. */
  void commit() throws ReportException {
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

  /** Without a {@link #commit}, the temporary file is removed whatever else fails. */
  @Override
  public void close() {
    if (!done) {
      closeQuietly(printer);
      deleteQuietly(temporary);
      done = true;
    }
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
    return new ReportException(target + ": could not write the report: " + reason(e), e);
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
