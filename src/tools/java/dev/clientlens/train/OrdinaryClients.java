package dev.clientlens.train;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.classify.Classifier;
import dev.clientlens.domain.Archetype;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Cue;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Clients of real, ordinary correspondence (no difficult-client behaviour), as their metrics from a scan's
 * {@code clients.csv}: the archetype model learns that such clients are {@code none} and no fire risk, and
 * a held-out set of them measures how many the model flags. Only the scored, two-way rows are kept, with
 * names, scores and evidence left out: what remains is counts, timing and rates, no text.
 */
final class OrdinaryClients {
  /** The first line of a file: how many clients the scan had, which sets what an even share of our mail is. */
  private static final String CLIENTS_LINE = "# clients in the scan: ";

  /** One client of ordinary correspondence and the number of clients in its scan. */
  record Client(ClientMetrics metrics, int clients) {}

  private OrdinaryClients() {}

  /** Keeps the scored two-way rows of a scan's {@code clients.csv} in {@code target}. */
  static int extract(Path clientsCsv, Path target) throws IOException {
    List<CSVRecord> rows = records(clientsCsv);
    List<CSVRecord> kept = rows.stream().filter(r -> r.get("relationship").equals("two_way")
        && !r.get("hands_on").isEmpty()).toList();
    List<String> header;
    try (Reader reader = Files.newBufferedReader(clientsCsv, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      header = new ArrayList<>(parser.getHeaderNames());
    }
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get().print(writer)) {
      writer.write(CLIENTS_LINE + rows.size() + "\n");
      printer.printRecord(header);
      for (CSVRecord row : kept) {
        List<String> cells = new ArrayList<>();
        for (String column : header) {
          boolean dropped = column.equals("display_name") || column.equals("evidence")
              || column.equals("primary_archetype") || List.of("hands_on", "untrusting", "diy_expert", "fire_risk")
                  .contains(column);
          cells.add(dropped ? "" : row.get(column));
        }
        printer.printRecord(cells);
      }
    }
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return kept.size();
  }

  /** Reads a file written by {@link #extract}. */
  static List<Client> read(Path file) throws IOException {
    String first;
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      first = lines.findFirst().orElse("");
    }
    if (!first.startsWith(CLIENTS_LINE)) {
      throw new IOException(file + ": not a file of ordinary clients (first line: " + CLIENTS_LINE + "N)");
    }
    int clients = Integer.parseInt(first.substring(CLIENTS_LINE.length()).strip());
    List<Client> read = new ArrayList<>();
    for (CSVRecord r : records(file)) {
      Map<Cue, Double> rates = new EnumMap<>(Cue.class);
      for (Cue cue : Cue.values()) {
        rates.put(cue, Double.parseDouble(r.get(cue.name().toLowerCase(Locale.ROOT) + "_rate")));
      }
      read.add(new Client(new ClientMetrics(new ClientKey(r.get("client")), "", integer(r, "messages_in"),
          integer(r, "messages_out"), integer(r, "threads"), date(r, "first_seen"), date(r, "last_seen"),
          integer(r, "correspondents"), Double.parseDouble(r.get("messages_per_active_week")),
          optional(r, "median_client_reply_hours"), optional(r, "median_our_reply_hours"), integer(r, "nudges"),
          Double.parseDouble(r.get("nudge_rate")), optional(r, "median_hours_before_nudge"),
          Double.parseDouble(r.get("after_hours_share")), Double.parseDouble(r.get("weekend_share")),
          Double.parseDouble(r.get("our_outbound_share")), integer(r, "pre_deadline_checkins"),
          optional(r, "mean_politeness"), rates), clients));
    }
    return read;
  }

  /** How many of these clients the classifier flags: an archetype, or a fire risk of 0.5 or more. */
  static long flagged(List<Client> clients, Classifier classifier) {
    return clients.stream().map(c -> classifier.score(c.metrics(), c.clients()))
        .filter(s -> s.primaryArchetype() != Archetype.NONE || s.fireRisk() >= Classifier.THRESHOLD).count();
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get()
          .parse(reader).getRecords();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(file + ": could not read clients: " + e.getMessage(), e);
    }
  }

  private static int integer(CSVRecord r, String column) {
    return Integer.parseInt(r.get(column));
  }

  private static OptionalDouble optional(CSVRecord r, String column) {
    String value = r.get(column);
    return value.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
  }

  private static Optional<OffsetDateTime> date(CSVRecord r, String column) {
    String value = r.get(column);
    return value.isEmpty() ? Optional.empty() : Optional.of(OffsetDateTime.parse(value));
  }
}
