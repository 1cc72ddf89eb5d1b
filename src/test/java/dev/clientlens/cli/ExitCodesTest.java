package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.JavaProcesses;
import dev.clientlens.Main;
import dev.clientlens.store.Store;
import dev.clientlens.store.StoreLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each exit code means one thing: 3 a source could not be read, 4 an internal error (out of memory
 * included), 5 the report or the store could not be written, 6 another scan holds the lock. Each failure
 * is one line in words, with no Java class name and no stack trace.
 */
class ExitCodesTest {
  @TempDir Path dir;

  /** A Java class name as a message might show it: {@code MalformedInputException}, {@code java.io.X}. */
  private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z]+(Exception|Error)\\b|\\bjava\\.[a-z]+\\.");

  private Path maildir() throws IOException {
    Path mail = CliTest.oneMessageMaildir(dir, "mail");
    return mail;
  }

  private static void assertOneLineInWords(CliTest.Run run) {
    assertEquals(1, run.err().strip().lines().filter(l -> l.startsWith("clientlens scan: ")).count(), run.err());
    assertFalse(CLASS_NAME.matcher(run.err()).find(), "no class names: " + run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  private static List<String> hiddenFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith(".") && !name.equals(StoreLock.FILE_NAME)).toList();
    }
  }

  @Test
  void aReportThatCannotBeWrittenIsExitFiveNamingTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path out = dir.resolve("report");
    Files.createDirectories(out.resolve("messages.csv").resolve("in-the-way"));
    CliTest.Run run = CliTest.run("scan", maildir().toString(), "--no-state", "--out", out.toString());
    assertEquals(ExitCode.WRITE_FAILED, run.code(), run.err());
    assertTrue(run.err().contains(out.resolve("messages.csv") + ": could not write the report: "), run.err());
    assertOneLineInWords(run);
    assertEquals(List.of(), hiddenFiles(out), "temporary files removed");
  }

  /** The page is made beside the other reports but written after them: a report that fails leaves it as it was. */
  @Test
  void aReportThatCannotBeWrittenLeavesTheEarlierPage() throws IOException {
    Path out = dir.resolve("report");
    Files.createDirectories(out.resolve("messages.csv").resolve("in-the-way"));
    Files.writeString(out.resolve("index.html"), "the page of an earlier scan");
    CliTest.Run run = CliTest.run("scan", maildir().toString(), "--no-state", "--out", out.toString());
    assertEquals(ExitCode.WRITE_FAILED, run.code(), run.err());
    assertEquals("the page of an earlier scan", Files.readString(out.resolve("index.html")));
    assertEquals(List.of(), hiddenFiles(out), "temporary files removed");
  }

  @Test
  void aDamagedStoreIsExitFiveWithWhatToDo() throws IOException {
    Path state = dir.resolve("state");
    Files.createDirectories(state);
    Files.write(state.resolve(Store.FILE_NAME), "this is not an SQLite database, it is a note ".repeat(100)
        .getBytes(StandardCharsets.UTF_8));
    CliTest.Run run = CliTest.run("scan", maildir().toString(), "--state", state.toString(),
        "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.WRITE_FAILED, run.code(), run.err());
    assertTrue(run.err().contains(state.resolve(Store.FILE_NAME).toString()), run.err());
    assertTrue(run.err().contains("move it aside"), run.err());
    assertTrue(run.err().contains("--no-state"), run.err());
    assertOneLineInWords(run);
  }

  @Test
  void aStateThatIsAFileIsExitFive() throws IOException {
    Path state = dir.resolve("state");
    Files.writeString(state, "a file, not a directory");
    CliTest.Run run = CliTest.run("scan", maildir().toString(), "--state", state.toString(),
        "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.WRITE_FAILED, run.code(), run.err());
    assertTrue(run.err().contains(state.toString()), run.err());
    assertOneLineInWords(run);
  }

  @Test
  void aMissingSourceIsStillExitThree() {
    CliTest.Run run = CliTest.run("scan", dir.resolve("missing").toString(), "--no-state",
        "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code(), run.err());
    assertOneLineInWords(run);
  }

  /** The sources are opened all at once; the one named is still the first in the order given that failed. */
  @Test
  void ofSeveralSourcesThatCannotBeOpenedTheFirstGivenIsNamed() throws IOException {
    Path mail = maildir();
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliTest.Run run = CliTest.run("scan", mail.toString(), dir.resolve("missing").toString(), empty.toString(),
        "--no-state", "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code(), run.err());
    assertOneLineInWords(run);
    assertTrue(run.err().contains(dir.resolve("missing") + ": could not open source: no such file or directory"),
        run.err());
    assertFalse(run.err().contains(empty.toString()), run.err());
    assertFalse(Files.exists(dir.resolve("r").resolve("clients.csv")), "no report");

    CliTest.Run reversed = CliTest.run("scan", empty.toString(), dir.resolve("missing").toString(), "--no-state",
        "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.SOURCE_UNREADABLE, reversed.code(), reversed.err());
    assertTrue(reversed.err().contains(empty + ": could not open source: no mail found"), reversed.err());
    assertFalse(reversed.err().contains("missing"), reversed.err());
  }

  @Test
  void aScanWhileAnotherHoldsTheStoreIsExitSixNamingTheProcess() throws IOException {
    Path state = dir.resolve("state");
    Path mail = maildir();
    try (StoreLock held = StoreLock.acquire(List.of(state))) {
      CliTest.Run run = CliTest.run("scan", mail.toString(), "--state", state.toString(),
          "--out", dir.resolve("r").toString());
      assertEquals(ExitCode.LOCKED, run.code(), run.err());
      assertTrue(run.err().contains("process " + ProcessHandle.current().pid()), run.err());
      assertOneLineInWords(run);
      assertFalse(Files.exists(dir.resolve("r").resolve("clients.csv")), "nothing written");
    }
    assertEquals(ExitCode.OK, CliTest.run("scan", mail.toString(), "--state", state.toString(),
        "--out", dir.resolve("r").toString()).code());
  }

  @Test
  void withoutAStoreTheReportDirectoryIsLocked() throws IOException {
    Path out = dir.resolve("r");
    try (StoreLock held = StoreLock.acquire(List.of(out))) {
      CliTest.Run run = CliTest.run("scan", maildir().toString(), "--no-state", "--out", out.toString());
      assertEquals(ExitCode.LOCKED, run.code(), run.err());
      assertTrue(run.err().contains(out.toRealPath().toString()), run.err());
    }
  }

  @Test
  void aClientListThatIsNotTextSaysSoInWords() throws IOException {
    Path clients = dir.resolve("clients.csv");
    Files.write(clients, new byte[] {'a', 'c', 'm', 'e', '.', 'n', 'o', ',', (byte) 0xC3, (byte) 0x28, '\n'});
    CliTest.Run run = CliTest.run("scan", maildir().toString(), "--no-state", "--out", dir.resolve("r").toString(),
        "--clients", clients.toString());
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertTrue(run.err().contains(clients + ": ") && run.err().contains("not UTF-8 text"), run.err());
    assertOneLineInWords(run);
  }

  @Test
  void aClientListThatIsNotCsvSaysSoInWords() throws IOException {
    Path clients = dir.resolve("clients.csv");
    Files.writeString(clients, "acme.no,Acme\n\"beta.no\"x,Beta\n");
    CliTest.Run run = CliTest.run("scan", maildir().toString(), "--no-state", "--out", dir.resolve("r").toString(),
        "--clients", clients.toString());
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertTrue(run.err().contains(clients.toString()) && run.err().contains("not valid CSV"), run.err());
    assertOneLineInWords(run);
  }

  @Test
  void helpDocumentsEveryExitCode() {
    CliTest.Run run = CliTest.run("scan", "--help");
    for (String code : List.of("0  done", "1  done, but", "2  usage error", "3  a source", "4  internal error",
        "5  the report or the store", "6  another scan")) {
      assertTrue(run.out().contains(code), code + " in\n" + run.out());
    }
  }

  /** A JVM with too small a heap: one line, exit code 4 (not a stack trace and exit code 1). */
  @Test
  void runningOutOfMemoryIsExitFourInOneLine() throws Exception {
    Process scan = JavaProcesses.java(List.of("-Xmx24m", "-XX:TieredStopAtLevel=1"), Main.class,
        List.of("scan", maildir().toString(), "--no-state", "--out", dir.resolve("r").toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(scan.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = scan.waitFor();
    assertEquals(ExitCode.INTERNAL, code, err);
    assertTrue(err.contains("out of memory"), err);
    assertOneLineInWords(new CliTest.Run(code, "", err));
  }
}
