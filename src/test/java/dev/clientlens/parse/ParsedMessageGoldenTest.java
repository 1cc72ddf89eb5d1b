package dev.clientlens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.clientlens.JavaProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files under {@code src/test/resources/golden/parse/}: each {@code NAME.eml} is parsed as
 * {@code new RawMessage("NAME.eml", "INBOX", FolderRole.INBOX, null, bytes)} and its {@link
 * ParsedMessageRendering} compared byte for byte with {@code NAME.parsed.txt}, which was read by hand when
 * it was written. With {@code -Dclientlens.golden.write=true} the renderings are written instead of
 * compared (src/test/resources/golden/README.md says how, and what to read before committing them).
 *
 * <p>The messages are parsed in a JVM of their own. Jakarta Mail reads some of the settings that
 * {@code MailSession} puts into system properties only once per JVM, when its classes are first used, and
 * another test in this JVM may have used them first with the defaults (see parse/README.md).
 */
class ParsedMessageGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/parse");
  private static final String MESSAGE = ".eml";
  private static final String PARSED = ".parsed.txt";
  private static final boolean WRITE = Boolean.getBoolean("clientlens.golden.write");

  @TempDir static Path rendered;

  @BeforeAll
  static void parseEveryMessageInAFreshJvm() throws IOException, InterruptedException {
    Path out = WRITE ? GOLDEN : rendered;
    Path log = rendered.resolve("renderer-output.log");
    Process process = JavaProcesses.java(List.of("-XX:+UseSerialGC"), ParsedMessageRendering.class,
        List.of(GOLDEN.toString(), out.toString())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      JavaProcesses.kill(process);
      fail("rendering the golden messages took over 2 minutes: " + Files.readString(log));
    }
    assertEquals(0, process.exitValue(), "rendering the golden messages failed: " + Files.readString(log));
  }

  static Stream<String> messages() throws IOException {
    return names(MESSAGE).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void theParsedMessageIsTheGoldenOne(String name) throws IOException {
    Path golden = GOLDEN.resolve(name + PARSED);
    if (WRITE) {
      Assumptions.abort("wrote " + golden + "; read it against the message before committing it");
    }
    if (!Files.exists(golden)) {
      fail(golden + " is missing: write it with -Dclientlens.golden.write=true and read it by hand"
          + " (src/test/resources/golden/README.md)");
    }
    byte[] expectedBytes = Files.readAllBytes(golden);
    byte[] actualBytes = Files.readAllBytes(rendered.resolve(name + PARSED));
    List<String> expected = List.of(new String(expectedBytes, StandardCharsets.UTF_8).split("\n", -1));
    List<String> actual = List.of(new String(actualBytes, StandardCharsets.UTF_8).split("\n", -1));
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), golden + " line " + (i + 1)
          + " differs from the parsed message (see src/test/resources/golden/README.md)");
    }
    assertEquals(expected.size(), actual.size(), golden + ": number of lines");
    assertTrue(Arrays.equals(expectedBytes, actualBytes), golden + ": bytes");
  }

  @Test
  void everyGoldenFileHasItsMessage() throws IOException {
    List<String> messages = names(MESSAGE);
    for (String name : names(PARSED)) {
      assertTrue(messages.contains(name), GOLDEN.resolve(name + PARSED) + " has no " + name + MESSAGE);
    }
  }

  private static List<String> names(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(file -> file.endsWith(suffix))
          .map(file -> file.substring(0, file.length() - suffix.length()))
          .sorted()
          .toList();
    }
  }
}
