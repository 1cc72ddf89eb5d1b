package dev.clientlens.source;

import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.angus.mail.iap.BadCommandException;
import org.eclipse.angus.mail.iap.ByteArray;
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.UID;

/**
 * Reads an IMAP account without changing it: folders are opened read-only (EXAMINE) and bodies fetched
 * with {@code BODY.PEEK[]}, so no flag moves. Each folder's UIDs are listed once ({@code UID SEARCH
 * ALL}); their sizes are fetched a few thousand at a time; then the bodies come in UID-ranged batches,
 * one {@code UID FETCH} round trip per batch. A dropped connection is re-established with backoff and
 * the failed batch fetched again: the position only moves past a batch once all of it has arrived.
 */
final class ImapSource implements MessageSource {
  /** A batch's bodies are fetched in one command unless together they are larger than this. */
  static final long MAX_BATCH_BYTES = 32L * 1024 * 1024;
  /** Message sizes are listed this many UIDs at a time, so a large folder is not listed in one response. */
  static final int SIZE_WINDOW = 5000;

  /** Waits between reconnects; tests pass one that does not sleep. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
  }

  private static final List<String> SENT_NAMES = List.of(
      "Sent", "Sent Items", "Sent Messages", "Sendt", "Sendte elementer", "[Gmail]/Sent Mail");

  private record FolderToRead(String name, FolderRole role, int count) {}

  /** One message's outcome, in UID order: the message, or why it could not be read. */
  private record Outcome(RawMessage message, UnreadableMessageException problem) {}

  /** What one body fetch brought back: bodies by UID, or the server's refusal of the whole command. */
  private record Bodies(Map<Long, Body> byUid, Optional<String> refusal) {}

  private record Body(byte[] bytes, Instant internalDate) {}

  @FunctionalInterface
  private interface FolderAction<T> {
    T run(IMAPFolder folder) throws MessagingException, SourceUnavailableException;
  }

  private final ImapSettings settings;
  private final Limits limits;
  private final Sleeper sleeper;
  private final Session session;
  private final List<FolderToRead> plan;
  private final long estimatedCount;
  private Store store;

  private int folderIndex = -1;
  private IMAPFolder folder;
  private long uidValidity = -1;
  private KnownItems known = KnownItems.NONE;
  /** The current folder's UIDs as listed when it was opened, ascending. */
  private long[] uids = new long[0];
  /** Index into {@link #uids} of the first message not yet fetched. */
  private int position;
  /** Sizes of {@code uids[sizesFrom ..]}; -1 for a message that was gone when sizes were listed. */
  private long[] sizes = new long[0];
  private int sizesFrom;
  private final Deque<Outcome> ready = new ArrayDeque<>();
  /** Why the server refused single messages of the current batch, by UID. */
  private final Map<Long, String> refusals = new HashMap<>();

  ImapSource(ImapSettings settings, Limits limits) throws SourceUnavailableException {
    this(settings, limits, Sleeper.REAL, Optional.empty());
  }

  /**
   * Connects, logs in and decides which folders to read.
   *
   * @param trace where the protocol trace goes (tests: counting round trips)
   * @throws SourceUnavailableException when the server cannot be reached, refuses the login or the
   *     certificate, or a named folder does not exist
   */
  ImapSource(ImapSettings settings, Limits limits, Sleeper sleeper, Optional<PrintStream> trace)
      throws SourceUnavailableException {
    this.settings = settings;
    this.limits = limits;
    this.sleeper = sleeper;
    if (settings.tls() == ImapSettings.Tls.PLAINTEXT && !settings.hostIsLoopback()) {
      throw new SourceUnavailableException(settings.describe() + ": refusing to log in without TLS: "
          + settings.host() + " is not a loopback address");
    }
    this.session = ImapSession.create(settings, trace);
    try {
      this.store = connect();
    } catch (MessagingException e) {
      throw new SourceUnavailableException(settings.describe() + ": " + ImapErrors.explain(e, settings), e);
    }
    try {
      this.plan = chooseFolders();
      this.estimatedCount = plan.stream().mapToLong(FolderToRead::count).sum();
    } catch (MessagingException e) {
      closeQuietly();
      throw new SourceUnavailableException(settings.describe() + ": could not list folders: "
          + ImapErrors.oneLine(e.getMessage(), settings), e);
    } catch (SourceUnavailableException e) {
      closeQuietly();
      throw e;
    }
  }

