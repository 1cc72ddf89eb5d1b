package dev.clientlens.store;

import dev.clientlens.aggregate.MessageFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded store (SQLite): per source, every message read so far with its facts (never its text),
 * or the reason it could not be read. A later scan passes over what is stored and the report is
 * computed from the store, so it covers the whole history while a scan reads only what is new. Each
 * batch is one transaction: a scan killed at any point loses at most the batch in flight, which the
 * next scan reads again.
 */
public final class Store implements AutoCloseable {
  /**
   * Bumped whenever the facts, their encoding or what they count change; a store of another format is
   * emptied, so its mail is read again rather than mixed with facts counted another way. 3: a closing of
   * thanks counts for tone (cues, politeness, sentences). 4: text that is not an address (kari@acme, an
   * address literal) is dropped with a note instead of becoming a correspondent; quoted local parts parse.
   */
  static final String FORMAT = "clientlens-facts-4";
  public static final String FILE_NAME = "clientlens.db";

  private final Connection db;
  private final String description;

  /**
   * @param profile what the facts hold beyond the format ("language" when analysed, "timing-only" when
   *     not): a store kept for one profile is emptied when opened for another
   */
  private Store(Connection db, String description, String profile) throws SQLException {
    this.db = db;
    this.description = description;
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=NORMAL");
      s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS messages (source TEXT NOT NULL, item TEXT NOT NULL, stamp TEXT NOT NULL,"
          + " location TEXT NOT NULL, folder TEXT NOT NULL, skipped TEXT, facts BLOB,"
          + " PRIMARY KEY (source, item))");
      s.execute("CREATE TABLE IF NOT EXISTS sources_done (source TEXT PRIMARY KEY, stamp TEXT NOT NULL)");
    }
    String format = meta("format").orElse("");
    String wanted = FORMAT + ";" + profile;
    if (!format.equals(wanted)) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("DELETE FROM messages");
        s.execute("DELETE FROM sources_done");
      }
      setMeta("format", wanted);
      db.commit();
      db.setAutoCommit(true);
    }
  }

  /** Opens (or creates) the store in {@code dir}; see the constructor for {@code profile}. */
  public static Store open(Path dir, String profile) throws IOException {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(FILE_NAME);
      return new Store(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()), file.toString(), profile);
    } catch (SQLException | IOException e) {
      throw new IOException(dir + ": could not open the store: " + e.getMessage(), e);
    }
  }

  /** A store that lives only as long as this run (for {@code --no-state}). */
  public static Store inMemory(String profile) {
    try {
      return new Store(DriverManager.getConnection("jdbc:sqlite::memory:"), "memory", profile);
    } catch (SQLException e) {
      throw new IllegalStateException("store: SQLite could not open an in-memory database", e);
    }
  }

  private Optional<String> meta(String key) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      q.setString(1, key);
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  private void setMeta(String key, String value) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
      q.setString(1, key);
      q.setString(2, value);
      q.executeUpdate();
    }
  }

  /** What is stored of one message: its facts, or why it could not be read. */
  public record Stored(String location, String folder, Optional<MessageFacts> facts, Optional<String> skipped) {
    public Stored {
      if (facts.isPresent() == skipped.isPresent()) {
        throw new IllegalArgumentException("stored message: exactly one of facts and skipped reason at " + location);
      }
    }
  }

  /** One message to write: its identity in the source, and what became of it. */
  public record Entry(String item, String stamp, Stored stored) {}

  /** The stamps and locations of everything stored for a source, to pass over known messages. */
  public Known known(String source) throws IOException {
    Map<String, String[]> items = new HashMap<>();
    try (PreparedStatement q = db.prepareStatement("SELECT item, stamp, location FROM messages WHERE source = ?")) {
      q.setString(1, source);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          items.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
        }
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return new Known(source, items);
  }

  /** Stored messages of one source; moved messages are recorded with their new location. */
  public final class Known implements dev.clientlens.source.KnownItems {
    private final String source;
    private final Map<String, String[]> items;
    private final Map<String, String> moved = new HashMap<>();

    private Known(String source, Map<String, String[]> items) {
      this.source = source;
      this.items = items;
    }

    @Override
    public boolean isKnown(String item, String stamp, String location) {
      String[] stored = items.get(item);
      if (stored == null || !stored[0].equals(stamp)) {
        return false;
      }
      if (!stored[1].equals(location)) {
        moved.put(item, location);
      }
      return true;
    }

    /** Writes the new locations of messages that moved (a Maildir flag change renames the file). */
    public void recordMoves() throws IOException {
      if (moved.isEmpty()) {
        return;
      }
      try {
        db.setAutoCommit(false);
        try (PreparedStatement u = db.prepareStatement(
            "UPDATE messages SET location = ? WHERE source = ? AND item = ?")) {
          for (Map.Entry<String, String> m : moved.entrySet()) {
            u.setString(1, m.getValue());
            u.setString(2, source);
            u.setString(3, m.getKey());
            u.addBatch();
          }
          u.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        moved.clear();
      } catch (SQLException e) {
        throw failure("write", e);
      }
    }
  }

  /** Writes one batch in one transaction. */
  public void put(String source, List<Entry> entries) throws IOException {
    try {
      db.setAutoCommit(false);
      try (PreparedStatement q = db.prepareStatement("INSERT OR REPLACE INTO messages"
          + " (source, item, stamp, location, folder, skipped, facts) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (Entry e : entries) {
          q.setString(1, source);
          q.setString(2, e.item());
          q.setString(3, e.stamp());
          q.setString(4, e.stored().location());
          q.setString(5, e.stored().folder());
          q.setString(6, e.stored().skipped().orElse(null));
          q.setBytes(7, e.stored().facts().map(FactsCodec::encode).orElse(null));
          q.addBatch();
        }
        q.executeBatch();
      }
      db.commit();
      db.setAutoCommit(true);
    } catch (SQLException e) {
      rollbackQuietly();
      throw failure("write", e);
    }
  }

  /** True when a source that is read whole was read to its end at this stamp. */
  public boolean isComplete(String source, String stamp) throws IOException {
    try (PreparedStatement q = db.prepareStatement("SELECT stamp FROM sources_done WHERE source = ?")) {
      q.setString(1, source);
      try (ResultSet r = q.executeQuery()) {
        return r.next() && r.getString(1).equals(stamp);
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  public void markComplete(String source, String stamp) throws IOException {
    try (PreparedStatement q = db.prepareStatement("INSERT OR REPLACE INTO sources_done (source, stamp) VALUES (?, ?)")) {
      q.setString(1, source);
      q.setString(2, stamp);
      q.executeUpdate();
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  /** Everything stored for a source, in no particular order. */
  public List<Stored> load(String source) throws IOException {
    List<Stored> all = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(
        "SELECT location, folder, skipped, facts FROM messages WHERE source = ?")) {
      q.setString(1, source);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          String skipped = r.getString(3);
          byte[] facts = r.getBytes(4);
          all.add(new Stored(r.getString(1), r.getString(2),
              facts == null ? Optional.empty() : Optional.of(FactsCodec.decode(facts)),
              Optional.ofNullable(skipped)));
        }
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return all;
  }

  private void rollbackQuietly() {
    try {
      db.rollback();
      db.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the original failure is what the user needs to see
    }
  }

  private IOException failure(String what, SQLException e) {
    return new IOException(description + ": could not " + what + " the store: " + e.getMessage(), e);
  }

  @Override
  public void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
