package dev.clientlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.clientlens.classify.Classifier;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.MailboxGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainers' entry: the scan up to the per-client metrics, the same as a full scan's, with no report. */
class MetricsEntryTest {
  @TempDir Path dir;

  @Test
  void metricsAreThoseOfAFullScanAndNothingIsWritten() throws IOException {
    Path mail = dir.resolve("mail");
    new MailboxGenerator(GeneratorSettings.synthetic(5, 6, 300)).writeMaildir(mail);
    Path out = dir.resolve("out");

    Pipeline.Measured measured = new Pipeline(ScanSettings.of(List.of(mail), out), Classifier.bundled(),
        Progress.NONE, notice -> { }).metrics();

    assertFalse(Files.exists(out), "no report, no lock file");
    ScanSummary full = new Pipeline(ScanSettings.of(List.of(mail), dir.resolve("full")), Classifier.bundled(),
        Progress.NONE, notice -> { }).run();
    assertEquals(full.metrics(), measured.clients());
    assertEquals(full.total() - full.skipped(), measured.messages());
  }
}
