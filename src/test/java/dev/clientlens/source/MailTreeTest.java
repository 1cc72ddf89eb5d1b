package dev.clientlens.source;

import static dev.clientlens.source.TreeReading.mbox;
import static dev.clientlens.source.TreeReading.message;
import static dev.clientlens.source.TreeReading.read;
import static dev.clientlens.source.TreeReading.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source directory is read whole: Maildirs at any depth, mbox files and message files, mixed. */
class MailTreeTest {
  @TempDir Path dir;

  private static List<String> described(Path path) throws IOException {
    try (MessageSource source = Sources.open(path, Limits.DEFAULT)) {
      return read(source, m -> m.location() + " | " + m.folder() + " | " + m.role() + " | " + m.itemKey());
    }
  }

  @Test
  void maildirsAsPlainSubfoldersAtAnyDepthAreReadWithTheirRoles() throws IOException {
    Path tree = dir.resolve("people");
    message(tree.resolve("alice/cur/1700000001.M1P1.host:2,S"), "1");
    message(tree.resolve("alice/new/1700000002.M2P1.host"), "2");
    message(tree.resolve("bob/new/3.inbox"), "3");
    message(tree.resolve("team/carol/cur/4.inbox:2,S"), "4");
    message(tree.resolve("team/carol/.Sent/cur/5.sent:2,S"), "5");
    message(tree.resolve("team/carol/Sent Items/cur/6.sent:2,S"), "6");
    message(tree.resolve("team/dave/sent/cur/7.sent:2,S"), "7");
    Files.createDirectories(tree.resolve("team/dave/tmp"));
    Files.writeString(tree.resolve("team/carol/dovecot-uidlist"), "3 V1 N2\n");

    assertEquals(List.of(
        "alice/cur/1700000001.M1P1.host:2,S | alice | OTHER | alice/1700000001.M1P1.host",
        "alice/new/1700000002.M2P1.host | alice | OTHER | alice/1700000002.M2P1.host",
        "bob/new/3.inbox | bob | OTHER | bob/3.inbox",
        "team/carol/.Sent/cur/5.sent:2,S | team/carol/.Sent | SENT | team/carol/.Sent/5.sent",
        "team/carol/Sent Items/cur/6.sent:2,S | team/carol/Sent Items | SENT | team/carol/Sent Items/6.sent",
        "team/carol/cur/4.inbox:2,S | team/carol | OTHER | team/carol/4.inbox",
        "team/dave/sent/cur/7.sent:2,S | team/dave/sent | SENT | team/dave/sent/7.sent"), described(tree));
  }

  @Test
  void aRootMaildirKeepsItsInboxAndMaildirPlusPlusNames() throws IOException {
    Path maildir = dir.resolve("Maildir");
    message(maildir.resolve("cur/1.a:2,S"), "1");
    message(maildir.resolve(".Sent/cur/2.b:2,S"), "2");
    message(maildir.resolve("Projects/Acme/cur/3.c:2,S"), "3");

    assertEquals(List.of(
        ".Sent/cur/2.b:2,S | .Sent | SENT | .Sent/2.b",
        "Projects/Acme/cur/3.c:2,S | Projects/Acme | OTHER | Projects/Acme/3.c",
        "cur/1.a:2,S | INBOX | INBOX | INBOX/1.a"), described(maildir));
  }

