package dev.clientlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.classify.Classifier;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.MailboxGenerator;
import dev.clientlens.store.Store;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans with a store: later scans read only what is new and still write the report of a fresh scan. */
class IncrementalScanTest {
  @TempDir Path dir;
  Path mail;
  Path state;

  @BeforeEach
  void mailbox() throws IOException {
    mail = dir.resolve("mail");
    new MailboxGenerator(GeneratorSettings.synthetic(31, 12, 900)).writeMaildir(mail);
    state = dir.resolve("state");
  }

  private ScanSettings settings(Path source, Path out, Optional<Path> store) {
    return ScanSettings.of(List.of(source), out).withState(store);
  }

  private ScanSummary scan(Path source, String out, Optional<Path> store) throws IOException {
    return new Pipeline(settings(source, dir.resolve(out), store), Classifier.bundled(), Progress.NONE, notice -> {}).run();
  }

  private void assertSameReports(String a, String b) throws IOException {
    for (String file : List.of("clients.csv", "messages.csv", "skipped.csv", "clients-monthly.csv", "changes.csv")) {
      assertEquals(Files.readString(dir.resolve(a).resolve(file)), Files.readString(dir.resolve(b).resolve(file)),
          file + " of " + a + " and " + b);
    }
  }

  @Test
  void aSecondScanReadsNothingAndWritesTheSameReport() throws IOException {
    ScanSummary first = scan(mail, "r1", Optional.of(state));
    assertTrue(first.read() > 800, "first scan reads everything: " + first.read());
    ScanSummary second = scan(mail, "r2", Optional.of(state));
    assertEquals(0, second.read());
    assertEquals(first.total(), second.total());
    assertSameReports("r1", "r2");
  }

  @Test
  void newMailIsReadAloneAndTheReportEqualsAFreshScan() throws IOException {
    scan(mail, "r1", Optional.of(state));
    Path someMessage;
    try (Stream<Path> files = Files.list(mail.resolve("cur"))) {
      someMessage = files.sorted().findFirst().orElseThrow();
    }
    String copy = Files.readString(someMessage).replaceFirst("(?im)^Message-ID:.*$", "Message-ID: <brand-new@acme.no>");
    Files.writeString(mail.resolve("new").resolve("1790000000.M9P9.host"), copy);

    ScanSummary incremental = scan(mail, "r2", Optional.of(state));
    assertEquals(1, incremental.read());
    scan(mail, "fresh", Optional.empty());
    assertSameReports("r2", "fresh");
  }

  /**
   * The store remembers which clients we wrote to, so a two-way client's new mail is read for tone at
   * once: not first for its language alone and then again, which over IMAP would fetch it twice.
   */
  @Test
  void aTwoWayClientsNewMailIsReadOnceForItsTone() throws IOException {
    scan(mail, "r1", Optional.of(state));
    Set<String> twoWay = new HashSet<>();
    for (CSVRecord r : records(dir.resolve("r1/clients.csv"))) {
      if (r.get("relationship").equals("two_way")) {
        twoWay.add(r.get("client"));
      }
    }
    CSVRecord theirs = records(dir.resolve("r1/messages.csv")).stream()
        .filter(r -> r.get("counted_as").equals("client_in") && twoWay.contains(r.get("client"))
            && !r.get("sentences").isEmpty())
        .findFirst().orElseThrow();
    String copy = Files.readString(mail.resolve(theirs.get("location")))
        .replaceFirst("(?im)^Message-ID:.*$", "Message-ID: <brand-new-2@acme.no>")
        .replaceFirst("(?im)^Subject: ", "Subject: Once more: "); // not a copy of the original
    Files.writeString(mail.resolve("new").resolve("1790000001.M9P9.host"), copy);

    ScanSummary incremental = scan(mail, "r2", Optional.of(state));

    assertEquals(1, incremental.read());
    assertEquals(0, incremental.readAgain(), "we wrote to " + theirs.get("client") + " before, as the store knows");
    scan(mail, "fresh", Optional.empty());
    assertSameReports("r2", "fresh");
  }

  private static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  /**
   * A store kept by a version that counted tone without closings of thanks (format 2) is read again in
   * full by the next nightly scan, which then writes the report of a fresh scan; the night after reads
   * nothing new.
   */
  @Test
  void aStoreOfThePreviousFormatIsReadAgainOnceAndThenKeptIncremental() throws IOException, SQLException {
    ScanSummary first = scan(mail, "r1", Optional.of(state));
    try (var db = DriverManager.getConnection("jdbc:sqlite:" + state.resolve(Store.FILE_NAME));
        Statement s = db.createStatement()) {
      s.execute("UPDATE meta SET value = 'clientlens-facts-2;language' WHERE key = 'format'");
    }

    ScanSummary upgraded = scan(mail, "r2", Optional.of(state));
    ScanSummary nextNight = scan(mail, "r3", Optional.of(state));

    assertEquals(first.read(), upgraded.read(), "everything is read again");
    assertEquals(0, nextNight.read());
    scan(mail, "fresh", Optional.empty());
    assertSameReports("r2", "fresh");
    assertSameReports("r3", "fresh");
  }

