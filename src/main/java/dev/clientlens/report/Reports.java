package dev.clientlens.report;

import dev.clientlens.aggregate.ClientActivity;
import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.classify.Classifier;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.classify.History;
import dev.clientlens.domain.ClientKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes the report files into one directory: {@code clients.csv} (one row per client, sorted by key),
 * {@code messages.csv} (one row per message read) and {@code skipped.csv} (messages that could not be read);
 * {@code clients-monthly.csv} (each client's figures and scores per calendar month) and {@code changes.csv}
 * (what changed from month to month); with {@code --evidence-text} also {@code evidence.csv} (client
 * sentences behind the cues); and, unless turned off, {@code index.html}, the same report as one page with
 * charts.
 */
public final class Reports {
  public static final String CLIENTS = "clients.csv";
  public static final String MESSAGES = "messages.csv";
  public static final String SKIPPED = "skipped.csv";
  public static final String EVIDENCE = "evidence.csv";
  public static final String MONTHLY = "clients-monthly.csv";
  public static final String CHANGES = "changes.csv";
  public static final String INDEX = "index.html";

  private final Path dir;
  private final boolean excelBom;

  public Reports(Path dir, boolean excelBom) {
    this.dir = dir;
    this.excelBom = excelBom;
  }

  public Path dir() {
    return dir;
  }

  /**
   * Removes the temporary files a killed scan left in {@code dir} (our own names only: {@code .clients.csv123.tmp}).
   * Only while holding the lock on {@code dir}, so that no running scan's file is taken.
   *
   * @return how many were removed
   */
  public static int removeLeftovers(Path dir) throws IOException {
    return CsvTable.removeLeftovers(dir);
  }

  /**
   * Writes {@code clients.csv}: each client's counts, its scores (every client must have scores) and its
   * metrics.
   */
  public void writeClients(List<ClientMetrics> clients, Map<ClientKey, ClientScores> scores) throws IOException {
    List<ClientMetrics> sorted = clients.stream().sorted((a, b) -> a.client().compareTo(b.client())).toList();
    try (CsvTable<ClientRow> table = new CsvTable<>(dir.resolve(CLIENTS), ClientsColumn.class, excelBom)) {
      for (ClientMetrics c : sorted) {
        ClientScores score = scores.get(c.client());
        Optional<String> unscored = Classifier.unscored(c);
        if ((score == null) == unscored.isEmpty()) {
          throw new IllegalArgumentException("clients report: scores for " + c.client() + " "
              + (score == null ? "missing" : "given, but " + unscored.get()));
        }
        table.row(new ClientRow(c, Optional.ofNullable(score), unscored.orElse("")));
      }
      table.commit();
    }
  }

  public void writeMessages(Iterable<MessageRow> rows) throws IOException {
    write(MESSAGES, MessagesColumn.class, rows);
  }

  /**
   * {@code messages.csv} written row by row, for a caller that makes the rows as it reads the messages and
   * keeps none: the file appears whole on {@link Table#commit()}, and not at all if the table is closed
   * first.
   */
  public Table<MessageRow> messagesTable() throws IOException {
    return new Table<>(new CsvTable<>(dir.resolve(MESSAGES), MessagesColumn.class, excelBom));
  }

  /** A report file being written; see {@link #messagesTable()}. */
  public static final class Table<R> implements AutoCloseable {
    private final CsvTable<R> table;

    private Table(CsvTable<R> table) {
      this.table = table;
    }

    public void row(R row) throws IOException {
      table.row(row);
    }

    public void commit() throws IOException {
      table.commit();
    }

    @Override
    public void close() {
      table.close();
    }
  }

  public void writeSkipped(Iterable<SkippedRow> rows) throws IOException {
    write(SKIPPED, SkippedColumn.class, rows);
  }

  /** Writes {@code evidence.csv}, the rows in the order given (the caller chooses and sorts them). */
  public void writeEvidence(Iterable<EvidenceRow> rows) throws IOException {
    write(EVIDENCE, EvidenceColumn.class, rows);
  }

  /**
   * Writes {@code clients-monthly.csv}: each client's counts, timing and scores per calendar month, in the
   * order given (by client, then month); score cells are empty for a month that is not scored.
   */
  public void writeMonthly(List<History.Month> months) throws IOException {
    write(MONTHLY, MonthlyColumn.class, months);
  }

  /** Writes {@code changes.csv}, the rows in the order given (by client, month and measure). */
  public void writeChanges(List<History.Change> changes) throws IOException {
    write(CHANGES, ChangesColumn.class, changes);
  }

  private <R, C extends Enum<C> & Column<R>> void write(String file, Class<C> columns, Iterable<? extends R> rows)
      throws IOException {
    try (CsvTable<R> table = new CsvTable<>(dir.resolve(file), columns, excelBom)) {
      for (R row : rows) {
        table.row(row);
      }
      table.commit();
    }
  }

  /**
   * The {@code index.html} page, made but not written: the overview of all clients with what changed, and
   * each client's charts, from the same metrics and scores as {@code clients.csv}, each client's activity
   * and the monthly history; with {@code evidence} (only with {@code --evidence-text}) also the example
   * sentences; {@code workingTime} says which working hours, days and holidays shaped the after-hours shares
   * and working-hours reply times. It touches no file, so it can be made on another thread while the other
   * reports are written: see {@link #writeHtml(String)}.
   */
  public static String renderHtml(List<ClientMetrics> clients, Map<ClientKey, ClientScores> scores,
      List<ClientActivity> activity, Optional<List<EvidenceRow>> evidence, History history, String workingTime) {
    return HtmlReport.render(clients, scores, activity, evidence, history.months(), history.changes(), workingTime);
  }

  /** Writes a page from {@link #renderHtml} as {@code index.html}, replacing the one before in one step. */
  public void writeHtml(String page) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(INDEX);
    Path temporary = Files.createTempFile(dir, "." + INDEX, ".tmp");
    try {
      Files.writeString(temporary, page, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** ISO-8601 to the second, with the offset the message was written with ({@code +00:00}, never {@code Z}). */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  public static String timestamp(Optional<OffsetDateTime> time) {
    return time.map(t -> t.format(TIMESTAMP)).orElse("");
  }

  /**
   * Three decimals with a point, whatever the machine's locale: the text of {@code String.format("%.3f")}
   * (a negative number that rounds to zero keeps its sign, {@code -0.000}), without the formatter, which
   * was most of the time {@code clients.csv} and {@code clients-monthly.csv} took to write.
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return String.format(Locale.ROOT, "%.3f", value);
    }
    BigDecimal rounded = threeDecimals(value);
    String text = rounded.toPlainString();
    return rounded.signum() == 0 && Math.copySign(1.0, value) < 0 ? "-" + text : text;
  }

  /**
   * A finite value rounded to three decimals as the formatter rounds: half up from the shortest decimal
   * form that reads back as the same double.
   */
  static BigDecimal threeDecimals(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
  }

  static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "";
  }
}