  private Store connect() throws MessagingException {
    Store s = session.getStore(ImapSession.protocol(settings));
    s.connect(settings.host(), settings.port(), settings.user(), settings.secret().reveal());
    return s;
  }

  /**
   * The named folders, or the Sent folder and INBOX ({@code \Sent} special use first, then usual names),
   * in the order to read them. Sent folders go first, named ones too: who we wrote to decides how far a
   * client's mail is analysed, so INBOX read first would have much of it fetched twice.
   */
  private List<FolderToRead> chooseFolders() throws MessagingException, SourceUnavailableException {
    Map<String, IMAPFolder> existing = new LinkedHashMap<>();
    for (Folder f : store.getDefaultFolder().list("*")) {
      IMAPFolder imap = (IMAPFolder) f;
      if ((imap.getType() & Folder.HOLDS_MESSAGES) != 0) {
        existing.put(imap.getFullName(), imap);
      }
    }
    List<FolderToRead> chosen = new ArrayList<>();
    if (settings.folders().isEmpty()) {
      Optional<String> sent = sentFolder(existing);
      if (sent.isPresent()) {
        chosen.add(new FolderToRead(sent.get(), FolderRole.SENT, count(existing.get(sent.get()), sent.get())));
      }
      chosen.add(new FolderToRead("INBOX", FolderRole.INBOX, count(existing.get("INBOX"), "INBOX")));
      return chosen;
    }
    for (String name : settings.folders()) {
      IMAPFolder f = existing.get(name.equalsIgnoreCase("INBOX") ? "INBOX" : name);
      if (f == null) {
        throw new SourceUnavailableException(settings.describe() + ": could not open folder '" + name
            + "': no such folder (folders: " + String.join(", ", existing.keySet()) + ")");
      }
      FolderRole role = f.getFullName().equalsIgnoreCase("INBOX") ? FolderRole.INBOX
          : isSent(f) ? FolderRole.SENT : FolderRole.ofName(name);
      chosen.add(new FolderToRead(f.getFullName(), role, count(f, name)));
    }
    // Sent folders first, the rest in the order given (see above)
    chosen.sort(Comparator.comparing(folder -> folder.role() != FolderRole.SENT));
    return chosen;
  }

  /** The folder's message count (one STATUS; the folder is known to exist from the listing). */
  private int count(IMAPFolder listed, String name) throws MessagingException {
    Folder f = listed != null ? listed : store.getFolder(name);
    return Math.max(0, f.getMessageCount());
  }

