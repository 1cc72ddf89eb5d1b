package dev.clientlens.source;

import static dev.clientlens.source.TreeReading.message;
import static dev.clientlens.source.TreeReading.messages;
import static dev.clientlens.source.TreeReading.notRead;
import static dev.clientlens.source.TreeReading.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in local sources: the walk never leaves the source or goes round a loop, and each link
 * it does not follow comes out as a record with the reason.
 */
class MailTreeLinksTest {
  @TempDir Path dir;

  private static void assertReason(List<String> all, String location, String words) {
    String prefix = "NOT READ " + location + ": ";
    List<String> found = all.stream().filter(line -> line.startsWith(prefix)).toList();
    assertEquals(1, found.size(), location + " recorded once in " + all);
    assertTrue(found.get(0).contains(words), found.get(0));
  }

  @Test
  void anEmlTreeWithLinksToItselfAndItsParentEnds() throws IOException {
    Path e = dir.resolve("e");
    message(e.resolve("a.eml"), "a");
    message(e.resolve("sub/b.eml"), "b");
    Files.createSymbolicLink(e.resolve("self"), Path.of("."));
    Files.createSymbolicLink(e.resolve("sub/up"), Path.of(".."));

    List<String> all = readAll(e);

    assertEquals(List.of("a.eml", "sub/b.eml"), messages(all));
    assertEquals(2, notRead(all).size(), all.toString());
    assertReason(all, "self", "symbolic link loop");
    assertReason(all, "sub/up", "symbolic link loop");
  }

  @Test
  void aMaildirPlusPlusLinkToItselfIsNotASecondFolder() throws IOException {
    Path maildir = dir.resolve("Maildir");
    message(maildir.resolve("cur/1700000001.M1P1.host:2,S"), "one");
    message(maildir.resolve(".Sent/cur/1700000002.M2P1.host:2,S"), "two");
    Files.createDirectories(maildir.resolve("new"));
    Files.createSymbolicLink(maildir.resolve(".Loop"), Path.of("."));

    List<String> all = readAll(maildir);

    assertEquals(List.of(".Sent/cur/1700000002.M2P1.host:2,S", "cur/1700000001.M1P1.host:2,S"), messages(all));
    assertReason(all, ".Loop", "symbolic link loop");
  }

  @Test
  void brokenLinksAreRecorded() throws IOException {
    Path e = dir.resolve("e");
    message(e.resolve("a.eml"), "a");
    Files.createSymbolicLink(e.resolve("gone.eml"), Path.of("missing.eml"));
    Files.createSymbolicLink(e.resolve("Archive"), dir.resolve("no-such-folder"));

    List<String> all = readAll(e);

    assertEquals(List.of("a.eml"), messages(all));
    assertReason(all, "gone.eml", "broken symbolic link to missing.eml");
    assertReason(all, "Archive", "broken symbolic link");
  }

  @Test
  void aBrokenLinkInAMaildirIsRecorded() throws IOException {
    Path maildir = dir.resolve("Maildir");
    message(maildir.resolve("cur/1.a"), "a");
    Files.createSymbolicLink(maildir.resolve("cur/2.b"), Path.of("gone"));
    Files.createSymbolicLink(maildir.resolve(".Old"), dir.resolve("gone"));

    List<String> all = readAll(maildir);

    assertEquals(List.of("cur/1.a"), messages(all));
    assertReason(all, "cur/2.b", "broken symbolic link");
    assertReason(all, ".Old", "broken symbolic link");
  }

  @Test
  void aLinkToADeviceIsRecordedAndNotRead() throws IOException {
    Path e = dir.resolve("e");
    message(e.resolve("a.eml"), "a");
    Files.createSymbolicLink(e.resolve("null.eml"), Path.of("/dev/null"));
    Files.createSymbolicLink(e.resolve("zero"), Path.of("/dev/zero"));

    List<String> all = readAll(e);

    assertEquals(List.of("a.eml"), messages(all));
    assertReason(all, "null.eml", "a device or special file");
    assertReason(all, "zero", "a device or special file");
  }

  @Test
  void linksOutOfTheSourceAreNotFollowed() throws IOException {
    Path outside = dir.resolve("outside");
    message(outside.resolve("x.eml"), "x");
    message(outside.resolve("Maildir/cur/1.a"), "y");
    Path e = dir.resolve("e");
    message(e.resolve("a.eml"), "a");
    Files.createSymbolicLink(e.resolve("elsewhere"), outside);
    Files.createSymbolicLink(e.resolve("other.eml"), outside.resolve("x.eml"));
    Files.createSymbolicLink(e.resolve(".Other"), outside.resolve("Maildir"));

    List<String> all = readAll(e);

    assertEquals(List.of("a.eml"), messages(all));
    assertReason(all, "elsewhere", "outside the source");
    assertReason(all, "other.eml", "outside the source");
    assertReason(all, ".Other", "outside the source");
  }

  @Test
  void aLinkToAFolderInsideTheSourceIsReadOnceAtTheFoldersOwnPath() throws IOException {
    Path e = dir.resolve("e");
    message(e.resolve("real/a.eml"), "a");
    Files.createSymbolicLink(e.resolve("alias"), Path.of("real"));

    List<String> all = readAll(e);

    assertEquals(List.of("real/a.eml"), messages(all));
    assertReason(all, "alias", "the folder real inside the source");
  }

  @Test
  void aLinkToAMessageInsideTheSourceIsReadLikeACopy() throws IOException {
    Path e = dir.resolve("e");
    message(e.resolve("a.eml"), "a");
    Files.createDirectories(e.resolve("Sent"));
    Files.createSymbolicLink(e.resolve("Sent/a.eml"), Path.of("../a.eml"));

    assertEquals(List.of("Sent/a.eml", "a.eml"), readAll(e));
  }

  @Test
  void aSourceNamedThroughALinkIsRead() throws IOException {
    Path maildir = dir.resolve("real-maildir");
    message(maildir.resolve("cur/1.a"), "a");
    Path link = Files.createSymbolicLink(dir.resolve("Maildir"), maildir);

    assertEquals(List.of("cur/1.a"), readAll(link));
  }

  @Test
  void aFifoIsRecordedAndNotOpened() throws IOException, InterruptedException {
    Path e = dir.resolve("e");
    message(e.resolve("a.eml"), "a");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", e.resolve("pipe.eml").toString()).start();
    } catch (IOException noMkfifo) {
      org.junit.jupiter.api.Assumptions.abort("mkfifo is not available: " + noMkfifo.getMessage());
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");

    List<String> all = readAll(e);

    assertEquals(List.of("a.eml"), messages(all));
    assertReason(all, "pipe.eml", "not a regular file");
  }
}
