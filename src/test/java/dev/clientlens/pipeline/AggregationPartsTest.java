package dev.clientlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.classify.Classifier;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.MailboxGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregation holds a part of the clients at a time, and a large scan reads its messages' facts from
 * the store on every pass, so that memory does not grow with the mailbox: however the clients are split,
 * and whether the facts are kept between passes or not, the reports are the same, byte for byte.
 */
class AggregationPartsTest {
  @TempDir Path dir;

  private Pipeline pipeline(Path out, int part, int kept) throws IOException {
    Path generated = dir.resolve("generated");
    if (!Files.exists(generated)) {
      new MailboxGenerator(GeneratorSettings.synthetic(7, 9, 400)).writeMaildir(generated);
    }
    // two sources: the report numbers messages across them, with the second one's locations prefixed
    ScanSettings settings = ScanSettings.of(List.of(Path.of("sample-mailbox"), generated), out);
    return new Pipeline(settings, Classifier.bundled(), Progress.NONE, notice -> { }, part, kept);
  }

  @Test
  void theReportsDoNotDependOnHowTheClientsAreSplitIntoPartsOrWhetherTheFactsAreKept() throws IOException {
    Pipeline whole = pipeline(dir.resolve("whole"), Pipeline.AGGREGATION_PART, StoredMessages.KEPT);
    ScanSummary kept = whole.run();
    Pipeline parts = pipeline(dir.resolve("parts"), 40, 0);
    parts.run();

    assertEquals(1, whole.aggregationParts());
    assertTrue(parts.aggregationParts() > 5, "the small parts were used: " + parts.aggregationParts());
    // kept: each message read from the store once (and once more for each read again); not kept: on every pass
    assertEquals(kept.total() - kept.skipped() + kept.readAgain(), whole.factsRead());
    assertTrue(parts.factsRead() > 3 * (kept.total() - kept.skipped()), "passes read the store: " + parts.factsRead());
    List<String> files = reportFiles(dir.resolve("whole"));
    assertEquals(reportFiles(dir.resolve("parts")), files);
    assertTrue(files.contains("messages.csv") && files.contains("clients.csv") && files.contains("index.html"), files.toString());
    for (String file : files) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(file)),
          Files.readAllBytes(dir.resolve("parts").resolve(file)), file);
    }
    String messages = Files.readString(dir.resolve("parts").resolve("messages.csv"));
    assertTrue(java.util.regex.Pattern.compile("(?m)^\"?2:").matcher(messages).find(),
        "the second source's messages are in the report, prefixed");
    assertTrue(messages.matches("(?s).*,t[0-9a-f]{12},.*"), "messages carry thread ids");
  }

  private static List<String> reportFiles(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }
}
