package dev.clientlens.store;

import com.carrotsearch.hppc.LongLongHashMap;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.facts.MessageFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded store (SQLite): per source, every message read so far with its facts (never its text),
 * or the reason it could not be read. A later scan passes over what is stored and the report is
 * computed from the store, so it covers the whole history while a scan reads only what is new. Each
 * batch is one transaction: a scan killed at any point loses at most the batch in flight, which the
 * next scan reads again. Used from one thread, except that facts may be read on another while the
 * first visits what it read before ({@link #facts(Order, int[])} and {@link #close} exclude each other).
 */
public final class Store implements AutoCloseable {
  /**
   * Bumped whenever the facts, their encoding or what they count change; a store of another format is
   * emptied, so its mail is read again rather than mixed with facts counted another way. 3: a closing of
   * thanks counts for tone (cues, politeness, sentences). 4: text that is not an address (kari@acme, an
   * address literal) is dropped with a note instead of becoming a correspondent; quoted local parts parse. 5: the
   * folder role, date source and language are stored by label, not by position.
   */
  static final String FORMAT = "clientlens-facts-6";
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
      // The version changes with every row written or removed, by whichever program writes it.
      s.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('" + VERSION + "', '')");
      for (String change : List.of("INSERT", "UPDATE", "DELETE")) {
        s.execute("CREATE TRIGGER IF NOT EXISTS version_after_" + change.toLowerCase(java.util.Locale.ROOT)
            + " AFTER " + change + " ON messages BEGIN UPDATE meta SET value = lower(hex(randomblob(16)))"
            + " WHERE key = '" + VERSION + "'; END");
      }
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
    if (!meta(SKIPPED_KEYS).orElse("").equals("2")) {
      // Until skipped-keys 2, a Maildir message the source refused was stored under its file name, which
      // changes with its flags; now it is stored under its unique name like every other message. Forget
      // the old rows (a few refused messages) so that they are read once more, not listed twice.
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("DELETE FROM messages WHERE facts IS NULL AND item = location AND folder = ''"
            + " AND (location LIKE 'cur/%' OR location LIKE 'new/%' OR location LIKE '%/cur/%' OR location LIKE '%/new/%')");
      }
      setMeta(SKIPPED_KEYS, "2");
      db.commit();
      db.setAutoCommit(true);
    }
  }

  private static final String SKIPPED_KEYS = "skipped-keys";

  /**
   * Opens (or creates) the store in {@code dir}; see the constructor for {@code profile}.
   *
   * @throws StoreException naming the file and the reason in words; for a damaged store, what to do
   */
  public static Store open(Path dir, String profile) throws StoreException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException(dir + ": could not create the store's directory: " + StoreLock.reason(e), e);
    }
    Path file = dir.resolve(FILE_NAME);
    Connection db = null;
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      return new Store(db, file.toString(), profile);
    } catch (SQLException e) {
      closeQuietly(db);
      throw new StoreException(file + ": could not open the store: " + reason(e), e);
    }
  }

  private static void closeQuietly(Connection db) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException ignored) {
        // the failure to open is what the user needs to see
      }
    }
  }

  /** SQLite's complaint in words, with what to do when the store is damaged. */
  static String reason(SQLException e) {
    SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : SQLiteErrorCode.UNKNOWN_ERROR;
    String message = String.valueOf(e.getMessage());
    if (code == SQLiteErrorCode.SQLITE_FULL || message.contains("disk is full")) {
      return "no space left on device";
    }
    if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
        || message.contains("malformed") || message.contains("not a database")) {
      return DAMAGED;
    }
    if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_PERM
        || code == SQLiteErrorCode.SQLITE_AUTH) {
      return "permission denied (the file or its directory is read-only)";
    }
    if (code == SQLiteErrorCode.SQLITE_CANTOPEN) {
      return "the file cannot be opened (is its directory writable?)";
    }
    if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
      return "another program is using the store";
    }
    if (code == SQLiteErrorCode.SQLITE_IOERR || message.contains("disk I/O error")) {
      return "input/output error (a full disk, or a failing one)";
    }
    // "[SQLITE_xxx] Description (detail)": the description and detail are words already
    return message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
  }

  static final String DAMAGED = "the file is damaged or is not a clientlens store: move it aside (or delete it) "
      + "and scan again to rebuild it from the mail, or scan with --no-state";

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

  /**
   * A word that changes whenever what the store holds changes, and only then: the reports made from one
   * version are made again only when it changed (see {@code ReportStamp}). Triggers in the file give it
   * a new random value with every message row written or removed, whatever program writes it, so a store
   * emptied and filled again never repeats a version.
   */
  public String version() throws StoreException {
    try {
      return description + "#" + meta(VERSION).orElse("");
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  private static final String VERSION = "version";

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
  public Known known(String source) throws StoreException {
    Known known = new Known(source);
    try (PreparedStatement q = db.prepareStatement("SELECT item, stamp, location FROM messages WHERE source = ?")) {
      q.setString(1, source);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          known.add(r.getString(1), r.getString(2), r.getString(3));
        }
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return known;
  }

  /**
   * Stored messages of one source; moved messages are recorded with their new location. Each message is
   * remembered by keyed 64-bit hashes of its item key, stamp and location, about 40 bytes, not by the
   * strings: a message is taken as known when the hashes of its item key and its stamp match a stored
   * one's. A Maildir message's stamp is always empty, so there only the item key's 64 bits tell two
   * messages apart: in a store of a million, a new message is taken for a stored one with a chance of
   * about one in 10<sup>13</sup>. The keys are drawn anew for each scan, so mail cannot be made to collide
   * on purpose.
   */
  public final class Known implements dev.clientlens.source.KnownItems {
    private final String source;
    private final HashFunction hash;
    private final LongLongHashMap stamps = new LongLongHashMap();
    private final LongLongHashMap locations = new LongLongHashMap();
    private final Map<String, String> moved = new HashMap<>();

    private Known(String source) {
      this.source = source;
      SecureRandom random = new SecureRandom();
      this.hash = Hashing.sipHash24(random.nextLong(), random.nextLong());
    }

    private long of(String value) {
      return hash.hashString(value, StandardCharsets.UTF_8).asLong();
    }

    private void add(String item, String stamp, String location) {
      long key = of(item);
      stamps.put(key, of(stamp));
      locations.put(key, of(location));
    }

    @Override
    public boolean isKnown(String item, String stamp, String location) {
      long key = of(item);
      if (!stamps.containsKey(key) || stamps.get(key) != of(stamp)) {
        return false;
      }
      if (locations.get(key) != of(location)) {
        moved.put(item, location);
      }
      return true;
    }

    /**
     * Writes the new locations of messages that moved (a Maildir flag change renames the file), and lets go
     * of what was known: called once the source was read, when nothing more is asked.
     */
    public void recordMoves() throws StoreException {
      stamps.release();
      locations.release();
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
  public void put(String source, List<Entry> entries) throws StoreException {
    try {
      db.setAutoCommit(false);
      // an update in place, not a replace: a row keeps its rowid, so an order taken before stays valid
      try (PreparedStatement q = db.prepareStatement("INSERT INTO messages"
          + " (source, item, stamp, location, folder, skipped, facts) VALUES (?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (source, item) DO UPDATE SET stamp = excluded.stamp, location = excluded.location,"
          + " folder = excluded.folder, skipped = excluded.skipped, facts = excluded.facts"
          // a row written again as it was is left alone, and the store's version with it
          + " WHERE stamp IS NOT excluded.stamp OR location IS NOT excluded.location OR folder IS NOT excluded.folder"
          + " OR skipped IS NOT excluded.skipped OR facts IS NOT excluded.facts")) {
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

  /** Where {@link #clientsWrittenTo} is kept: one client key a line. */
  private static final String CLIENTS_WRITTEN_TO = "clients-written-to";

  /**
   * The clients our counted mail went to, as the last scan judged it: a hint for the next scan, which
   * reads a client's new mail for tone at once when we wrote to it before. Empty before a first scan.
   */
  public Set<ClientKey> clientsWrittenTo() throws StoreException {
    try {
      Set<ClientKey> clients = new TreeSet<>();
      for (String key : meta(CLIENTS_WRITTEN_TO).orElse("").split("\n")) {
        if (!key.isEmpty()) {
          clients.add(new ClientKey(key));
        }
      }
      return clients;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Keeps the clients our counted mail went to, for the next scan (see {@link #clientsWrittenTo}). */
  public void recordClientsWrittenTo(Set<ClientKey> clients) throws StoreException {
    StringBuilder keys = new StringBuilder();
    for (ClientKey client : new TreeSet<>(clients)) {
      keys.append(client.value()).append('\n');
    }
    try {
      setMeta(CLIENTS_WRITTEN_TO, keys.toString());
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  /** True when a source that is read whole was read to its end at this stamp. */
  public boolean isComplete(String source, String stamp) throws StoreException {
    try (PreparedStatement q = db.prepareStatement("SELECT stamp FROM sources_done WHERE source = ?")) {
      q.setString(1, source);
      try (ResultSet r = q.executeQuery()) {
        return r.next() && r.getString(1).equals(stamp);
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  public void markComplete(String source, String stamp) throws StoreException {
    try (PreparedStatement q = db.prepareStatement("INSERT OR REPLACE INTO sources_done (source, stamp) VALUES (?, ?)")) {
      q.setString(1, source);
      q.setString(2, stamp);
      q.executeUpdate();
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  /**
   * A source's stored messages in the order {@code byLocation} gives their locations: the rows with facts
   * (to read with {@link #facts}), and the messages that could not be read. Holds no facts, so it stays
   * small however many messages the source has.
   */
  public record Order(long[] rows, List<Stored> skipped) {
    public Order {
      rows = rows.clone();
      skipped = List.copyOf(skipped);
    }

    @Override
    public long[] rows() {
      return rows.clone();
    }

    public int size() {
      return rows.length;
    }

    long row(int index) {
      return rows[index];
    }
  }

  /** The order of a source's messages by {@code byLocation}; see {@link Order}. */
  public Order order(String source, Comparator<String> byLocation) throws StoreException {
    List<Long> rows = new ArrayList<>();
    List<String> locations = new ArrayList<>();
    List<Stored> skipped = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(
        "SELECT rowid, location, folder, skipped FROM messages WHERE source = ?")) {
      q.setString(1, source);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          String reason = r.getString(4);
          if (reason == null) {
            rows.add(r.getLong(1));
            locations.add(r.getString(2));
          } else {
            skipped.add(new Stored(r.getString(2), r.getString(3), Optional.empty(), Optional.of(reason)));
          }
        }
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
    Integer[] positions = new Integer[rows.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = i;
    }
    Arrays.sort(positions, Comparator.comparing(locations::get, byLocation));
    long[] ordered = new long[positions.length];
    for (int i = 0; i < positions.length; i++) {
      ordered[i] = rows.get(positions[i]);
    }
    skipped.sort(Comparator.comparing(Stored::location, byLocation));
    return new Order(ordered, skipped);
  }

  /** Rows fetched by one query when reading facts in order. */
  private static final int FETCH = 500;

  /**
   * The facts at positions {@code from} (inclusive) to {@code to} (exclusive) of {@code order}, in that
   * order, each with its current location. A caller that reads a long stretch of the order reads it in
   * stretches of a few hundred: only those are in memory at once.
   */
  public List<MessageFacts> facts(Order order, int from, int to) throws StoreException {
    return facts(order, java.util.stream.IntStream.range(from, to).toArray());
  }

  /** The facts at these positions of {@code order}, in the order given; see {@link #facts(Order, int, int)}. */
  public synchronized List<MessageFacts> facts(Order order, int[] positions) throws StoreException {
    List<MessageFacts> result = new ArrayList<>(positions.length);
    FactsCodec.Pool pool = new FactsCodec.Pool();
    for (int start = 0; start < positions.length; start += FETCH) {
      int end = Math.min(positions.length, start + FETCH);
      Map<Long, MessageFacts> byRow = new HashMap<>();
      StringBuilder sql = new StringBuilder("SELECT rowid, location, facts FROM messages WHERE rowid IN (");
      for (int i = start; i < end; i++) {
        sql.append(i == start ? "?" : ", ?");
      }
      try (PreparedStatement q = db.prepareStatement(sql.append(')').toString())) {
        for (int i = start; i < end; i++) {
          q.setLong(i - start + 1, order.row(positions[i]));
        }
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            byte[] facts = r.getBytes(3);
            if (facts != null) {
              byRow.put(r.getLong(1), FactsCodec.decode(facts, pool, r.getString(2)));
            }
          }
        }
      } catch (SQLException e) {
        throw failure("read", e);
      } catch (IOException | RuntimeException e) {
        throw new StoreException(description + ": could not read the store: " + DAMAGED, e);
      }
      for (int i = start; i < end; i++) {
        MessageFacts facts = byRow.get(order.row(positions[i]));
        if (facts == null) {
          throw new StoreException(description + ": could not read the store: a message went from it while it was read",
              null);
        }
        result.add(facts);
      }
    }
    return result;
  }

  private void rollbackQuietly() {
    try {
      db.rollback();
      db.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the original failure is what the user needs to see
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(description + ": could not " + what + " the store: " + reason(e), e);
  }

  @Override
  public synchronized void close() throws StoreException {
    try {
      db.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
