package dev.clientlens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.CueCounts;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.domain.CountedAs;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Language;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.domain.Verdict;
import dev.clientlens.facts.MessageFacts;
import dev.clientlens.parse.ParsedMessage.DateSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir Path dir;

  private static Mailbox box(String address, String name) {
    return new Mailbox(EmailAddress.parse(address).orElseThrow(), name);
  }

  /** The facts of everything stored for {@code source} with facts, in order of location, read in one go. */
  private static List<MessageFacts> all(Store store, String source) throws IOException {
    Store.Order order = store.order(source, String::compareTo);
    return store.facts(order, 0, order.size());
  }

  /** The locations of everything stored for {@code source}, read or skipped, sorted. */
  private static List<String> locations(Store store, String source) throws IOException {
    Store.Order order = store.order(source, String::compareTo);
    List<String> all = new java.util.ArrayList<>(all(store, source).stream().map(MessageFacts::location).toList());
    order.skipped().forEach(skipped -> all.add(skipped.location()));
    return all.stream().sorted().toList();
  }

  static MessageFacts facts(String location) {
    return new MessageFacts(location, ".Sent", FolderRole.SENT, "id-1@acme.no", Optional.of(box("kari@acme.no", "Kåri")),
        List.of(box("ingrid@fjordlys.no", "")), List.of(box("boss@acme.no", "Boss, The")), 3, "SV: Møte",
        Optional.of(OffsetDateTime.parse("2026-04-13T21:15:00+02:00")), DateSource.RECEIVED, "p@x", List.of("a@x", "p@x"),
        2, List.of("unknown charset x-foo"), "0123456789abcdef0123456789abcdef", List.of("sender news@"),
        Optional.of(new Verdict(CountedAs.AUTO_REPLY, "X-Autoreply header")),
        new TextAnalysis(Language.NORWEGIAN, "nb", 4, CueCounts.of(Map.of(Cue.CHECKIN, 2, Cue.URGENCY, 1)),
            OptionalDouble.of(-0.25), List.of(OffsetDateTime.parse("2026-04-17T17:00:00+02:00")), Analyser.Depth.TONE));
  }

  @Test
  void messagesLoadedTogetherShareTheirRecurringValues() throws IOException {
    try (Store store = Store.open(dir, "test")) {
      store.put("src", List.of(
          new Store.Entry("k1", "", new Store.Stored("cur/1", ".Sent", Optional.of(facts("cur/1")), Optional.empty())),
          new Store.Entry("k2", "", new Store.Stored("cur/2", ".Sent", Optional.of(facts("cur/2")), Optional.empty()))));
      List<MessageFacts> loaded = all(store, "src");
      MessageFacts a = loaded.get(0);
      MessageFacts b = loaded.get(1);
      assertEquals(facts(a.location()), a);
      assertEquals(facts(b.location()), b);
      // one instance each, however many messages repeat them
      assertSame(a.from().orElseThrow(), b.from().orElseThrow());
      assertSame(a.to().get(0), b.to().get(0));
      assertSame(a.folder(), b.folder());
      assertSame(a.inReplyTo(), b.references().get(1), "a reply's parent id is kept once");
      assertSame(a.subject(), b.subject());
    }
  }

  @Test
  void factsSurviveTheStoreExactly() throws IOException {
    MessageFacts original = facts("cur/1");
    MessageFacts noDate = new MessageFacts("cur/2", "INBOX", FolderRole.INBOX, "", Optional.empty(), List.of(), List.of(),
        0, "", Optional.empty(), DateSource.NONE, "", List.of(), 0, List.of(), "", List.of(), Optional.empty(),
        TextAnalysis.NONE);
    try (Store store = Store.open(dir, "test")) {
      store.put("src", List.of(
          new Store.Entry("k1", "", new Store.Stored("cur/1", ".Sent", Optional.of(original), Optional.empty())),
          new Store.Entry("k2", "", new Store.Stored("cur/2", "INBOX", Optional.of(noDate), Optional.empty())),
          new Store.Entry("k3", "9@1", new Store.Stored("cur/3", "INBOX", Optional.empty(), Optional.of("broken")))));
    }
    try (Store store = Store.open(dir, "test")) {
      Store.Order order = store.order("src", String::compareTo);
      List<MessageFacts> kept = store.facts(order, 0, order.size());
      assertEquals(3, kept.size() + order.skipped().size());
      assertEquals(List.of(original, noDate), kept);
      assertEquals("cur/3", order.skipped().get(0).location());
      assertEquals("broken", order.skipped().get(0).skipped().orElseThrow());
      assertTrue(all(store, "other").isEmpty());
    }
  }

  @Test
  void knownItemsMatchOnKeyAndStampAndFollowMoves() throws IOException {
    try (Store store = Store.open(dir, "test")) {
      store.put("src", List.of(new Store.Entry("a.eml", "10@5",
          new Store.Stored("a.eml", "", Optional.of(facts("a.eml")), Optional.empty()))));
      Store.Known known = store.known("src");
      assertTrue(known.isKnown("a.eml", "10@5", "a.eml"));
      assertFalse(known.isKnown("a.eml", "11@6", "a.eml"), "a changed file is read again");
      assertFalse(known.isKnown("b.eml", "10@5", "b.eml"));
      assertTrue(known.isKnown("a.eml", "10@5", "moved/a.eml"));
      known.recordMoves();
      assertEquals("moved/a.eml", all(store, "src").get(0).location());
    }
  }

  @Test
  void wholeSourcesAreCompleteOnlyAtTheirStamp() throws IOException {
    try (Store store = Store.open(dir, "test")) {
      assertFalse(store.isComplete("mbox", "100@1"));
      store.markComplete("mbox", "100@1");
      assertTrue(store.isComplete("mbox", "100@1"));
      assertFalse(store.isComplete("mbox", "120@2"));
    }
  }

  @Test
  void aStoreKeptForAnotherProfileIsEmptied() throws IOException {
    try (Store store = Store.open(dir, "timing-only")) {
      store.put("src", List.of(new Store.Entry("k", "", new Store.Stored("x", "", Optional.of(facts("x")),
          Optional.empty()))));
    }
    try (Store store = Store.open(dir, "language")) {
      assertTrue(all(store, "src").isEmpty());
    }
  }

  @Test
  void aStoreOfAnotherFormatIsEmptiedRatherThanMisread() throws IOException, SQLException {
    try (Store store = Store.open(dir, "test")) {
      store.put("src", List.of(new Store.Entry("k", "", new Store.Stored("x", "", Optional.of(facts("x")),
          Optional.empty()))));
    }
    try (var db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
        Statement s = db.createStatement()) {
      s.execute("UPDATE meta SET value = 'clientlens-facts-0;test' WHERE key = 'format'");
    }
    try (Store store = Store.open(dir, "test")) {
      assertTrue(all(store, "src").isEmpty());
    }
  }

  /** Format 2 counted tone without the closing of thanks; its facts would mix two ways of counting. */
  @Test
  void aStoreCountedBeforeClosingsOfThanksIsEmptied() throws IOException, SQLException {
    try (Store store = Store.open(dir, "language")) {
      store.put("src", List.of(new Store.Entry("k", "", new Store.Stored("x", "", Optional.of(facts("x")),
          Optional.empty()))));
      store.markComplete("mbox", "100@1");
    }
    try (var db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
        Statement s = db.createStatement()) {
      s.execute("UPDATE meta SET value = 'clientlens-facts-2;language' WHERE key = 'format'");
    }
    try (Store store = Store.open(dir, "language")) {
      assertTrue(all(store, "src").isEmpty());
      assertFalse(store.isComplete("mbox", "100@1"), "a whole source is read again too");
    }
  }

  /**
   * A store written before skipped Maildir messages were keyed by their unique name forgets those rows
   * once, so that the next scan stores them again under the right key instead of listing them twice.
   */
  @Test
  void skippedMaildirRowsOfAnOlderStoreAreForgottenOnce() throws IOException, SQLException {
    try (Store store = Store.open(dir, "test")) {
      store.put("src", List.of(
          new Store.Entry("cur/9.x:2,S", "", new Store.Stored("cur/9.x:2,S", "", Optional.empty(), Optional.of("big"))),
          new Store.Entry(".Sent/new/8.y", "", new Store.Stored(".Sent/new/8.y", "", Optional.empty(), Optional.of("big"))),
          new Store.Entry("INBOX/7.z", "", new Store.Stored("cur/7.z:2,S", "", Optional.empty(), Optional.of("big"))),
          new Store.Entry("imap:INBOX;UIDVALIDITY=1;UID=5", "",
              new Store.Stored("imap:INBOX;UIDVALIDITY=1;UID=5", "", Optional.empty(), Optional.of("big"))),
          new Store.Entry("INBOX/1", "", new Store.Stored("cur/1", "INBOX", Optional.of(facts("cur/1")), Optional.empty()))));
    }
    try (var db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
        Statement s = db.createStatement()) {
      s.execute("DELETE FROM meta WHERE key = 'skipped-keys'");
    }
    try (Store store = Store.open(dir, "test")) {
      assertEquals(List.of("cur/1", "cur/7.z:2,S", "imap:INBOX;UIDVALIDITY=1;UID=5"),
          locations(store, "src"));
      store.put("src", List.of(
          new Store.Entry("cur/6.w", "", new Store.Stored("cur/6.w", "", Optional.empty(), Optional.of("big")))));
    }
    try (Store store = Store.open(dir, "test")) {
      assertEquals(4, locations(store, "src").size(), "forgotten once, not at every opening");
    }
  }

  @Test
  void sqliteFailuresAreSaidInWords() {
    assertEquals("no space left on device", Store.reason(new org.sqlite.SQLiteException(
        "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)",
        org.sqlite.SQLiteErrorCode.SQLITE_FULL)));
    assertTrue(Store.reason(new org.sqlite.SQLiteException("[SQLITE_NOTADB] File opened that is not a database file",
        org.sqlite.SQLiteErrorCode.SQLITE_NOTADB)).contains("move it aside"));
    assertEquals("something odd (detail)", Store.reason(new org.sqlite.SQLiteException(
        "[SQLITE_MISMATCH] something odd (detail)", org.sqlite.SQLiteErrorCode.SQLITE_MISMATCH)));
  }

  @Test
  void theVersionChangesWithEveryRowWrittenByAnyProgramAndNotWithARowWrittenAsItWas() throws Exception {
    List<Store.Entry> entries = List.of(
        new Store.Entry("k1", "", new Store.Stored("cur/1", ".Sent", Optional.of(facts("cur/1")), Optional.empty())));
    String empty;
    String written;
    try (Store store = Store.open(dir, "test")) {
      empty = store.version();
      store.put("src", entries);
      written = store.version();
      assertNotEquals(empty, written);
      store.put("src", entries);
      assertEquals(written, store.version(), "the same row again changes nothing");
    }
    // another program, an older build say, writes a row straight into the file
    try (java.sql.Connection db = java.sql.DriverManager.getConnection(
        "jdbc:sqlite:" + dir.resolve(Store.FILE_NAME).toAbsolutePath());
        java.sql.Statement s = db.createStatement()) {
      s.executeUpdate("UPDATE messages SET location = 'cur/1:2,S' WHERE item = 'k1'");
    }
    try (Store store = Store.open(dir, "test")) {
      String moved = store.version();
      assertNotEquals(written, moved);
      store.order("src", String::compareTo);
      assertEquals(moved, store.version(), "reading changes nothing");
    }
  }

  /** Facts cut short or with a count larger than their bytes are damage, told as such, not a crash or a huge list. */
  @Test
  void damagedFactsAreRefusedWithTheStoresReason() throws IOException, SQLException {
    try (Store store = Store.open(dir, "test")) {
      store.put("src", List.of(new Store.Entry("k", "", new Store.Stored("x", "", Optional.of(facts("x")),
          Optional.empty()))));
      assertEquals(List.of(facts("x")), all(store, "src"));
    }
    for (String damage : List.of("substr(facts, 1, 60)", "X'00000001' || X'7fffffff'")) {
      try (var db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
          Statement s = db.createStatement()) {
        s.execute("UPDATE messages SET facts = " + damage);
      }
      try (Store store = Store.open(dir, "test")) {
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> all(store, "src"));
        assertTrue(e.getMessage().contains(Store.DAMAGED), damage + ": " + e.getMessage());
      }
    }
  }
}
