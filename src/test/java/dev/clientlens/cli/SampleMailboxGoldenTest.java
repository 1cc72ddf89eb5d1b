package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample mailbox's whole report, byte for byte, against the golden files read by hand
 * (src/test/resources/golden/README.md says how to regenerate them and what to read).
 */
class SampleMailboxGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/sample");
  @TempDir static Path dir;

  @BeforeAll
  static void scanTheSample() throws IOException {
    CliTest.Run run = CliTest.run("scan", "--no-state", "--no-html", "--out", dir.resolve("report").toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"clients.csv", "messages.csv", "skipped.csv", "clients-monthly.csv", "changes.csv"})
  void theReportIsTheGoldenOne(String file) throws IOException {
    List<String> expected = Files.readAllLines(GOLDEN.resolve(file), StandardCharsets.UTF_8);
    List<String> actual = Files.readAllLines(dir.resolve("report").resolve(file), StandardCharsets.UTF_8);
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), file + " line " + (i + 1)
          + " differs from the golden file (see src/test/resources/golden/README.md)");
    }
    assertEquals(expected.size(), actual.size(), file + ": number of lines");
    assertEquals(-1L, Files.mismatch(GOLDEN.resolve(file), dir.resolve("report").resolve(file)), file + ": bytes");
  }
}
