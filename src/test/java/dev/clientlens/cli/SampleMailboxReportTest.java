package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.generate.ClientTruth;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.GroundTruth;
import dev.clientlens.generate.MailboxGenerator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command on the bundled sample mailbox, in-process: every client's counts are the
 * ones the generator intended (its ground truth, not a copy of our own output), and the same mail read
 * as one mbox gives the same report.
 */
class SampleMailboxReportTest {
  @TempDir static Path dir;
  static GroundTruth truth;
  static Path report;

  @BeforeAll
  static void scanTheSample() throws IOException {
    truth = new MailboxGenerator(GeneratorSettings.sample()).writeMaildir(dir.resolve("fresh"));
    report = dir.resolve("report");
    CliTest.Run run = CliTest.run("scan", "--out", report.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.err().contains("owner: inferred ingrid@fjordlys.no"), run.err());
  }

  static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }

  @Test
  void theCommittedSampleIsWhatTheGeneratorWrites() throws IOException {
    Path fresh = dir.resolve("fresh");
    Path committed = Path.of("sample-mailbox");
    assertEquals(listing(fresh), listing(committed), "run: java -jar target/clientlens.jar generate --preset sample sample-mailbox");
  }

  private static Map<String, String> listing(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().endsWith(".csv"))
          .collect(Collectors.toMap(p -> root.relativize(p).toString(), p -> {
            try {
              return Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p)));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }, (a, b) -> a, TreeMap::new));
    }
  }

  @Test
  void everyClientHasExactlyTheIntendedCounts() throws IOException {
    Map<String, CSVRecord> clients =
        rows(report.resolve("clients.csv")).stream().collect(Collectors.toMap(r -> r.get("client"), Function.identity()));
    assertEquals(truth.clients().stream().map(ClientTruth::client).sorted().toList(),
        clients.keySet().stream().sorted().toList());
    for (ClientTruth expected : truth.clients()) {
      CSVRecord row = clients.get(expected.client());
      assertEquals(expected.messagesIn(), Integer.parseInt(row.get("messages_in")), expected.client() + " in");
      assertEquals(expected.messagesOut(), Integer.parseInt(row.get("messages_out")), expected.client() + " out");
      assertEquals(expected.threads(), Integer.parseInt(row.get("threads")), expected.client() + " threads");
    }
  }

  @Test
  void everyMessageIsCountedAsTheGeneratorIntended() throws IOException {
    Map<String, Integer> counted = new TreeMap<>();
    for (CSVRecord row : rows(report.resolve("messages.csv"))) {
      counted.merge(row.get("counted_as"), 1, Integer::sum);
    }
    Map<String, Integer> expected = new TreeMap<>(truth.countedAs());
    expected.values().removeIf(v -> v == 0);
    assertEquals(expected, counted);
    assertTrue(rows(report.resolve("skipped.csv")).isEmpty());
  }

  @Test
  void theSameMailAsOneMboxGivesTheSameClientReport() throws IOException {
    Path mbox = dir.resolve("sample.mbox");
    new MailboxGenerator(GeneratorSettings.sample()).writeMbox(mbox);
    Path mboxReport = dir.resolve("mbox-report");
    CliTest.Run run = CliTest.run("scan", mbox.toString(), "--out", mboxReport.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(Files.readString(report.resolve("clients.csv")), Files.readString(mboxReport.resolve("clients.csv")));
  }

  @Test
  void twoScansGiveByteIdenticalReports() throws IOException {
    Path again = dir.resolve("again");
    assertEquals(ExitCode.OK, CliTest.run("scan", "--out", again.toString()).code());
    for (String file : List.of("clients.csv", "messages.csv", "skipped.csv")) {
      assertEquals(Files.readString(report.resolve(file)), Files.readString(again.resolve(file)), file);
    }
  }

  /**
   * The bundled archetype model on the sample, whose clients it never saw in training: each client's
   * primary archetype is the one designed for it, and exactly the two designed fire risks score 0.5 or more.
   */
  @Test
  void everyClientGetsItsIntendedArchetypeAndFireRisk() throws IOException {
    Map<String, CSVRecord> clients =
        rows(report.resolve("clients.csv")).stream().collect(Collectors.toMap(r -> r.get("client"), Function.identity()));
    for (ClientTruth expected : truth.clients()) {
      CSVRecord row = clients.get(expected.client());
      assertEquals(expected.archetype(), row.get("primary_archetype"), expected.client() + ": " + row.get("evidence"));
      assertEquals(expected.fireRisk(), Double.parseDouble(row.get("fire_risk")) >= 0.5,
          expected.client() + " fire risk " + row.get("fire_risk"));
      assertTrue(!row.get("evidence").isBlank(), expected.client() + " evidence");
    }
    assertEquals(2, truth.clients().stream().filter(ClientTruth::fireRisk).count());
  }

  /** A client that is an archetype and a fire risk at once gets the reasons for both. */
  @Test
  void anArchetypeThatIsAlsoAFireRiskGivesTheReasonsForBoth() throws IOException {
    long both = 0;
    for (CSVRecord row : rows(report.resolve("clients.csv"))) {
      boolean archetype = !row.get("primary_archetype").equals("none");
      boolean fire = Double.parseDouble(row.get("fire_risk")) >= 0.5;
      assertEquals(archetype && fire, row.get("evidence").contains("fire risk: "), row.get("client") + ": "
          + row.get("evidence"));
      assertEquals("two_way", row.get("relationship"), row.get("client"));
      both += archetype && fire ? 1 : 0;
    }
    assertEquals(1, both, "brightwavemedia.com is meant as a micromanager and a fire risk");
  }
}
