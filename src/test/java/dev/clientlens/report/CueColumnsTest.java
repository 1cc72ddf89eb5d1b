package dev.clientlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.CueCounts;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cue column's header and its value cannot drift apart, whatever the order of {@link Cue}'s constants:
 * each cue column names the cue it reads, and every cue gets a value of its own, handed out in a shuffled
 * order of the cues, so that a column that read its cue by position would show another cue's value.
 */
class CueColumnsTest {
  @TempDir
  Path dir;

  /** A value per cue, 1 to 11, given to the cues in a shuffled order. */
  private static Map<Cue, Integer> values(long seed) {
    List<Cue> order = new ArrayList<>(List.of(Cue.values()));
    Collections.shuffle(order, new Random(seed));
    Map<Cue, Integer> values = new EnumMap<>(Cue.class);
    for (int i = 0; i < order.size(); i++) {
      values.put(order.get(i), i + 1);
    }
    return values;
  }

  private static Cue cueLabelled(String label) {
    return Arrays.stream(Cue.values()).filter(c -> c.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no cue is labelled " + label));
  }

  /** Each cue has exactly one column, whose header is the cue's label with {@code suffix}. */
  private static <C extends Enum<C> & Column<?>> void oneColumnPerCue(Class<C> table, String suffix) {
    Set<Cue> seen = EnumSet.noneOf(Cue.class);
    for (C column : table.getEnumConstants()) {
      Optional<Cue> cue = column.fill().cue();
      if (cue.isPresent()) {
        assertTrue(seen.add(cue.get()), table.getSimpleName() + ": two columns for " + cue.get());
        assertEquals(cue.get().label() + suffix, column.header(), table.getSimpleName() + "." + column);
      }
    }
    assertEquals(EnumSet.allOf(Cue.class), seen, table.getSimpleName() + ": a column for every cue");
  }

  @Test
  void everyCueHasOneColumnNamedAfterIt() {
    oneColumnPerCue(MessagesColumn.class, "");
    oneColumnPerCue(CuesColumn.class, "");
    oneColumnPerCue(ClientsColumn.class, "_rate");
  }

  @Test
  void messagesCsvShowsEachCuesCountUnderItsOwnLabel() throws IOException {
    for (long seed = 1; seed <= 5; seed++) {
      Map<Cue, Integer> counts = values(seed);
      TextAnalysis analysis = new TextAnalysis(Language.ENGLISH, "en", 12, CueCounts.of(counts), OptionalDouble.empty(),
          List.of(), Analyser.Depth.TONE);
      new Reports(dir, false).writeMessages(List.of(new MessageRow("cur/1", "INBOX", "<a@x.no>", "", "none", "",
          "", "client_in", "", "", 0, analysis, "")));
      CSVRecord row = onlyRow(Files.readString(dir.resolve(Reports.MESSAGES), StandardCharsets.UTF_8));
      eachCueColumn(row, "", cue -> Integer.toString(counts.get(cue)));
    }
  }

  @Test
  void clientsCsvShowsEachCuesRateUnderItsOwnLabel() throws IOException {
    Map<Cue, Integer> values = values(13);
    Map<Cue, Double> rates = new EnumMap<>(Cue.class);
    values.forEach((cue, value) -> rates.put(cue, value / 100.0));
    ClientMetrics client = new ClientMetrics(new ClientKey("acme.no"), "Acme", 7, 0, 1, Optional.empty(),
        Optional.empty(), 1, 1.5, OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, OptionalDouble.empty(), 0,
        0, 0, 0, OptionalDouble.empty(), rates);
    new Reports(dir, false).writeClients(List.of(client), Map.of());
    CSVRecord row = onlyRow(Files.readString(dir.resolve(Reports.CLIENTS), StandardCharsets.UTF_8));
    eachCueColumn(row, "_rate", cue -> Reports.number(rates.get(cue)));
  }

  @Test
  void theCuesCommandsOutputShowsEachCuesCountUnderItsOwnLabel() throws IOException {
    Map<Cue, Integer> counts = values(29);
    StringWriter out = new StringWriter();
    try (CuesOutput csv = new CuesOutput(out, false)) {
      csv.row(new CuesRow(1, new TextAnalysis(Language.ENGLISH, "en", 12, CueCounts.of(counts), OptionalDouble.of(0.5),
          List.of(), Analyser.Depth.TONE), List.of()));
      csv.finish();
    }
    eachCueColumn(onlyRow(out.toString()), "", cue -> Integer.toString(counts.get(cue)));
  }

  @Test
  void theWhyOfTheCuesCommandIsNeutralisedLikeEveryReportCell() throws IOException {
    StringWriter out = new StringWriter();
    try (CuesOutput csv = new CuesOutput(out, true)) {
      csv.row(new CuesRow(1, TextAnalysis.NONE, List.of("=HYPERLINK(\"http://x.example\")", "second\nline")));
      csv.finish();
    }
    CSVRecord row = onlyRow(out.toString());
    assertEquals("'=HYPERLINK(\"http://x.example\") | second line", row.get("why"));
  }

  /** Every column of the written file whose header names a cue holds that cue's value; there is one per cue. */
  private static void eachCueColumn(CSVRecord row, String suffix, Function<Cue, String> expected) {
    Set<Cue> seen = EnumSet.noneOf(Cue.class);
    for (Map.Entry<String, String> cell : row.toMap().entrySet()) {
      String header = cell.getKey();
      if (header.endsWith(suffix) && Arrays.stream(Cue.values()).anyMatch(c -> (c.label() + suffix).equals(header))) {
        Cue cue = cueLabelled(header.substring(0, header.length() - suffix.length()));
        assertEquals(expected.apply(cue), cell.getValue(), header);
        seen.add(cue);
      }
    }
    assertEquals(EnumSet.allOf(Cue.class), seen);
  }

  private static CSVRecord onlyRow(String csv) throws IOException {
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    assertEquals(1, rows.size(), csv);
    return rows.get(0);
  }
}
