package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subset of a real Enron mailbox (every copy of every message of the chosen correspondents), scanned
 * as a user would, against labels made by reading the mail (src/test/resources/real-mail/README.md):
 * copies across folders count once, automated senders get no row, one-way contacts get a row without
 * scores, and the counts after copies match the hand count.
 */
class RealMailboxReportTest {
  private static final Path LABELS = Path.of("src/test/resources/real-mail");
  private static final Set<String> NO_ROW = Set.of("automated", "spam");
  @TempDir static Path dir;
  static Map<String, CSVRecord> clients;
  static Map<String, CSVRecord> messages;
  static String stderr;

  @BeforeAll
  static void scanTheSubset() throws IOException {
    Path out = dir.resolve("report");
    CliTest.Run run = CliTest.run("scan", LABELS.resolve("badeer-r-subset").toString(), "--my-domain", "enron.com",
        "--no-state", "--out", out.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    stderr = run.err();
    clients = SampleMailboxReportTest.rows(out.resolve("clients.csv")).stream()
        .collect(Collectors.toMap(r -> r.get("client"), Function.identity()));
    messages = SampleMailboxReportTest.rows(out.resolve("messages.csv")).stream()
        .collect(Collectors.toMap(r -> r.get("location"), Function.identity(), (a, b) -> a, TreeMap::new));
  }

  private static List<Map<String, String>> table(String name) throws IOException {
    List<String> lines = Files.readAllLines(LABELS.resolve(name), StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t");
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      Map<String, String> row = new TreeMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], i < cells.length ? cells[i] : "");
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void eachGroupOfCopiesCountsOnceAndTheCopiesNameTheKeptOne() throws IOException {
    List<String> groups = Files.readAllLines(LABELS.resolve("copies.tsv"), StandardCharsets.UTF_8);
    assertEquals(messages.size(), groups.stream().mapToInt(g -> g.split("\t").length).sum(),
        "copies.tsv lists every file of the subset");
    for (String group : groups) {
      List<String> files = List.of(group.split("\t"));
      List<String> kept = files.stream().filter(f -> !messages.get(f).get("counted_as").equals("duplicate")).toList();
      assertEquals(1, kept.size(), "one kept message in " + files);
      for (String file : files) {
        if (!file.equals(kept.get(0))) {
          assertTrue(messages.get(file).get("reason").contains(kept.get(0)), messages.get(file).get("reason"));
        }
      }
    }
  }

  @Test
  void aReplyOrAForwardThatLooksLikeItsOriginalIsNotACopy() throws IOException {
    for (Map<String, String> pair : table("not-copies.tsv")) {
      String a = messages.get(pair.get("file_a")).get("counted_as");
      String b = messages.get(pair.get("file_b")).get("counted_as");
      assertFalse(a.equals("duplicate") && messages.get(pair.get("file_a")).get("reason").contains(pair.get("file_b")),
          pair.toString());
      assertFalse(b.equals("duplicate") && messages.get(pair.get("file_b")).get("reason").contains(pair.get("file_a")),
          pair.toString());
    }
  }

  @Test
  void automatedSendersGetNoRowAndEveryPersonDoes() throws IOException {
    for (Map<String, String> label : table("subset-expected.tsv")) {
      String key = label.get("key");
      if (NO_ROW.contains(label.get("category"))) {
        assertFalse(clients.containsKey(key), key + " is " + label.get("category") + " but has a row");
        continue;
      }
      if (label.get("category").equals("affiliate")) {
        continue;
      }
      assertTrue(clients.containsKey(key), key + " (" + label.get("category") + ") has no row");
    }
  }

  @Test
  void onlyTwoWayExchangesAreScoredAndNoRowIsFlagged() throws IOException {
    for (Map<String, String> label : table("subset-expected.tsv")) {
      CSVRecord row = clients.get(label.get("key"));
      if (row == null) {
        continue;
      }
      int in = Integer.parseInt(row.get("messages_in"));
      int out = Integer.parseInt(row.get("messages_out"));
      String relationship = in > 0 && out > 0 ? "two_way" : in > 0 ? "inbound_only" : "outbound_only";
      assertEquals(relationship, row.get("relationship"), label.get("key"));
      if (!relationship.equals("two_way") || in < 5) {
        assertEquals("", row.get("hands_on"), label.get("key"));
        assertEquals("", row.get("primary_archetype"), label.get("key"));
        assertTrue(row.get("evidence").startsWith("not scored: "), row.get("evidence"));
      } else {
        assertEquals("none", row.get("primary_archetype"), label.get("key"));
        assertTrue(Double.parseDouble(row.get("fire_risk")) < 0.5, label.get("key"));
      }
      assertFalse(row.get("evidence").contains("only 0 messages"), row.get("evidence"));
    }
  }

  @Test
  void copiesRemovedTheCountsMatchTheHandCount() throws IOException {
    long distinct = messages.values().stream().filter(r -> !r.get("counted_as").equals("duplicate")).count();
    assertEquals(142, distinct, "distinct messages in the subset by the hand count (copies.tsv)");
    for (Map<String, String> label : table("subset-expected.tsv")) {
      CSVRecord row = clients.get(label.get("key"));
      if (row == null || !label.get("category").matches("client|one_way_out|one_way_in|personal")) {
        continue;
      }
      assertEquals(Integer.parseInt(label.get("distinct_out")), Integer.parseInt(row.get("messages_out")),
          label.get("key"));
      assertTrue(Integer.parseInt(row.get("messages_in")) <= Integer.parseInt(label.get("distinct_in")), label.get("key"));
    }
  }

  @Test
  void theMarketOperatorsNoticesToItsListsAreNotItsPeoplesMailToUs() {
    CSVRecord caiso = clients.get("caiso.com");
    assertNotEquals(null, caiso);
    assertTrue(Integer.parseInt(caiso.get("messages_in")) < 10, caiso.get("messages_in"));
    long notices = messages.values().stream()
        .filter(r -> r.get("from").endsWith("@caiso.com") && r.get("counted_as").equals("bulk")).count();
    assertTrue(notices > 90, "caiso notices counted as bulk: " + notices);
  }

  @Test
  void withADomainOnlyStderrSaysWhoseMailCountsAsOurs() {
    assertTrue(stderr.contains("owner: mail from anyone at enron.com counts as ours"), stderr);
    assertTrue(stderr.contains("robert.badeer@enron.com"), stderr);
  }

  @Test
  void aClientListBringsASenderInAndLeavesAnotherOut() throws IOException {
    Path list = dir.resolve("clients.csv");
    Files.writeString(list, "pattern,client\nftenergy.com,FT Energy\ncalpx.com,-\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("listed");
    CliTest.Run run = CliTest.run("scan", LABELS.resolve("badeer-r-subset").toString(), "--my-domain", "enron.com",
        "--clients", list.toString(), "--no-state", "--out", out.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    Map<String, CSVRecord> listed = SampleMailboxReportTest.rows(out.resolve("clients.csv")).stream()
        .collect(Collectors.toMap(r -> r.get("client"), Function.identity()));
    assertTrue(listed.containsKey("FT Energy"), listed.keySet().toString());
    assertEquals("inbound_only", listed.get("FT Energy").get("relationship"));
    assertFalse(listed.containsKey("calpx.com"), listed.keySet().toString());
    assertTrue(clients.containsKey("calpx.com"));
    long leftOut = SampleMailboxReportTest.rows(out.resolve("messages.csv")).stream()
        .filter(r -> r.get("reason").contains("--clients leaves out")).count();
    assertTrue(leftOut >= 2, "calpx.com mail both ways is left out: " + leftOut);
  }
}
