package dev.clientlens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.aggregate.ClientMonth;
import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.CueCounts;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.classify.History;
import dev.clientlens.domain.Archetype;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
  @TempDir Path dir;

  private static ClientMetrics client(String key, String name) {
    return client(key, name, 5, 2);
  }

  private static ClientMetrics client(String key, String name, int in, int out) {
    return new ClientMetrics(new ClientKey(key), name, in, out, 1,
        Optional.of(OffsetDateTime.parse("2026-04-13T09:00:00+02:00")),
        Optional.of(OffsetDateTime.parse("2026-04-18T10:00:00Z")), 1, 1.5, OptionalDouble.of(51),
        OptionalDouble.empty(), 1, 1.0 / 3, OptionalDouble.of(2.25), 0.0, 0.5, 0.6666, 2, OptionalDouble.of(-0.25),
        rates());
  }

  private static Map<ClientKey, ClientScores> scores(String... keys) {
    Map<ClientKey, ClientScores> scores = new java.util.TreeMap<>();
    for (String key : keys) {
      scores.put(new ClientKey(key), new ClientScores(new ClientKey(key), 0.9, 0.125, 0, 1, Archetype.HANDS_ON,
          List.of("chases within 2 h on 33% of client messages")));
    }
    return scores;
  }

  private static Map<Cue, Double> rates() {
    Map<Cue, Double> rates = new EnumMap<>(Cue.class);
    for (Cue cue : Cue.values()) {
      rates.put(cue, cue.ordinal() / 10.0);
    }
    return rates;
  }

  @Test
  void monthlyAndChangesFilesHaveTheirHeadersEmptyScoresForUnscoredMonthsAndGuardedText() throws IOException {
    ClientMetrics march = client("=acme.no", "Kari", 5, 2);
    ClientMetrics april = client("=acme.no", "Kari", 0, 3);
    List<History.Month> months = List.of(
        new History.Month(new ClientMonth(YearMonth.of(2026, 3), march), Optional.of(scores("=acme.no")
            .get(new ClientKey("=acme.no")))),
        new History.Month(new ClientMonth(YearMonth.of(2026, 4), april), Optional.empty()));
    Reports reports = new Reports(dir, false);
    reports.writeMonthly(months);
    List<String> lines = Files.readAllLines(dir.resolve("clients-monthly.csv"), StandardCharsets.UTF_8);
    assertEquals(List.of("client,month,messages_in,messages_out,median_client_reply_hours,median_our_reply_hours,"
        + "nudge_rate,after_hours_share,weekend_share,hands_on,untrusting,diy_expert,fire_risk",
        "'=acme.no,2026-03,5,2,51.000,,0.333,0.000,0.500,0.900,0.125,0.000,1.000",
        "'=acme.no,2026-04,0,3,51.000,,,,,,,,"), lines);
    reports.writeChanges(List.of(new History.Change(new ClientKey("=acme.no"), YearMonth.of(2026, 4), "hands_on",
        0.3, 0.5, "-hands_on rose")));
    assertEquals(List.of("client,month,measure,old_value,new_value,reason",
        "'=acme.no,2026-04,hands_on,0.300,0.500,'-hands_on rose"),
        Files.readAllLines(dir.resolve("changes.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void clientsCsvHasTheHeaderSortedRowsAndFixedNumberFormat() throws IOException {
    new Reports(dir, false).writeClients(List.of(client("zeta.no", "Zed"), client("acme.no", "Kari, \"K\" N")),
        scores("zeta.no", "acme.no"));
    List<String> lines = Files.readAllLines(dir.resolve("clients.csv"), StandardCharsets.UTF_8);
    assertEquals("client,display_name,messages_in,messages_out,threads,first_seen,last_seen,hands_on,untrusting,diy_expert,"
        + "fire_risk,primary_archetype,evidence,relationship,correspondents,"
        + "messages_per_active_week,median_client_reply_hours,median_our_reply_hours,nudges,nudge_rate,"
        + "median_hours_before_nudge,after_hours_share,weekend_share,our_outbound_share,pre_deadline_checkins,"
        + "mean_politeness,urgency_rate,checkin_rate,call_request_rate,distrust_rate,control_rate,expertise_rate,"
        + "prescriptive_rate,revision_rate,scope_rate,payment_rate,gratitude_rate,median_client_reply_work_hours,"
        + "median_our_reply_work_hours", lines.get(0));
    assertEquals("acme.no,\"Kari, \"\"K\"\" N\",5,2,1,2026-04-13T09:00:00+02:00,2026-04-18T10:00:00+00:00,0.900,0.125,0.000,1.000,hands_on,"
        + "chases within 2 h on 33% of client messages,two_way,1,"
        + "1.500,51.000,,1,0.333,2.250,0.000,0.500,0.667,2,-0.250,0.000,0.100,0.200,0.300,0.400,0.500,0.600,0.700,"
        + "0.800,0.900,1.000,,", lines.get(1));
    assertTrue(lines.get(2).startsWith("zeta.no,Zed,"));
    String raw = Files.readString(dir.resolve("clients.csv"), StandardCharsets.UTF_8);
    assertTrue(raw.contains("\r\n"), "RFC 4180 line ends");
  }

  @Test
  void aOneWayOrThinClientHasARowWithEmptyScoresAndTheReason() throws IOException {
    new Reports(dir, false).writeClients(List.of(client("in.no", "In", 7, 0), client("out.no", "Out", 0, 3),
        client("thin.no", "Thin", 2, 2)), Map.of());
    List<String> lines = Files.readAllLines(dir.resolve("clients.csv"), StandardCharsets.UTF_8);
    assertTrue(lines.get(1).startsWith("in.no,In,7,0,1,2026-04-13T09:00:00+02:00,2026-04-18T10:00:00+00:00,,,,,,"
        + "not scored: we never wrote to them (7 messages from them),inbound_only,"), lines.get(1));
    assertTrue(lines.get(2).contains(",,,,,,not scored: they never wrote to us (3 messages from us),outbound_only,"),
        lines.get(2));
    assertTrue(lines.get(3).contains(",,,,,,\"not scored: only 2 messages from them, 5 needed\",two_way,"), lines.get(3));
  }

  @Test
  void scoresForAClientThatCannotBeScoredAreADefect() {
    assertThrows(IllegalArgumentException.class,
        () -> new Reports(dir, false).writeClients(List.of(client("thin.no", "Thin", 2, 2)), scores("thin.no")));
    assertThrows(IllegalArgumentException.class,
        () -> new Reports(dir, false).writeClients(List.of(client("acme.no", "A")), Map.of()));
  }

  @Test
  void formulaLookingTextIsNeutralisedButNumbersAreNot() throws IOException {
    new Reports(dir, false).writeMessages(List.of(new MessageRow("cur/1", "INBOX", "=HYPERLINK(\"x\")",
        "2026-04-13T09:00:00+02:00", "header", "@evil.no", "+47", "client_in", "-1 reason\nsecond line", "t1", 0,
        new TextAnalysis(Language.NORWEGIAN, "nb", 3, CueCounts.of(Map.of(Cue.URGENCY, 2, Cue.GRATITUDE, 1)),
            OptionalDouble.of(-0.5), List.of(), Analyser.Depth.TONE),
        "\tnote")));
    List<String> lines = Files.readAllLines(dir.resolve("messages.csv"), StandardCharsets.UTF_8);
    assertEquals("cur/1,INBOX,\"'=HYPERLINK(\"\"x\"\")\",2026-04-13T09:00:00+02:00,header,'@evil.no,'+47,"
        + "client_in,'-1 reason second line,t1,0,nb,3,-0.500,2,0,0,0,0,0,0,0,0,0,1,' note", lines.get(1));
  }

  @Test
  void excelOptionAddsAByteOrderMark() throws IOException {
    new Reports(dir, true).writeSkipped(List.of(new SkippedRow("x", "INBOX", "broken")));
    byte[] bytes = Files.readAllBytes(dir.resolve("skipped.csv"));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
    new Reports(dir, false).writeSkipped(List.of(new SkippedRow("x", "INBOX", "broken")));
    assertEquals('l', Files.readAllBytes(dir.resolve("skipped.csv"))[0]);
  }

  @Test
  void writingLeavesNoTemporaryFilesAndReplacesTheOldReport() throws IOException {
    Files.writeString(dir.resolve("clients.csv"), "old");
    new Reports(dir, false).writeClients(List.of(client("acme.no", "A")), scores("acme.no"));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("clients.csv"), files.map(p -> p.getFileName().toString()).toList());
    }
    assertTrue(Files.readString(dir.resolve("clients.csv")).startsWith("client,"));
  }

  @Test
  void aFailedWriteLeavesTheOldReportInPlace() throws IOException {
    Files.writeString(dir.resolve("messages.csv"), "old");
    MessageRow bad = new MessageRow("x", "", "", "", "", "", "", "client_in", "", "", 0, TextAnalysis.NONE, "");
    Iterable<MessageRow> failing = () -> List.of(bad).stream().map(r -> {
      if (r == bad) {
        throw new IllegalStateException("source failed mid-report");
      }
      return r;
    }).iterator();
    try {
      new Reports(dir, false).writeMessages(failing);
    } catch (IllegalStateException expected) {
      // the writer gives up half-way
    }
    assertEquals("old", Files.readString(dir.resolve("messages.csv")));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }
}