  private Optional<String> sentFolder(Map<String, IMAPFolder> existing) throws MessagingException {
    for (IMAPFolder f : existing.values()) {
      if (isSent(f)) {
        return Optional.of(f.getFullName());
      }
    }
    Map<String, String> byLowerName = new HashMap<>();
    for (String name : existing.keySet()) {
      byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
    List<String> prefixes = new ArrayList<>(List.of(""));
    for (Folder namespace : store.getPersonalNamespaces()) {
      String prefix = namespace.getFullName();
      if (!prefix.isEmpty()) {
        prefixes.add(prefix.endsWith(String.valueOf(namespace.getSeparator())) ? prefix
            : prefix + namespace.getSeparator());
      }
    }
    for (String candidate : SENT_NAMES) {
      for (String prefix : prefixes) {
        String found = byLowerName.get((prefix + candidate).toLowerCase(Locale.ROOT));
        if (found != null) {
          return Optional.of(found);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isSent(IMAPFolder f) throws MessagingException {
    for (String attribute : f.getAttributes()) {
      if (attribute.equalsIgnoreCase("\\Sent")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<RawMessage> next() throws IOException {
    while (ready.isEmpty()) {
      if (folderIndex >= plan.size()) {
        return Optional.empty();
      }
      if (folderIndex < 0 || position >= uids.length) {
        closeFolder();
        folderIndex++;
        if (folderIndex >= plan.size()) {
          return Optional.empty();
        }
        openNextFolder();
        continue;
      }
      fetchBatch();
    }
    Outcome outcome = ready.removeFirst();
    if (outcome.problem() != null) {
      throw outcome.problem();
    }
    return Optional.of(outcome.message());
  }

  @Override
  public OptionalLong estimatedCount() {
    return OptionalLong.of(estimatedCount);
  }

  /** The login, when it is an address: the mailbox's owner, unless the user says otherwise. */
  @Override
  public Optional<EmailAddress> account() {
    return EmailAddress.parse(settings.user());
  }

  @Override
  public String describe() {
    return settings.describe();
  }

  private FolderToRead current() {
    return plan.get(folderIndex);
  }

  private void openNextFolder() throws IOException {
    uidValidity = -1;
    uids = new long[0];
    position = 0;
    sizes = new long[0];
    sizesFrom = 0;
    long[] all = withRetry("listing the messages of " + current().name(), ImapSource::searchAll);
    uids = Arrays.stream(all).filter(uid -> !known.isKnown(location(uid), "", location(uid))).toArray();
  }

  /** Where a message is, and what it is called in the store: the folder, its UIDVALIDITY and the UID. */
  private String location(long uid) {
    return "imap:" + current().name() + ";UIDVALIDITY=" + uidValidity + ";UID=" + uid;
  }

  /**
   * Messages an earlier scan stored are left out of the fetch: a nightly scan reads only new UIDs (and,
   * after a changed UIDVALIDITY, the whole renumbered folder again; its old copies are then duplicates).
   */
  @Override
  public void passOver(KnownItems known) {
    this.known = known;
  }

  /** The folder, opened read-only on a live connection; reconnects when the last attempt dropped it. */
  private IMAPFolder openFolder() throws MessagingException, SourceUnavailableException {
    if (folder != null && folder.isOpen()) {
      return folder;
    }
    if (store == null || !store.isConnected()) {
      store = connect();
    }
    IMAPFolder f = (IMAPFolder) store.getFolder(current().name());
    f.open(Folder.READ_ONLY);
    long validity = f.getUIDValidity();
    if (uidValidity != -1 && validity != uidValidity) {
      closeQuietly(f);
      throw new SourceUnavailableException(settings.describe() + ": folder " + current().name()
          + " was renumbered during the scan (UIDVALIDITY " + uidValidity + " became " + validity
          + "): run the scan again");
    }
    uidValidity = validity;
    folder = f;
    return f;
  }

  /**
   * Runs one step on the open folder. When the connection drops, waits (1 s, 2 s, 4 s, ... by default),
   * reconnects, reopens the folder and runs the step again; any other failure ends the scan.
   */
  private <T> T withRetry(String what, FolderAction<T> action) throws IOException {
    Duration delay = settings.firstRetryDelay();
    for (int attempt = 0; ; attempt++) {
      try {
        return action.run(openFolder());
      } catch (MessagingException e) {
        if (!ImapErrors.isConnectionLoss(e)) {
          throw new SourceUnavailableException(settings.describe() + ": " + what + ": failed: "
              + ImapErrors.oneLine(e.getMessage(), settings), e);
        }
        if (attempt >= settings.retries()) {
          throw new SourceUnavailableException(settings.describe() + ": " + what + ": connection lost, "
              + settings.retries() + " reconnects failed: " + ImapErrors.explain(e, settings), e);
        }
        dropConnection();
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IOException(settings.describe() + ": scan interrupted", interrupted);
        }
        delay = delay.multipliedBy(2);
      }
    }
  }

  /** {@code UID SEARCH ALL}: every UID in the folder, ascending; the snapshot this folder's scan reads. */
  private static long[] searchAll(IMAPFolder folder) throws MessagingException {
    return (long[]) folder.doCommand(p -> {
      Response[] responses = p.command("UID SEARCH ALL", null);
      long[] found = new long[64];
      int n = 0;
      List<Response> others = new ArrayList<>();
      for (int i = 0; i < responses.length - 1; i++) {
        if (responses[i] instanceof IMAPResponse r && r.keyEquals("SEARCH")) {
          for (long uid = r.readLong(); uid != -1; uid = r.readLong()) {
            if (n == found.length) {
              found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = uid;
          }
        } else {
          others.add(responses[i]);
        }
      }
      finish(p, others, responses);
      long[] sorted = Arrays.copyOf(found, n);
      Arrays.sort(sorted);
      return sorted;
    });
  }

  /** Passes untagged responses other than our own data on to Jakarta Mail, then checks the result. */
  private static void finish(IMAPProtocol p, List<Response> others, Response[] responses) throws ProtocolException {
    p.notifyResponseHandlers(others.toArray(Response[]::new));
    p.handleResult(responses[responses.length - 1]);
  }

  /** Fetches the next batch into {@link #ready}: up to the batch size, or fewer when they are large. */
  private void fetchBatch() throws IOException {
    if (position >= sizesFrom + sizes.length) {
      listSizes(position);
    }
    int end = position;
    long bytes = 0;
    List<Long> wanted = new ArrayList<>();
    int sizesEnd = sizesFrom + sizes.length;
    while (end < uids.length && end < sizesEnd && end - position < settings.batchSize()) {
      long size = sizes[end - sizesFrom];
      if (size >= 0 && size <= limits.maxMessageBytes()) {
        if (!wanted.isEmpty() && bytes + size > MAX_BATCH_BYTES) {
          break;
        }
        wanted.add(uids[end]);
        bytes += size;
      }
      end++;
    }
    Map<Long, Body> bodies = wanted.isEmpty() ? Map.of() : fetchBodies(wanted);
    for (int i = position; i < end; i++) {
      ready.add(outcome(uids[i], sizes[i - sizesFrom], bodies.get(uids[i])));
    }
    position = end;
  }

  private Outcome outcome(long uid, long size, Body body) {
    String location = location(uid);
    if (size > limits.maxMessageBytes()) {
      return problem(location, "message is " + size + " bytes, over the limit of " + limits.maxMessageBytes());
    }
    if (body == null) {
      return problem(location, size < 0 || refusals.get(uid) == null
          ? "message was deleted from the server during the scan"
          : "the server would not send it: " + refusals.get(uid));
    }
    if (body.bytes().length > limits.maxMessageBytes()) {
      return problem(location, "message is " + body.bytes().length + " bytes, over the limit of "
          + limits.maxMessageBytes());
    }
    return new Outcome(
        RawMessage.owning(location, current().name(), current().role(), body.internalDate(), body.bytes(), location, ""),
        null);
  }

  private static Outcome problem(String location, String reason) {
    return new Outcome(null, new UnreadableMessageException(location, reason, null));
  }

  /** {@code UID FETCH a:b (UID RFC822.SIZE)} for the next window of UIDs. */
  private void listSizes(int from) throws IOException {
    int to = Math.min(uids.length, from + SIZE_WINDOW);
    String range = uids[from] + ":" + uids[to - 1];
    Map<Long, Long> bySize = withRetry("listing message sizes in " + current().name(), f -> sizes(f, range));
    long[] window = new long[to - from];
    for (int i = from; i < to; i++) {
      window[i - from] = bySize.getOrDefault(uids[i], -1L);
    }
    sizes = window;
    sizesFrom = from;
  }

  @SuppressWarnings("unchecked")
  private static Map<Long, Long> sizes(IMAPFolder folder, String range) throws MessagingException {
    return (Map<Long, Long>) folder.doCommand(p -> {
      Response[] responses = p.command("UID FETCH " + range + " (UID RFC822.SIZE)", null);
      Map<Integer, Long> uidBySeq = new HashMap<>();
      Map<Integer, Long> sizeBySeq = new HashMap<>();
      List<Response> others = new ArrayList<>();
      for (int i = 0; i < responses.length - 1; i++) {
        if (responses[i] instanceof FetchResponse r) {
          UID uid = r.getItem(UID.class);
          RFC822SIZE size = r.getItem(RFC822SIZE.class);
          if (uid != null) {
            uidBySeq.put(r.getNumber(), uid.uid);
          }
          if (size != null) {
            sizeBySeq.put(r.getNumber(), size.size);
          }
        } else {
          others.add(responses[i]);
        }
      }
      finish(p, others, responses);
      Map<Long, Long> result = new HashMap<>();
      uidBySeq.forEach((seq, uid) -> {
        Long size = sizeBySeq.get(seq);
        if (size != null) {
          result.put(uid, size);
        }
      });
      return result;
    });
  }

  /**
   * {@code UID FETCH a:b,c:d (UID INTERNALDATE BODY.PEEK[])}: the batch's bodies in one round trip. The
   * set is a few ranges (split only around messages skipped for their size). Should the server refuse
   * the command, each message is asked for alone, so one bad message does not cost the batch.
   */
  private Map<Long, Body> fetchBodies(List<Long> wanted) throws IOException {
    refusals.clear();
    String set = uidSet(wanted);
    Bodies all = withRetry("reading messages from " + current().name(), f -> fetch(f, set));
    if (all.refusal().isEmpty()) {
      return all.byUid();
    }
    Map<Long, Body> bodies = new HashMap<>();
    for (long uid : wanted) {
      Bodies one = withRetry("reading a message from " + current().name(), f -> fetch(f, Long.toString(uid)));
      bodies.putAll(one.byUid());
      one.refusal().ifPresent(reason -> refusals.put(uid, reason));
    }
    return bodies;
  }

  private Bodies fetch(IMAPFolder f, String set) throws MessagingException {
    return (Bodies) f.doCommand(p -> {
      Response[] responses = p.command("UID FETCH " + set + " (UID INTERNALDATE BODY.PEEK[])", null);
      Map<Integer, Long> uidBySeq = new HashMap<>();
      Map<Integer, byte[]> bytesBySeq = new HashMap<>();
      Map<Integer, Instant> dateBySeq = new HashMap<>();
      List<Response> others = new ArrayList<>();
      for (int i = 0; i < responses.length - 1; i++) {
        if (responses[i] instanceof FetchResponse r) {
          int seq = r.getNumber();
          UID uid = r.getItem(UID.class);
          BODY body = r.getItem(BODY.class);
          INTERNALDATE date = r.getItem(INTERNALDATE.class);
          if (uid != null) {
            uidBySeq.put(seq, uid.uid);
          }
          if (body != null && body.getByteArray() != null) {
            ByteArray data = body.getByteArray();
            bytesBySeq.put(seq, Arrays.copyOfRange(data.getBytes(), data.getStart(), data.getStart() + data.getCount()));
          }
          if (date != null && date.getDate() != null) {
            dateBySeq.put(seq, date.getDate().toInstant());
          }
          responses[i] = null;
        } else {
          others.add(responses[i]);
        }
      }
      Response last = responses[responses.length - 1];
      p.notifyResponseHandlers(others.toArray(Response[]::new));
      try {
        p.handleResult(last);
      } catch (CommandFailedException | BadCommandException refused) {
        return new Bodies(Map.of(), Optional.of(ImapErrors.oneLine(refused.getMessage(), settings)));
      }
      Map<Long, Body> byUid = new HashMap<>();
      uidBySeq.forEach((seq, uid) -> {
        byte[] bytes = bytesBySeq.get(seq);
        if (bytes != null) {
          byUid.put(uid, new Body(bytes, dateBySeq.get(seq)));
        }
      });
      return new Bodies(byUid, Optional.empty());
    });
  }

  /** Ascending UIDs as IMAP ranges over the listed snapshot: {@code 3:7,9:12}. */
  private String uidSet(List<Long> wanted) {
    StringBuilder set = new StringBuilder();
    int i = 0;
    while (i < wanted.size()) {
      int j = i;
      // Extend the range while the next wanted UID is the next listed UID: nothing skipped in between.
      int at = Arrays.binarySearch(uids, wanted.get(i));
      while (j + 1 < wanted.size() && at + (j + 1 - i) < uids.length && uids[at + (j + 1 - i)] == wanted.get(j + 1)) {
        j++;
      }
      if (set.length() > 0) {
        set.append(',');
      }
      set.append(wanted.get(i));
      if (j > i) {
        set.append(':').append(wanted.get(j));
      }
      i = j + 1;
    }
    return set.toString();
  }

  private void closeFolder() {
    if (folder != null) {
      closeQuietly(folder);
      folder = null;
    }
  }

  /** Forgets a broken connection; the next step reconnects. */
  private void dropConnection() {
    closeFolder();
    if (store != null) {
      try {
        store.close();
      } catch (MessagingException | RuntimeException ignored) {
        // the connection is gone already
      }
      store = null;
    }
  }

  private static void closeQuietly(Folder f) {
    try {
      if (f.isOpen()) {
        f.close(false);
      }
    } catch (MessagingException | RuntimeException ignored) {
      // read-only: closing never expunges, and a dead connection has nothing to close
    }
  }

  private void closeQuietly() {
    dropConnection();
  }

  @Override
  public void close() {
    ready.clear();
    dropConnection();
    folderIndex = plan.size();
  }
}
