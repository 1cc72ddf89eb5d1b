package dev.clientlens.report;

import dev.clientlens.aggregate.ClientActivity;
import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.classify.Classifier;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.classify.History;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Cue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
    try (CsvTable<ClientsColumn> table = new CsvTable<>(dir.resolve(CLIENTS), ClientsColumn.class, excelBom)) {
      for (ClientMetrics c : sorted) {
        ClientScores score = scores.get(c.client());
        Optional<String> unscored = Classifier.unscored(c);
        if ((score == null) == unscored.isEmpty()) {
          throw new IllegalArgumentException("clients report: scores for " + c.client() + " "
              + (score == null ? "missing" : "given, but " + unscored.get()));
        }
        List<String> cells = new ArrayList<>(List.of(
            c.client().value(),
            c.displayName(),
            Integer.toString(c.messagesIn()),
            Integer.toString(c.messagesOut()),
            Integer.toString(c.threads()),
            timestamp(c.firstSeen()),
            timestamp(c.lastSeen())));
        if (score == null) {
          cells.addAll(List.of("", "", "", "", "", unscored.get()));
        } else {
          cells.addAll(List.of(number(score.handsOn()), number(score.untrusting()), number(score.diyExpert()),
              number(score.fireRisk()), score.primaryArchetype(), score.evidence()));
        }
        cells.addAll(List.of(
            c.relationship().label(),
            Integer.toString(c.correspondents()),
            number(c.messagesPerActiveWeek()),
            number(c.clientReplyHours()),
            number(c.ourReplyHours()),
            Integer.toString(c.nudges()),
            number(c.nudgeRate()),
            number(c.hoursBeforeNudge()),
            number(c.afterHoursShare()),
            number(c.weekendShare()),
            number(c.ourOutboundShare()),
            Integer.toString(c.preDeadlineCheckins()),
            number(c.meanPoliteness())));
        for (Cue cue : Cue.values()) {
          cells.add(number(c.cueRates().get(cue)));
        }
        cells.add(number(c.clientReplyWorkHours()));
        cells.add(number(c.ourReplyWorkHours()));
        table.row(cells);
      }
      table.commit();
    }
  }

  public void writeMessages(Iterable<MessageRow> rows) throws IOException {
    try (CsvTable<MessagesColumn> table = new CsvTable<>(dir.resolve(MESSAGES), MessagesColumn.class, excelBom)) {
      for (MessageRow r : rows) {
        TextAnalysis a = r.analysis();
        List<String> cells = new ArrayList<>(List.of(
            r.location(), r.folder(), r.messageId(), r.date(), r.dateSource(), r.from(), r.client(),
            r.countedAs(), r.reason(), r.thread(), Integer.toString(r.attachments()), a.languageCode(),
            a.depth().covers(Analyser.Depth.DEADLINES) ? Integer.toString(a.sentences()) : "",
            number(a.politeness())));
        // what was not analysed is left empty, not written as none found
        boolean tone = a.depth().covers(Analyser.Depth.TONE);
        for (Cue cue : Cue.values()) {
          cells.add(tone ? Integer.toString(a.cues().count(cue)) : "");
        }
        cells.add(r.notes());
        table.row(cells);
      }
      table.commit();
    }
  }

  public void writeSkipped(Iterable<SkippedRow> rows) throws IOException {
    try (CsvTable<SkippedColumn> table = new CsvTable<>(dir.resolve(SKIPPED), SkippedColumn.class, excelBom)) {
      for (SkippedRow r : rows) {
        table.row(List.of(r.location(), r.folder(), r.reason()));
      }
      table.commit();
    }
  }

  /** Writes {@code evidence.csv}, the rows in the order given (the caller chooses and sorts them). */
  public void writeEvidence(Iterable<EvidenceRow> rows) throws IOException {
    try (CsvTable<EvidenceColumn> table = new CsvTable<>(dir.resolve(EVIDENCE), EvidenceColumn.class, excelBom)) {
      for (EvidenceRow r : rows) {
        table.row(List.of(r.client(), r.cue(), r.messageId(), r.date(), r.sentence()));
      }
      table.commit();
    }
  }

  /**
   * Writes {@code clients-monthly.csv}: each client's counts, timing and scores per calendar month, in the
   * order given (by client, then month); score cells are empty for a month that is not scored.
   */
  public void writeMonthly(List<History.Month> months) throws IOException {
    try (CsvTable<MonthlyColumn> table = new CsvTable<>(dir.resolve(MONTHLY), MonthlyColumn.class, excelBom)) {
      for (History.Month month : months) {
        ClientMetrics m = month.month().metrics();
        List<String> cells = new ArrayList<>(List.of(
            m.client().value(),
            month.month().month().toString(),
            Integer.toString(m.messagesIn()),
            Integer.toString(m.messagesOut()),
            number(m.clientReplyHours()),
            number(m.ourReplyHours()),
            m.messagesIn() == 0 ? "" : number(m.nudgeRate()),
            m.messagesIn() == 0 ? "" : number(m.afterHoursShare()),
            m.messagesIn() == 0 ? "" : number(m.weekendShare())));
        if (month.scores().isPresent()) {
          ClientScores s = month.scores().get();
          cells.addAll(List.of(number(s.handsOn()), number(s.untrusting()), number(s.diyExpert()),
              number(s.fireRisk())));
        } else {
          cells.addAll(List.of("", "", "", ""));
        }
        table.row(cells);
      }
      table.commit();
    }
  }

  /** Writes {@code changes.csv}, the rows in the order given (by client, month and measure). */
  public void writeChanges(List<History.Change> changes) throws IOException {
    try (CsvTable<ChangesColumn> table = new CsvTable<>(dir.resolve(CHANGES), ChangesColumn.class, excelBom)) {
      for (History.Change c : changes) {
        table.row(List.of(c.client().value(), c.month().toString(), c.measure(), number(c.oldValue()),
            number(c.newValue()), c.reason()));
      }
      table.commit();
    }
  }

  /**
   * Writes {@code index.html}: the overview of all clients with what changed, and each client's charts, from
   * the same metrics and scores as {@code clients.csv}, each client's activity and the monthly history; with
   * {@code evidence} (only with {@code --evidence-text}) also the example sentences; {@code workingTime} says
   * which working hours, days and holidays shaped the after-hours shares and working-hours reply times.
   */
  public void writeHtml(List<ClientMetrics> clients, Map<ClientKey, ClientScores> scores,
      List<ClientActivity> activity, Optional<List<EvidenceRow>> evidence, History history, String workingTime)
      throws IOException {
    String page = HtmlReport.render(clients, scores, activity, evidence, history.months(), history.changes(),
        workingTime);
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

  /**
   * A text cell for a CSV the product writes elsewhere (the {@code cues} command's standard output): one line,
   * control characters removed, and neutralised against formulas, by the same rules as the report files.
   */
  public static String textCell(String text) {
    return CsvTable.neutralise(text);
  }

  /** ISO-8601 to the second, with the offset the message was written with ({@code +00:00}, never {@code Z}). */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  public static String timestamp(Optional<OffsetDateTime> time) {
    return time.map(t -> t.format(TIMESTAMP)).orElse("");
  }

  /** Three decimals with a point, whatever the machine's locale. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "";
  }
}
