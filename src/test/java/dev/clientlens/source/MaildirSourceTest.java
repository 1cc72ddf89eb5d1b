package dev.clientlens.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.domain.FolderRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaildirSourceTest {
  @TempDir Path dir;

  private void message(String folder, String sub, String name) throws IOException {
    Path d = folder.isEmpty() ? dir.resolve(sub) : dir.resolve(folder).resolve(sub);
    Files.createDirectories(d);
    Files.writeString(d.resolve(name), "From: a@b.no\nSubject: " + name + "\n\nhi\n", StandardCharsets.UTF_8);
  }

  private List<RawMessage> readAll(MessageSource source) throws IOException {
    List<RawMessage> all = new ArrayList<>();
    for (Optional<RawMessage> m = source.next(); m.isPresent(); m = source.next()) {
      all.add(m.get());
    }
    return all;
  }

  @Test
  void readsTheSentFolderFirstThenInTheOrderOfLocationsWithRoles() throws IOException {
    message("", "cur", "1700000002.M2P1.host:2,S");
    message("", "new", "1700000001.M1P1.host");
    message(".Sent", "cur", "1700000003.M3P1.host:2,S");
    message(".Archive", "cur", "1700000004.M4P1.host:2,S");
    Files.createDirectories(dir.resolve("tmp"));
    Files.writeString(dir.resolve("cur").resolve(".hidden"), "x");
    Files.writeString(dir.resolve("README.md"), "not mail");

    try (MessageSource source = Sources.open(dir, Limits.DEFAULT)) {
      List<RawMessage> all = readAll(source);
      assertEquals(4, all.size());
      // the Sent folder first, then the other subfolders (".Archive") before the Maildir's own cur/ and
      // new/, as the report lists them
      assertEquals(".Sent", all.get(0).folder());
      assertEquals(FolderRole.SENT, all.get(0).role());
      assertEquals(1700000003L, all.get(0).deliveredAt().orElseThrow().getEpochSecond());
      assertEquals(".Archive", all.get(1).folder());
      assertEquals(FolderRole.OTHER, all.get(1).role());
      assertEquals("cur/1700000002.M2P1.host:2,S", all.get(2).location());
      assertEquals("new/1700000001.M1P1.host", all.get(3).location());
      assertEquals(FolderRole.INBOX, all.get(2).role());
    }
  }

  @Test
  void aMessageOverTheLimitIsUnreadableAndTheNextIsStillRead() throws IOException {
    Path cur = Files.createDirectories(dir.resolve("cur"));
    Files.write(cur.resolve("1.big"), new byte[4096]);
    Files.writeString(cur.resolve("2.small"), "From: a@b.no\n\nhi\n");
    try (MessageSource source = Sources.open(dir, new Limits(2048))) {
      UnreadableMessageException e = assertThrows(UnreadableMessageException.class, source::next);
      assertEquals("cur/1.big", e.location());
      assertTrue(e.reason().contains("over the limit"), e.reason());
      assertEquals("cur/2.small", source.next().orElseThrow().location());
      assertTrue(source.next().isEmpty());
    }
  }

  /** A message file is read when it is parsed: one that grew over the limit since it was listed is refused then. */
  @Test
  void aFileThatGrewOverTheLimitAfterListingIsUnreadableWhenRead() throws IOException {
    Path cur = Files.createDirectories(dir.resolve("cur"));
    Path file = Files.writeString(cur.resolve("1.msg"), "From: a@b.no\n\nhi\n");
    try (MessageSource source = Sources.open(dir, new Limits(2048))) {
      RawMessage raw = source.next().orElseThrow();
      Files.write(file, new byte[4096]);
      UnreadableMessageException e = assertThrows(UnreadableMessageException.class, raw::openStream);
      assertEquals("cur/1.msg", e.location());
      assertTrue(e.reason().contains("grew over the limit"), e.reason());
    }
  }

  @Test
  void aMissingPathIsUnavailable() {
    SourceUnavailableException e =
        assertThrows(SourceUnavailableException.class, () -> Sources.open(dir.resolve("nope"), Limits.DEFAULT));
    assertTrue(e.getMessage().contains("no such file or directory"), e.getMessage());
  }

  @Test
  void aFileThatIsNeitherMboxNorEmlIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "hello\n");
    assertThrows(SourceUnavailableException.class, () -> Sources.open(file, Limits.DEFAULT));
  }

  @Test
  void emlTreeReadsNestedFilesInNameOrderAndKeepsTheFolderAsRole() throws IOException {
    Path tree = Files.createDirectories(dir.resolve("export"));
    Files.createDirectories(tree.resolve("Sent"));
    Files.writeString(tree.resolve("b.eml"), "From: a@b.no\n\nb\n");
    Files.writeString(tree.resolve("a.eml"), "From: a@b.no\n\na\n");
    Files.writeString(tree.resolve("Sent").resolve("c.eml"), "From: me@x.no\n\nc\n");
    Files.writeString(tree.resolve("notes.txt"), "ignored");
    try (MessageSource source = Sources.open(tree, Limits.DEFAULT)) {
      List<RawMessage> all = readAll(source);
      assertEquals(List.of("Sent/c.eml", "a.eml", "b.eml"), all.stream().map(RawMessage::location).toList());
      assertEquals(FolderRole.SENT, all.get(0).role());
      assertEquals(FolderRole.OTHER, all.get(1).role());
    }
  }
}
