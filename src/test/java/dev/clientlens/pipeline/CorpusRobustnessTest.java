package dev.clientlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.classify.Classifier;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real messages with broken and unusual MIME: none may stop a scan, and every one of them is accounted
 * for, either in messages.csv or with a reason in skipped.csv.
 */
class CorpusRobustnessTest {
  @TempDir Path out;

  private static Path corpus(String name) throws URISyntaxException {
    return Path.of(CorpusRobustnessTest.class.getResource("/corpus/" + name).toURI());
  }

  private static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }

  /** Independent count of the messages in the folder: every .eml file, or every mbox separator line. */
  private static long expectedMessages(Path source) throws IOException {
    try (Stream<Path> files = Files.list(source)) {
      List<Path> all = files.toList();
      long eml = all.stream().filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".eml")).count();
      if (eml > 0) {
        return eml;
      }
      long separators = 0;
      for (Path mbox : all.stream().filter(p -> p.getFileName().toString().startsWith("mbox.")).toList()) {
        List<String> lines = Files.readAllLines(mbox, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).startsWith("From ") && (i == 0 || lines.get(i - 1).isEmpty())) {
            separators++;
          }
        }
      }
      return separators;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"mime4j", "spamassassin", "mime4j-mbox/mbox.rlug"})
  void everyMessageIsAccountedForAndNoneStopsTheScan(String name) throws Exception {
    Path source = corpus(name);
    ScanSettings settings = ScanSettings.of(List.of(source), out);
    ScanSummary summary = new Pipeline(settings, Classifier.bundled(), Progress.NONE, notice -> {}).run();

    List<CSVRecord> messages = rows(out.resolve("messages.csv"));
    List<CSVRecord> skipped = rows(out.resolve("skipped.csv"));
    long expected = expectedMessages(Files.isDirectory(source) ? source : source.getParent());
    assertTrue(expected > 4, "the corpus is there");
    assertEquals(expected, messages.size() + skipped.size());
    assertEquals(expected, summary.read());
    for (CSVRecord row : skipped) {
      assertFalse(row.get("reason").isBlank(), "a skipped message says why: " + row.get("location"));
    }
    for (CSVRecord row : messages) {
      assertFalse(row.get("counted_as").isBlank());
    }
  }
}