  @Test
  void aFlagChangeRenamesTheFileButNothingIsReadAgain() throws IOException {
    scan(mail, "r1", Optional.of(state));
    Path seen;
    try (Stream<Path> files = Files.list(mail.resolve("cur"))) {
      seen = files.filter(p -> p.toString().endsWith(":2,S")).sorted().findFirst().orElseThrow();
    }
    Files.move(seen, seen.resolveSibling(seen.getFileName().toString() + "R"));
    assertEquals(0, scan(mail, "r2", Optional.of(state)).read());
    scan(mail, "fresh", Optional.empty());
    assertSameReports("r2", "fresh");
  }

  @Test
  void aScanKilledHalfWayAndRunAgainCountsNothingTwice() throws IOException {
    Progress dies = (read, expected, nanos) -> {
      if (read >= 300) {
        throw new IllegalStateException("killed");
      }
    };
    assertThrows(IllegalStateException.class,
        () -> new Pipeline(settings(mail, dir.resolve("r1"), Optional.of(state)), Classifier.bundled(), dies, n -> {}).run());
    ScanSummary resumed = scan(mail, "r2", Optional.of(state));
    assertTrue(resumed.read() > 0 && resumed.read() < resumed.total(), "resumed where it stopped: " + resumed.read());
    scan(mail, "fresh", Optional.empty());
    assertSameReports("r2", "fresh");
  }

  @Test
  void anUnchangedMboxIsNotReadAgain() throws IOException {
    Path mbox = dir.resolve("all.mbox");
    new MailboxGenerator(GeneratorSettings.synthetic(31, 12, 900)).writeMbox(mbox);
    ScanSummary first = scan(mbox, "r1", Optional.of(state));
    assertEquals(0, scan(mbox, "r2", Optional.of(state)).read());
    assertTrue(first.read() > 800);
    assertSameReports("r1", "r2");
  }

  @Test
  void progressKnowsTheSizeOfAMaildir() throws IOException {
    long[] seen = new long[1];
    Progress watch = (read, expected, nanos) -> seen[0] = expected.orElse(-1);
    new Pipeline(settings(mail, dir.resolve("r"), Optional.empty()), Classifier.bundled(), watch, n -> {}).run();
    try (Stream<Path> files = Files.walk(mail)) {
      long messages = files.filter(p -> p.getParent().getFileName().toString().matches("cur|new")).count();
      assertEquals(messages, seen[0]);
    }
  }

  /**
   * A message the source itself refuses (over the size limit) is stored under its Maildir unique name like
   * any other: when its flags change and the file is renamed, skipped.csv still has one row for it.
   */
  @Test
  void aSkippedMessageWhoseFlagsChangeIsSkippedOnce() throws IOException {
    Path big = mail.resolve("cur").resolve("1790000001.M1P1.host:2,S");
    Files.writeString(big, "From: kari@acme.no\nSubject: huge\n\n" + "x".repeat(200_000) + "\n");
    ScanSettings s = settings(mail, dir.resolve("r1"), Optional.of(state));
    ScanSettings small = new ScanSettings(s.sources(), s.owner(), s.clientList(), s.since(), s.until(), s.out(),
        s.state(), false, s.workers(), new dev.clientlens.source.Limits(100_000), s.parser(), s.problems(),
        s.analyseLanguage(), false);
    ScanSummary first = new Pipeline(small, Classifier.bundled(), Progress.NONE, n -> {}).run();
    assertTrue(Files.readString(dir.resolve("r1").resolve("skipped.csv")).contains("\"cur/1790000001.M1P1.host:2,S\","));

    Files.move(big, big.resolveSibling("1790000001.M1P1.host:2,RS"));
    ScanSettings again = new ScanSettings(small.sources(), small.owner(), small.clientList(), small.since(),
        small.until(), dir.resolve("r2"), small.state(), false, small.workers(), small.limits(), small.parser(),
        small.problems(), small.analyseLanguage(), false);
    ScanSummary second = new Pipeline(again, Classifier.bundled(), Progress.NONE, n -> {}).run();

    assertEquals(0, second.read(), "nothing read again");
    assertEquals(first.skipped(), second.skipped());
    List<String> rows = Files.readAllLines(dir.resolve("r2").resolve("skipped.csv"));
    assertEquals(1, rows.stream().filter(r -> r.contains("1790000001.M1P1.host")).count(), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("\"cur/1790000001.M1P1.host:2,RS\",")), rows.toString());
  }
}
