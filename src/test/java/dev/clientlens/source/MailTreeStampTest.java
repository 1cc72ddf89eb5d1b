package dev.clientlens.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mail tree's stamp follows every change that can add, move or change a message, so that a scan of an
 * unchanged tree need not list its message files; what it cannot follow gives no stamp, and the tree is
 * read as before.
 */
class MailTreeStampTest {
  private static final Instant HOUR_AGO = Instant.now().minusSeconds(3600);

  @TempDir Path dir;
  Path tree;

  private static final String MESSAGE = "From: kari@acme.no\nTo: ingrid@fjordlys.no\nSubject: Plan\n"
      + "Date: Mon, 13 Apr 2026 09:00:00 +0200\n\nWhere is the plan?\n";

  @BeforeEach
  void mailTree() throws IOException {
    tree = dir.resolve("tree");
    for (String folder : new String[] {"", ".Sent/"}) {
      Files.createDirectories(tree.resolve(folder + "cur"));
      Files.createDirectories(tree.resolve(folder + "new"));
      Files.createDirectories(tree.resolve(folder + "tmp"));
      Files.writeString(tree.resolve(folder + "cur/1700000001.M1P1.host:2,S"), MESSAGE);
    }
    Files.createDirectories(tree.resolve("export"));
    Files.writeString(tree.resolve("export/Inbox"), "From kari@acme.no Mon Apr 13 09:00:00 2026\n" + MESSAGE);
    settle(HOUR_AGO);
  }

  /** Sets every folder's and file's time to {@code at}, as if the tree had been left alone since. */
  private void settle(Instant at) throws IOException {
    try (Stream<Path> all = Files.walk(tree)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        // not a FIFO: setting its time opens it, which waits for a writer
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.setLastModifiedTime(p, FileTime.from(at));
        }
      }
    }
  }

  private Optional<String> stamp() throws IOException {
    try (MessageSource source = Sources.open(tree, Limits.DEFAULT)) {
      return source.wholeStamp();
    }
  }

  @Test
  void anUnchangedTreeKeepsItsStamp() throws IOException {
    Optional<String> stamp = stamp();
    assertTrue(stamp.isPresent());
    assertEquals(stamp, stamp());
  }

  @Test
  void aDeliveryAFlagChangeOrAnAppendedMboxChangesIt() throws IOException {
    String before = stamp().orElseThrow();
    Files.writeString(tree.resolve(".Sent/new/1700000002.M2P1.host"), MESSAGE);
    settle(HOUR_AGO.plusSeconds(1));
    String delivered = stamp().orElseThrow();
    assertNotEquals(before, delivered);

    Files.move(tree.resolve("cur/1700000001.M1P1.host:2,S"), tree.resolve("cur/1700000001.M1P1.host:2,RS"));
    settle(HOUR_AGO.plusSeconds(2));
    String flagged = stamp().orElseThrow();
    assertNotEquals(delivered, flagged);

    // the same time as before, one more message: the size tells
    Files.writeString(tree.resolve("export/Inbox"), "\nFrom ola@acme.no Mon Apr 13 10:00:00 2026\n" + MESSAGE,
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    settle(HOUR_AGO.plusSeconds(2));
    assertNotEquals(flagged, stamp().orElseThrow());
  }

  @Test
  void aFolderChangedJustNowOrASymbolicLinkGivesNoStamp() throws IOException {
    Files.writeString(tree.resolve("new/1700000003.M3P1.host"), MESSAGE);
    assertEquals(Optional.empty(), stamp(), "new/ changed a moment ago: a change in the same tick would not show");

    settle(HOUR_AGO);
    assertTrue(stamp().isPresent());
    Files.createSymbolicLink(tree.resolve("export/linked"), tree.resolve("export/Inbox"));
    settle(HOUR_AGO);
    assertEquals(Optional.empty(), stamp(), "what a link names can change while the tree does not");
  }

  @Test
  void aRenameShowsEvenWhereTheFolderTimeIsPutBack() throws IOException {
    String before = stamp().orElseThrow();
    Files.move(tree.resolve("cur/1700000001.M1P1.host:2,S"), tree.resolve("cur/1700000001.M1P1.host:2,RS"));
    settle(HOUR_AGO);
    assertNotEquals(before, stamp().orElseThrow(), "the names in cur/ changed, though no time did");
  }

  @Test
  void anEntryTheWalkDoesNotReadGivesNoStamp() throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", tree.resolve("export/pipe").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    settle(HOUR_AGO);
    assertEquals(Optional.empty(), stamp(), "a special file is refused each time: the tree is walked again");
  }
}
