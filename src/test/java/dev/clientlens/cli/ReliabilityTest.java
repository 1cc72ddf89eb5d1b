package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.JavaProcesses;
import dev.clientlens.Main;
import dev.clientlens.classify.Classifier;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.MailboxGenerator;
import dev.clientlens.pipeline.Pipeline;
import dev.clientlens.pipeline.Progress;
import dev.clientlens.pipeline.ScanSettings;
import dev.clientlens.report.ReportStamp;
import dev.clientlens.store.Store;
import dev.clientlens.store.StoreLock;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promises of the specification's reliability section, end to end: a scan killed at any moment and
 * run again writes the report of an uninterrupted scan; two scans of one store never run at once; hostile
 * file names neither break the report nor slip a formula into a spreadsheet. (Scans killed half-way by an
 * exception inside the JVM are in {@code IncrementalScanTest}; the lock itself in {@code StoreLockTest}.)
 */
@Tag("reliability")
class ReliabilityTest {
  private static final List<String> REPORTS = List.of("clients.csv", "messages.csv", "skipped.csv");

  @TempDir Path dir;

  private Path generated(int messages) throws IOException {
    Path mail = dir.resolve("mail");
    new MailboxGenerator(GeneratorSettings.synthetic(41, 20, messages)).writeMaildir(mail);
    return mail;
  }

  private void assertSameReports(Path a, Path b) throws IOException {
    for (String file : REPORTS) {
      assertEquals(Files.readString(a.resolve(file)), Files.readString(b.resolve(file)), file);
    }
  }

