package dev.clientlens.report;

import dev.clientlens.aggregate.ClientActivity;
import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.analyse.Cue;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.classify.Classifier;
import dev.clientlens.domain.ClientKey;
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
 * with {@code --evidence-text} also {@code evidence.csv} (client sentences behind the cues); and, unless
 * turned off, {@code index.html}, the same report as one page with charts.
 */
public final class Reports {
  public static final String CLIENTS = "clients.csv";
  public static final String MESSAGES = "messages.csv";
  public static final String SKIPPED = "skipped.csv";
  public static final String EVIDENCE = "evidence.csv";
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
            Integer.toString(a.sentences()), number(a.politeness())));
        for (Cue cue : Cue.values()) {
          cells.add(Integer.toString(a.cues().count(cue)));
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
   * Writes {@code index.html}: the overview of all clients and each client's charts, from the same metrics and
   * scores as {@code clients.csv} and each client's activity; with {@code evidence} (only with
   * {@code --evidence-text}) also the example sentences.
   */
  public void writeHtml(List<ClientMetrics> clients, Map<ClientKey, ClientScores> scores,
      List<ClientActivity> activity, Optional<List<EvidenceRow>> evidence) throws IOException {
    String page = HtmlReport.render(clients, scores, activity, evidence);
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

  /** Three decimals with a point, whatever the machine's locale. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "";
  }
}
