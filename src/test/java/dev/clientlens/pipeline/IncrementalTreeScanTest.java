package dev.clientlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.classify.Classifier;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.MailboxGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans with a store of mail trees (Maildirs as plain subfolders, mbox files without an extension, .eml
 * files side by side): later scans read only what is new and write the report of a fresh scan.
 */
class IncrementalTreeScanTest {
  @TempDir Path dir;
  Path tree;
  Path state;

  @BeforeEach
  void mailTree() throws IOException {
    tree = dir.resolve("tree");
    new MailboxGenerator(GeneratorSettings.synthetic(7, 6, 200)).writeMaildir(tree.resolve("people/alice"));
    new MailboxGenerator(GeneratorSettings.synthetic(8, 6, 200)).writeMbox(tree.resolve("thunderbird/Inbox"));
    Files.createDirectories(tree.resolve("export"));
    Files.writeString(tree.resolve("export/one.eml"), """
        From: Kari <kari@acme.no>
        To: ingrid@fjordlys.no
        Subject: Plan
        Date: Mon, 13 Apr 2026 09:00:00 +0200
        Message-ID: <k1@acme.no>

        Where is the plan?
        """);
    state = dir.resolve("state");
  }

  private ScanSettings settings(Path source, Path out, Optional<Path> store) {
    return ScanSettings.of(List.of(source), out).withState(store);
  }

  private ScanSummary scan(Path source, String out, Optional<Path> store) throws IOException {
    return new Pipeline(settings(source, dir.resolve(out), store), Classifier.bundled(), Progress.NONE, n -> {}).run();
  }

  private void assertSameReports(String a, String b) throws IOException {
    for (String file : List.of("clients.csv", "messages.csv", "skipped.csv")) {
      assertEquals(Files.readString(dir.resolve(a).resolve(file)), Files.readString(dir.resolve(b).resolve(file)),
          file + " of " + a + " and " + b);
    }
  }

  private static long separators(Path mbox) throws IOException {
    try (Stream<String> lines = Files.lines(mbox, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      return lines.filter(line -> line.startsWith("From ")).count();
    }
  }

  @Test
  void aSecondScanOfAMixedTreeReadsNothingAndWritesTheSameReport() throws IOException {
    ScanSummary first = scan(tree, "r1", Optional.of(state));
    long mbox = separators(tree.resolve("thunderbird/Inbox"));
    assertTrue(mbox > 100, "the mbox holds many messages: " + mbox);
    assertTrue(first.read() > mbox + 100, "maildir, mbox and .eml are all read: " + first.read());
    ScanSummary second = scan(tree, "r2", Optional.of(state));
    assertEquals(0, second.read());
    assertEquals(first.total(), second.total());
    assertSameReports("r1", "r2");
  }

  @Test
  void newMailInANestedMaildirAndANewEmlFileAreReadAlone() throws IOException {
    scan(tree, "r1", Optional.of(state));
    Path someMessage;
    try (Stream<Path> files = Files.list(tree.resolve("people/alice/cur"))) {
      someMessage = files.sorted().findFirst().orElseThrow();
    }
    String copy = Files.readString(someMessage).replaceFirst("(?im)^Message-ID:.*$", "Message-ID: <brand-new@acme.no>");
    Files.writeString(tree.resolve("people/alice/new/1790000000.M9P9.host"), copy);
    Files.writeString(tree.resolve("export/two.eml"), copy.replace("brand-new@", "second-new@"));

    ScanSummary incremental = scan(tree, "r2", Optional.of(state));

    assertEquals(2, incremental.read());
    scan(tree, "fresh", Optional.empty());
    assertSameReports("r2", "fresh");
  }

  @Test
  void anMboxInATreeIsReadAgainOnlyWhenItChanged() throws IOException {
    scan(tree, "r1", Optional.of(state));
    Path inbox = tree.resolve("thunderbird/Inbox");
    Files.writeString(inbox, "\nFrom kari@acme.no Tue Apr 14 07:12:33 2026\nFrom: Kari <kari@acme.no>\n"
        + "To: ingrid@fjordlys.no\nSubject: More\nDate: Tue, 14 Apr 2026 09:12:33 +0200\n"
        + "Message-ID: <appended@acme.no>\n\nOne more thing.\n", StandardOpenOption.APPEND);

    ScanSummary changed = scan(tree, "r2", Optional.of(state));

    assertEquals(separators(inbox), changed.read(), "the changed mbox is read again, the rest is not");
    scan(tree, "fresh", Optional.empty());
    assertSameReports("r2", "fresh");
  }

  @Test
  void aScanKilledInsideAnMboxResumesWhereItStopped() throws IOException {
    Path mbox = dir.resolve("Archives");
    new MailboxGenerator(GeneratorSettings.synthetic(9, 6, 700)).writeMbox(mbox);
    Progress dies = (read, expected, nanos) -> {
      if (read >= 300) {
        throw new IllegalStateException("killed");
      }
    };
    assertThrows(IllegalStateException.class,
        () -> new Pipeline(settings(mbox, dir.resolve("r1"), Optional.of(state)), Classifier.bundled(), dies, n -> {})
            .run());

    ScanSummary resumed = scan(mbox, "r2", Optional.of(state));

    assertTrue(resumed.read() > 0 && resumed.read() < resumed.total(), "resumed where it stopped: " + resumed.read()
        + " of " + resumed.total());
    scan(mbox, "fresh", Optional.empty());
    assertSameReports("r2", "fresh");
  }
}
