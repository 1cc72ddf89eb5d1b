package dev.clientlens.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MboxSourceTest {
  @TempDir Path dir;

  private List<String> read(String mbox, Limits limits) throws IOException {
    Path file = Files.writeString(dir.resolve("mail.mbox"), mbox, StandardCharsets.UTF_8);
    List<String> bodies = new ArrayList<>();
    try (MessageSource source = Sources.open(file, limits)) {
      while (true) {
        Optional<RawMessage> m;
        try {
          m = source.next();
        } catch (UnreadableMessageException e) {
          bodies.add("UNREADABLE " + e.location());
          continue;
        }
        if (m.isEmpty()) {
          break;
        }
        bodies.add(new String(m.get().bytes(), StandardCharsets.UTF_8));
      }
    }
    return bodies;
  }

  @Test
  void splitsOnFromLinesAfterBlankLinesAndUnescapesOneLevel() throws IOException {
    String mbox = "From a@b.no Tue Apr 14 07:12:33 2026\n"
        + "From: a@b.no\nSubject: one\n\n"
        + ">From the start, we agreed.\n"
        + ">>From here it stays quoted once.\n"
        + "From inside a paragraph is not a separator\n"
        + "\n"
        + "From c@d.no Wed Apr 15 08:00:00 2026\n"
        + "From: c@d.no\nSubject: two\n\nsecond\n";
    List<String> bodies = read(mbox, Limits.DEFAULT);
    assertEquals(2, bodies.size());
    assertEquals("From: a@b.no\nSubject: one\n\n"
        + "From the start, we agreed.\n"
        + ">From here it stays quoted once.\n"
        + "From inside a paragraph is not a separator\n", bodies.get(0));
    assertEquals("From: c@d.no\nSubject: two\n\nsecond\n", bodies.get(1));
  }

  @Test
  void separatorTimeIsTheDeliveryTimeInUtc() throws IOException {
    Path file = Files.writeString(dir.resolve("m.mbox"), "From x@y.no Tue Apr 14 07:12:33 2026\nFrom: x@y.no\n\nhi\n");
    try (MessageSource source = Sources.open(file, Limits.DEFAULT)) {
      assertEquals(Instant.parse("2026-04-14T07:12:33Z"), source.next().orElseThrow().deliveredAt().orElseThrow());
    }
  }

  @Test
  void crlfMailboxesSplitToo() throws IOException {
    String mbox = "From a@b.no Tue Apr 14 07:12:33 2026\r\nFrom: a@b.no\r\n\r\none\r\n\r\n"
        + "From c@d.no Tue Apr 14 07:12:33 2026\r\nFrom: c@d.no\r\n\r\ntwo\r\n";
    List<String> bodies = read(mbox, Limits.DEFAULT);
    assertEquals(List.of("From: a@b.no\r\n\r\none\r\n", "From: c@d.no\r\n\r\ntwo\r\n"), bodies);
  }

  @Test
  void anOversizedMessageIsUnreadableAndTheNextOneIsRead() throws IOException {
    String big = "x".repeat(3000);
    String mbox = "From a@b.no Tue Apr 14 07:12:33 2026\nFrom: a@b.no\n\n" + big + "\n\n"
        + "From c@d.no Tue Apr 14 07:12:33 2026\nFrom: c@d.no\n\nsmall\n";
    List<String> bodies = read(mbox, new Limits(2048));
    assertEquals("UNREADABLE mail.mbox#1", bodies.get(0));
    assertEquals("From: c@d.no\n\nsmall\n", bodies.get(1));
  }

  /** An mbox emptied after it was chosen is read as one with no messages; as a source it is refused. */
  @Test
  void anEmptyFileHasNoMessages() throws IOException {
    Path file = Files.createFile(dir.resolve("Trash"));
    try (MessageSource source = new MboxSource(file, Limits.DEFAULT)) {
      assertTrue(source.next().isEmpty());
    }
  }
}
