package dev.clientlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.aggregate.WorkingTime;
import dev.clientlens.classify.Classifier;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.MailboxGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan with a kept store whose reports were made from what the store holds now, with the same
 * settings, leaves them as they are; anything they are made from that changed, or a report file touched
 * since, makes it write them again.
 */
class UnchangedReportTest {
  @TempDir Path dir;
  Path mail;
  Path out;
  Path state;

  @BeforeEach
  void mailbox() throws IOException {
    mail = dir.resolve("mail");
    new MailboxGenerator(GeneratorSettings.synthetic(11, 5, 150)).writeMaildir(mail);
    out = dir.resolve("out");
    state = dir.resolve("state");
  }

  private ScanSettings settings(Optional<Path> store, boolean evidence) {
    return ScanSettings.of(List.of(mail), out).withState(store).withEvidenceText(evidence);
  }

  private ScanSummary scan(ScanSettings settings) throws IOException {
    return new Pipeline(settings, Classifier.bundled(), Progress.NONE, n -> { }).run();
  }

  /** Every report file by name, with its bytes and modification time. */
  private Map<String, String> files() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(out)) {
      for (Path f : list.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
        files.put(f.getFileName().toString(), Files.getLastModifiedTime(f).toMillis() + " " + Files.readString(f).hashCode());
      }
    }
    return files;
  }

  @Test
  void nothingChangedLeavesTheReportsAsTheyWereWithTheSameSummary() throws IOException {
    ScanSummary first = scan(settings(Optional.of(state), false));
    assertFalse(first.unchanged());
    Map<String, String> written = files();
    assertTrue(written.keySet().containsAll(List.of("clients.csv", "messages.csv", "index.html")), written.toString());

    ScanSummary second = scan(settings(Optional.of(state), false));
    assertTrue(second.unchanged());
    assertEquals(0, second.read());
    assertEquals(written, files(), "not one file written again");
    assertEquals(first.total(), second.total());
    assertEquals(first.countedAs(), second.countedAs());
    assertEquals(first.clients(), second.clients());
    assertEquals(first.owner(), second.owner());
  }

  @Test
  void theNoticesOfTheScanThatWroteTheReportsAreToldAgain() throws IOException {
    List<String> first = new java.util.ArrayList<>();
    new Pipeline(settings(Optional.of(state), false), Classifier.bundled(), Progress.NONE, first::add).run();
    List<String> second = new java.util.ArrayList<>();
    ScanSummary unchanged = new Pipeline(settings(Optional.of(state), false), Classifier.bundled(), Progress.NONE,
        second::add).run();
    assertTrue(unchanged.unchanged());
    assertTrue(first.stream().anyMatch(n -> n.startsWith("owner: inferred")), first.toString());
    assertEquals(first, second);
  }

  @Test
  void aReportFileChangedSinceMakesAllBeWrittenAgain() throws IOException {
    scan(settings(Optional.of(state), false));
    String clients = Files.readString(out.resolve("clients.csv"));
    Files.writeString(out.resolve("clients.csv"), "edited in a spreadsheet\n");
    Files.setLastModifiedTime(out.resolve("clients.csv"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));

    assertFalse(scan(settings(Optional.of(state), false)).unchanged());
    assertEquals(clients, Files.readString(out.resolve("clients.csv")));

    Files.delete(out.resolve("index.html"));
    assertFalse(scan(settings(Optional.of(state), false)).unchanged());
    assertTrue(Files.exists(out.resolve("index.html")));
    assertTrue(scan(settings(Optional.of(state), false)).unchanged());
  }

  @Test
  void anotherSettingOrANewMessageMakesTheReportsBeWrittenAgain() throws IOException {
    ScanSummary first = scan(settings(Optional.of(state), false));
    WorkingTime late = new WorkingTime(LocalTime.of(10, 0), LocalTime.of(20, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), WorkingTime.STANDARD.holidays());
    assertFalse(scan(settings(Optional.of(state), false).withWorkingTime(late)).unchanged());
    assertFalse(scan(settings(Optional.of(state), false)).unchanged(), "back to the standard hours: written again");

    Files.writeString(mail.resolve("new").resolve("1776000000.M1P1.host"), """
        From: Kari <kari@acme.no>
        To: ingrid@fjordlys.no
        Subject: One more
        Date: Mon, 13 Apr 2026 09:00:00 +0200
        Message-ID: <late-1@acme.no>

        Where is the plan?
        """);
    ScanSummary after = scan(settings(Optional.of(state), false));
    assertFalse(after.unchanged());
    assertEquals(1, after.read());
    assertEquals(first.total() + 1, after.total());
  }

  @Test
  void aStampThatDoesNotReadMakesTheReportsBeWrittenAgain() throws IOException {
    scan(settings(Optional.of(state), false));
    Files.write(out.resolve(".clientlens-report"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertFalse(scan(settings(Optional.of(state), false)).unchanged());
    assertTrue(scan(settings(Optional.of(state), false)).unchanged());
  }

  @Test
  void withoutAKeptStoreOrWithEvidenceTextTheReportsAreAlwaysWritten() throws IOException {
    scan(settings(Optional.empty(), false));
    assertFalse(Files.exists(out.resolve(".clientlens-report")), "no stamp without a kept store");
    assertFalse(scan(settings(Optional.empty(), false)).unchanged());

    scan(settings(Optional.of(state), true));
    assertFalse(Files.exists(out.resolve(".clientlens-report")), "no stamp with evidence text");
    assertFalse(scan(settings(Optional.of(state), true)).unchanged());
    assertNotEquals(0, scan(settings(Optional.of(state), true)).read(), "evidence text reads every message again");
  }
}
