package dev.clientlens.source;

import static dev.clientlens.source.TreeReading.mbox;
import static dev.clientlens.source.TreeReading.message;
import static dev.clientlens.source.TreeReading.read;
import static dev.clientlens.source.TreeReading.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.domain.FolderRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local file is an mbox or a message by what it holds, whatever its name. */
class SourceKindsTest {
  @TempDir Path dir;

  private static List<String> withFolderAndRole(Path path) throws IOException {
    try (MessageSource source = Sources.open(path, Limits.DEFAULT)) {
      return read(source, m -> m.location() + " " + m.folder() + " " + m.role());
    }
  }

  @Test
  void anMboxWithoutAnExtensionIsReadAsAnMbox() throws IOException {
    Path inbox = mbox(dir.resolve("Inbox"), "one", "two", "three");
    assertEquals(List.of("Inbox#1 Inbox INBOX", "Inbox#2 Inbox INBOX", "Inbox#3 Inbox INBOX"),
        withFolderAndRole(inbox));
  }

  @Test
  void thunderbirdsSentMboxIsTheSentFolder() throws IOException {
    Path sent = mbox(dir.resolve("Sent"), "one");
    assertEquals(List.of("Sent#1 Sent SENT"), withFolderAndRole(sent));
  }

  @Test
  void appleMailsExportNamesItsFolderByTheParent() throws IOException {
    Path sent = mbox(dir.resolve("Sent Messages.mbox/mbox"), "one");
    assertEquals(List.of("mbox#1 mbox SENT"), withFolderAndRole(sent));
  }

  @Test
  void aMessageIsReadAsOneWhateverItsName() throws IOException {
    Path txt = message(dir.resolve("saved.txt"), "hello");
    assertEquals(List.of("saved.txt"), readAll(txt));
  }

  @Test
  void anEmlFileWithAnMboxSeparatorIsOneMessageWithoutTheSeparator() throws IOException {
    Path eml = mbox(dir.resolve("saved.eml"), "only");
    try (MessageSource source = Sources.open(eml, Limits.DEFAULT)) {
      RawMessage m = source.next().orElseThrow();
      assertEquals("From: a@b.no\nSubject: only\n\nhi\n", new String(m.bytes(), StandardCharsets.UTF_8));
      assertTrue(source.next().isEmpty());
    }
  }

  @Test
  void anEmptyFileIsNoMail() throws IOException {
    Path empty = Files.createFile(dir.resolve("Inbox"));
    SourceUnavailableException e =
        assertThrows(SourceUnavailableException.class, () -> Sources.open(empty, Limits.DEFAULT));
    assertEquals(empty + ": could not open source: no mail found (an empty file)", e.getMessage());
  }

  @Test
  void aFileOfNotesIsNoMail() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes"), "name: value\nshopping: milk\n");
    SourceUnavailableException e =
        assertThrows(SourceUnavailableException.class, () -> Sources.open(notes, Limits.DEFAULT));
    assertTrue(e.getMessage().startsWith(notes + ": could not open source: no mail found ("), e.getMessage());
  }

  @Test
  void inATreeFilesAreJudgedByContent() throws IOException {
    Path tree = dir.resolve("tree");
    mbox(tree.resolve("Inbox"), "one", "two");
    Files.writeString(tree.resolve("Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n< <(a=c)> >\n");
    message(tree.resolve("saved/message.txt"), "three");
    Files.writeString(tree.resolve("saved/letter.txt"), "From the start, we agreed on a price.\nRegards\n");
    Files.writeString(tree.resolve("saved/config.yml"), "name: value\nlist: 1\n");
    Files.write(tree.resolve("saved/photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2});
    Files.createFile(tree.resolve("Trash"));

    assertEquals(List.of("Inbox#1", "Inbox#2", "saved/message.txt"), readAll(tree));
  }

  @Test
  void aDamagedFileNamedAsAMessageIsStillReadSoTheParserCanRecordIt() throws IOException {
    Path tree = dir.resolve("tree");
    message(tree.resolve("a.eml"), "a");
    Files.write(tree.resolve("outlook.msg"), new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0});
    assertEquals(List.of("a.eml", "outlook.msg"), readAll(tree));
  }

  @Test
  void aFileNamedAsAnMboxThatIsNotOneIsRecorded() throws IOException {
    Path tree = dir.resolve("tree");
    message(tree.resolve("a.eml"), "a");
    Files.writeString(tree.resolve("broken.mbox"), "garbage\n");
    assertEquals(List.of("a.eml", "NOT READ broken.mbox: not an mbox file: the first line does not start with \"From \""),
        readAll(tree));
  }

  @Test
  void theHeaderIsJudgedEvenWhenItIsLongerThanTheFirstBytesRead() {
    byte[] head = ("Received: from a by b\n" + "X-Long: " + "x".repeat(MailFormat.HEAD_BYTES)).getBytes();
    byte[] cut = java.util.Arrays.copyOf(head, MailFormat.HEAD_BYTES);
    assertEquals(MailFormat.MESSAGE, MailFormat.of(cut, false));
    assertEquals(MailFormat.NOT_MAIL, MailFormat.of("Received: from a by b\nnot a header\n\n".getBytes(), true));
    assertEquals(MailFormat.NOT_MAIL, MailFormat.of("From me to you\nwith love\n".getBytes(), true));
    assertEquals(MailFormat.MBOX, MailFormat.of("\nFrom x Tue Apr 14 07:12:33 2026\nDate: x\n".getBytes(), true));
  }
}