  @Test
  void aMixedTreeReadsMaildirsMboxFilesAndMessageFiles() throws IOException {
    Path tree = dir.resolve("mixed");
    message(tree.resolve("imap-copy/cur/1.a:2,S"), "maildir");
    mbox(tree.resolve("thunderbird/Inbox"), "in 1", "in 2");
    mbox(tree.resolve("thunderbird/Sent"), "out");
    Files.writeString(tree.resolve("thunderbird/Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
    message(tree.resolve("export/Sent/x.eml"), "eml sent");
    message(tree.resolve("export/y.eml"), "eml");
    Files.writeString(tree.resolve("export/README.txt"), "exported by hand\n");

    List<String> all = described(tree);

    assertEquals(List.of(
        "export/Sent/x.eml | export/Sent | SENT | export/Sent/x.eml",
        "export/y.eml | export | OTHER | export/y.eml",
        "imap-copy/cur/1.a:2,S | imap-copy | OTHER | imap-copy/1.a",
        // a Sent folder or mbox comes before its siblings
        "thunderbird/Sent#1 | thunderbird/Sent | SENT | thunderbird/Sent#1",
        "thunderbird/Inbox#1 | thunderbird/Inbox | OTHER | thunderbird/Inbox#1",
        "thunderbird/Inbox#2 | thunderbird/Inbox | OTHER | thunderbird/Inbox#2"), all);
  }

  @Test
  void locationsAndKeysAreUniqueAndTheSameOnEveryScan() throws IOException {
    Path tree = dir.resolve("mixed");
    message(tree.resolve("a/cur/1.x:2,S"), "1");
    message(tree.resolve("a/.Sent/cur/1.x:2,S"), "2");
    message(tree.resolve("b/cur/1.x:2,S"), "3");
    mbox(tree.resolve("b/Archive"), "4", "5");

    List<String> first = described(tree);
    Set<String> locations = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (String line : first) {
      String[] parts = line.split(" \\| ");
      assertTrue(locations.add(parts[0]), "location " + parts[0] + " twice in " + first);
      assertTrue(keys.add(parts[3]), "key " + parts[3] + " twice in " + first);
    }
    assertEquals(5, first.size());
    assertEquals(first, described(tree));
  }

  @Test
  void progressKnowsHowManyMessagesATreeWithoutMboxFilesHolds() throws IOException {
    Path tree = dir.resolve("t");
    message(tree.resolve("a/cur/1.x"), "1");
    message(tree.resolve("a/new/2.x"), "2");
    message(tree.resolve("b/c.eml"), "3");
    Files.writeString(tree.resolve("b/notes.txt"), "not mail\n");
    try (MessageSource source = Sources.open(tree, Limits.DEFAULT)) {
      assertEquals(3, source.estimatedCount().orElseThrow());
      assertEquals(3, TreeReading.readAll(source).size());
    }
  }

  @Test
  void anEmptyFolderIsNoMailFound() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    SourceUnavailableException e =
        assertThrows(SourceUnavailableException.class, () -> Sources.open(empty, Limits.DEFAULT));
    assertEquals(empty + ": could not open source: no mail found (an empty folder)", e.getMessage());
  }

  @Test
  void aFolderOfFilesThatAreNotMailIsNoMailFound() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs/more"));
    Files.writeString(docs.resolve("a.txt"), "hello\n");
    Files.writeString(docs.getParent().resolve("b.csv"), "a,b\n1,2\n");
    Files.createSymbolicLink(docs.resolve("gone"), Path.of("nowhere"));
    SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
        () -> Sources.open(docs.getParent(), Limits.DEFAULT));
    assertEquals(docs.getParent() + ": could not open source: no mail found (no Maildir, mbox or message file "
        + "among 2 files in 2 folders; 1 link or special file not read)", e.getMessage());
  }

  @Test
  void anEmptyMaildirIsAMailboxWithNoMessagesYet() throws IOException {
    Path maildir = dir.resolve("Maildir");
    Files.createDirectories(maildir.resolve("cur"));
    Files.createDirectories(maildir.resolve("new"));
    assertEquals(List.of(), readAll(maildir));
  }

  @Test
  void aFolderThatCannotBeListedIsRecordedAndTheRestIsRead() throws IOException {
    Path tree = dir.resolve("t");
    message(tree.resolve("a/x.eml"), "a");
    Path locked = Files.createDirectories(tree.resolve("locked"));
    message(locked.resolve("y.eml"), "b");
    Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "the file system lets us read it anyway");
      assertEquals(List.of("a/x.eml", "NOT READ locked: could not list the folder: permission denied"),
          readAll(tree));
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }
}
