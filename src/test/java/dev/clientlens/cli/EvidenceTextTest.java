package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --evidence-text} on the bundled sample mailbox: the sentences, their sources, and nothing without it. */
class EvidenceTextTest {
  private static final String HARBOUR = "harbourfoods.co.uk";

  @TempDir Path dir;

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  @Test
  void evidenceTextWritesTheSentencesBehindTheCues() throws IOException {
    Path out = dir.resolve("report");
    CliTest.Run run = CliTest.run("scan", "--out", out.toString(), "--evidence-text");
    assertEquals(ExitCode.OK, run.code(), run.err());
    Path evidence = out.resolve("evidence.csv");
    assertTrue(Files.exists(evidence), run.err());
    assertEquals("client,cue,message_id,date,sentence", Files.readAllLines(evidence).get(0));

    List<CSVRecord> rows = read(evidence);
    Set<String> harbourIds = new HashSet<>();
    for (CSVRecord m : read(out.resolve("messages.csv"))) {
      if (m.get("client").equals(HARBOUR)) {
        harbourIds.add(m.get("message_id"));
      }
    }
    List<CSVRecord> harbour = rows.stream().filter(r -> r.get("client").equals(HARBOUR)).toList();
    assertTrue(harbour.stream().anyMatch(r -> r.get("cue").equals("checkin") || r.get("cue").equals("urgency")),
        harbour.toString());
    for (CSVRecord r : harbour) {
      assertTrue(harbourIds.contains(r.get("message_id")), r.toString());
      assertFalse(r.get("sentence").isBlank(), r.toString());
      assertFalse(r.get("sentence").contains("\n") || r.get("sentence").contains("\r"), r.toString());
    }

    Map<String, Integer> perCue = new TreeMap<>();
    List<String> keys = new ArrayList<>();
    for (CSVRecord r : rows) {
      perCue.merge(r.get("client") + " " + r.get("cue"), 1, Integer::sum);
      keys.add(r.get("client") + "\u0000" + r.get("cue") + "\u0000" + r.get("date"));
    }
    assertTrue(perCue.values().stream().allMatch(n -> n <= 5), perCue.toString());
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    assertEquals(sorted, keys, "rows sorted by client, cue, date");
    Set<String> flagged = new HashSet<>();
    for (CSVRecord c : read(out.resolve("clients.csv"))) {
      if (!c.get("primary_archetype").equals("none") || Double.parseDouble(c.get("fire_risk")) >= 0.5) {
        flagged.add(c.get("client"));
      }
    }
    assertTrue(rows.stream().allMatch(r -> flagged.contains(r.get("client"))), flagged.toString());
  }

  @Test
  void withoutTheOptionThereIsNoEvidenceFileAndNoMailText() throws IOException {
    Path with = dir.resolve("with");
    assertEquals(ExitCode.OK, CliTest.run("scan", "--out", with.toString(), "--evidence-text").code());
    List<String> sentences = read(with.resolve("evidence.csv")).stream().map(r -> r.get("sentence"))
        .filter(s -> s.length() >= 20).toList();
    assertFalse(sentences.isEmpty());

    Path without = dir.resolve("without");
    CliTest.Run run = CliTest.run("scan", "--out", without.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertFalse(Files.exists(without.resolve("evidence.csv")));
    for (String file : List.of("clients.csv", "messages.csv")) {
      String text = Files.readString(without.resolve(file));
      for (String sentence : sentences) {
        assertFalse(text.contains(sentence), file + " holds mail text: " + sentence);
      }
      assertArrayEquals(Files.readAllBytes(with.resolve(file)), Files.readAllBytes(without.resolve(file)), file);
    }

    byte[] old = Files.readAllBytes(with.resolve("evidence.csv"));
    CliTest.Run again = CliTest.run("scan", "--out", with.toString());
    assertTrue(again.err().contains("evidence.csv: left from an earlier --evidence-text scan"), again.err());
    assertArrayEquals(old, Files.readAllBytes(with.resolve("evidence.csv")), "an old evidence.csv is left alone");
  }

  @Test
  void theSameMailGivesAByteIdenticalEvidenceFile() throws IOException {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    assertEquals(ExitCode.OK, CliTest.run("scan", "--out", one.toString(), "--evidence-text", "--workers", "1").code());
    assertEquals(ExitCode.OK, CliTest.run("scan", "--out", two.toString(), "--evidence-text", "--workers", "2",
        "--excel").code());
    byte[] plain = Files.readAllBytes(one.resolve("evidence.csv"));
    byte[] excel = Files.readAllBytes(two.resolve("evidence.csv"));
    assertEquals(new String(plain, StandardCharsets.UTF_8), new String(excel, StandardCharsets.UTF_8).substring(1));
    assertEquals('\uFEFF', new String(excel, StandardCharsets.UTF_8).charAt(0));
    Path three = dir.resolve("three");
    assertEquals(ExitCode.OK, CliTest.run("scan", "--out", three.toString(), "--evidence-text", "--workers", "2").code());
    assertArrayEquals(plain, Files.readAllBytes(three.resolve("evidence.csv")));
  }

  @Test
  void evidenceTextAndTimingOnlyAreRefused() {
    CliTest.Run run = CliTest.run("scan", "--out", dir.resolve("r").toString(), "--evidence-text", "--timing-only");
    assertEquals(ExitCode.USAGE, run.code());
    assertTrue(run.err().contains("--evidence-text and --timing-only"), run.err());
  }
}