  private static List<String> leftovers(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith(".") && !name.equals(StoreLock.FILE_NAME) && !name.equals(ReportStamp.FILE))
          .toList();
    }
  }

  private static long storedMessages(Path state) {
    Path db = state.resolve(Store.FILE_NAME);
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM messages")) {
      return r.next() ? r.getLong(1) : 0;
    } catch (SQLException notYet) {
      return 0;
    }
  }

  /** The scan runs in a JVM of its own, killed (SIGKILL) as soon as its store holds a first batch. */
  @Test
  void aScanKilledByTheSystemAndRunAgainWritesTheReportOfAnUninterruptedScan() throws Exception {
    Path mail = generated(3000);
    Path state = dir.resolve("state");
    Path out = dir.resolve("report");
    Process scan = JavaProcesses.java(List.of("-Xmx512m"), Main.class,
        List.of("scan", mail.toString(), "--state", state.toString(), "--out", out.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      while (scan.isAlive() && storedMessages(state) == 0) {
        Thread.sleep(10);
      }
    } finally {
      scan.destroyForcibly().waitFor();
    }

    CliTest.Run resumed = CliTest.run("scan", mail.toString(), "--state", state.toString(), "--out", out.toString());
    assertTrue(resumed.code() == ExitCode.OK || resumed.code() == ExitCode.SKIPPED_SOME, resumed.err());
    Matcher read = Pattern.compile("read (\\d+) new messages").matcher(resumed.err());
    assertTrue(read.find(), resumed.err());
    assertTrue(Long.parseLong(read.group(1)) > 0, "killed before it had read everything: " + resumed.err());
    Path fresh = dir.resolve("fresh");
    CliTest.run("scan", mail.toString(), "--no-state", "--out", fresh.toString());
    assertSameReports(out, fresh);
    assertEquals(List.of(), leftovers(out), "no temporary file left");
  }

  /** What a scan killed while renaming its reports into place leaves behind is gone after the next. */
  @Test
  void theHalfWrittenReportOfAKilledScanIsRemovedByTheNext() throws IOException {
    Path mail = generated(200);
    Path out = dir.resolve("report");
    Files.createDirectories(out);
    Files.writeString(out.resolve(".messages.csv4242424242.tmp"), "location,folder\ncur/1,INB");
    Files.writeString(out.resolve(".clients.csv17.tmp"), "client,display_n");
    Files.writeString(out.resolve(".notes.txt"), "the user's own file");
    CliTest.Run run = CliTest.run("scan", mail.toString(), "--no-state", "--out", out.toString());
    assertTrue(run.code() == ExitCode.OK || run.code() == ExitCode.SKIPPED_SOME, run.err());
    assertEquals(List.of(".notes.txt"), leftovers(out));
  }

  /** A second scan started while the first is reading (here: from the first one's progress report). */
  @Test
  void aSecondScanOfTheSameStoreIsRefusedWhileTheFirstRunsAndTheFirstIsUnharmed() throws IOException {
    Path mail = generated(900);
    Path state = dir.resolve("state");
    Path out = dir.resolve("report");
    List<CliTest.Run> second = new ArrayList<>();
    Progress startsAnother = (read, expected, nanos) -> {
      if (second.isEmpty()) {
        second.add(CliTest.run("scan", mail.toString(), "--state", state.toString(),
            "--out", dir.resolve("elsewhere").toString()));
        second.add(CliTest.run("scan", mail.toString(), "--state", dir.resolve("other-state").toString(),
            "--out", out.toString()));
      }
    };
    ScanSettings defaults = ScanSettings.of(List.of(mail), out);
    ScanSettings settings = new ScanSettings(defaults.sources(), defaults.owner(), defaults.clientList(),
        defaults.since(), defaults.until(), out, Optional.of(state), false, defaults.workers(), defaults.limits(),
        defaults.parser(), defaults.problems(), true, false);
    new Pipeline(settings, Classifier.bundled(), startsAnother, notice -> {}).run();

    assertEquals(2, second.size());
    for (CliTest.Run refused : second) {
      assertEquals(ExitCode.LOCKED, refused.code(), refused.err());
      assertTrue(refused.err().contains("process " + ProcessHandle.current().pid()), refused.err());
    }
    assertFalse(Files.exists(dir.resolve("elsewhere").resolve("clients.csv")));
    Path fresh = dir.resolve("fresh");
    CliTest.run("scan", mail.toString(), "--no-state", "--out", fresh.toString());
    assertSameReports(out, fresh);
    CliTest.Run after = CliTest.run("scan", mail.toString(), "--state", state.toString(), "--out", out.toString());
    assertTrue(after.err().contains("read 0 new messages"), "the first scan stored everything: " + after.err());
  }

  /**
   * Two scans in two JVMs started together on one store and report directory: whichever order they run
   * in, each either finishes or is refused with exit code 6, and the report is that of one scan.
   */
  @Test
  void twoScansInTwoProcessesNeverMixTheirWork() throws Exception {
    Path mail = generated(900);
    Path state = dir.resolve("state");
    Path out = dir.resolve("report");
    Process other = JavaProcesses.java(List.of("-Xmx512m"), Main.class,
        List.of("scan", mail.toString(), "--state", state.toString(), "--out", out.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.PIPE).start();
    CliTest.Run here;
    String otherErr;
    int otherCode;
    try {
      here = CliTest.run("scan", mail.toString(), "--state", state.toString(), "--out", out.toString());
      otherErr = new String(other.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      otherCode = other.waitFor();
    } finally {
      other.destroyForcibly();
    }
    Set<Integer> finished = Set.of(ExitCode.OK, ExitCode.SKIPPED_SOME);
    assertTrue(finished.contains(here.code()) || here.code() == ExitCode.LOCKED, here.err());
    assertTrue(finished.contains(otherCode) || otherCode == ExitCode.LOCKED, otherErr);
    assertTrue(finished.contains(here.code()) || finished.contains(otherCode), here.err() + otherErr);
    if (here.code() == ExitCode.LOCKED) {
      assertTrue(here.err().contains("process " + other.pid()), here.err());
    }
    Path fresh = dir.resolve("fresh");
    CliTest.run("scan", mail.toString(), "--no-state", "--out", fresh.toString());
    assertSameReports(out, fresh);
  }

  /**
   * File and folder names an attacker can choose (an .eml tree from anywhere): formulas, separators,
   * quotes, line breaks, other scripts. Each message has one row, no cell starts a formula, and a second
   * scan changes nothing.
   */
  @Test
  void hostileFileNamesAreReportedSafelyAndKeptTrackOf() throws IOException {
    Path tree = dir.resolve("eml");
    List<String> names = List.of("=HYPERLINK(\"evil\",\"x\").eml", "+1+1.eml", "-2+3.eml", "@SUM(A1).eml",
        "a,b \"quoted\".eml", "line\nbreak.eml", "carriage\rreturn.eml", "tab\there.eml", "ünïcødé ø æ.eml",
        " leading space.eml", "semi;colon.eml");
    List<String> folders = List.of("", "=cmd|' /C calc'!A0", "-folder,with \"quotes\"");
    int n = 0;
    for (String folder : folders) {
      Path parent = folder.isEmpty() ? tree : tree.resolve(folder);
      Files.createDirectories(parent);
      for (String name : names) {
        n++;
        Files.writeString(parent.resolve(name), """
            From: Kari <kari@acme.no>
            To: ingrid@fjordlys.no
            Subject: Plan %d
            Date: Mon, 13 Apr 2026 09:%02d:00 +0200
            Message-ID: <k%d@acme.no>

            Where is the plan?
            """.formatted(n, n % 60, n));
      }
    }
    Path state = dir.resolve("state");
    Path out = dir.resolve("report");
    CliTest.Run first = CliTest.run("scan", tree.toString(), "--state", state.toString(), "--out", out.toString(),
        "--me", "ingrid@fjordlys.no");
    assertEquals(ExitCode.OK, first.code(), first.err());

    List<CSVRecord> rows;
    try (Reader reader = Files.newBufferedReader(out.resolve("messages.csv"), StandardCharsets.UTF_8)) {
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
    assertEquals(names.size() * folders.size(), rows.size(), "one row per file");
    for (CSVRecord row : rows) {
      for (String cell : row) {
        assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.startsWith("-0")
            && !cell.matches("-?[0-9.]+"), "a formula cell: " + cell);
        assertFalse(cell.contains("\n") || cell.contains("\r"), "a line break in a cell: " + cell);
      }
      assertEquals("client_in", row.get("counted_as"), row.toString());
    }
    assertNotNull(rows.stream().filter(r -> r.get("folder").equals("'=cmd|' /C calc'!A0")).findFirst().orElse(null),
        "the formula folder is shown as text");
    List<String> before = new ArrayList<>();
    for (String file : REPORTS) {
      before.add(Files.readString(out.resolve(file)));
    }
    CliTest.Run second = CliTest.run("scan", tree.toString(), "--state", state.toString(), "--out", out.toString(),
        "--me", "ingrid@fjordlys.no");
    assertTrue(second.err().contains("read 0 new messages"), second.err());
    for (int i = 0; i < REPORTS.size(); i++) {
      assertEquals(before.get(i), Files.readString(out.resolve(REPORTS.get(i))), REPORTS.get(i));
    }
  }
}
