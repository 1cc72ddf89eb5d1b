package dev.clientlens.pipeline;

import com.google.common.hash.Hashing;
import dev.clientlens.aggregate.Aggregator;
import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.aggregate.CountedMessage;
import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.CueSentence;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.classify.Classifier;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.classify.History;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.CountedAs;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.facts.MessageFacts;
import dev.clientlens.facts.Replay;
import dev.clientlens.filter.ClientKeys;
import dev.clientlens.filter.Correspondence;
import dev.clientlens.filter.Correspondence.Judgement;
import dev.clientlens.filter.Counting;
import dev.clientlens.parse.MessageParser;
import dev.clientlens.report.EvidenceRow;
import dev.clientlens.report.MessageRow;
import dev.clientlens.report.ReportStamp;
import dev.clientlens.report.Reports;
import dev.clientlens.report.SkippedRow;
import dev.clientlens.source.KnownItems;
import dev.clientlens.source.Limits;
import dev.clientlens.source.MessageSource;
import dev.clientlens.source.RawMessage;
import dev.clientlens.source.SourceSpec;
import dev.clientlens.source.SourceUnavailableException;
import dev.clientlens.source.Sources;
import dev.clientlens.source.UnreadableMessageException;
import dev.clientlens.store.Store;
import dev.clientlens.store.StoreLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The scan, wired in one place, in two halves. Reading: new messages stream from the sources through
 * parsing, the header rules and as much analysis as their headers say they may need (in parallel, see
 * {@link MessageWork}), and their facts go to the store batch by batch; the bytes of the messages in
 * flight stay within the memory budget of {@link Limits#inFlightBytes()}. Counting: everything the store
 * holds for the sources is judged in report order ({@link Counting}); a counted message whose analysis
 * falls short of what the report needs is read again from its source; then threads, metrics and archetype
 * scores are computed and the reports are written. Messages an earlier scan stored are not read again,
 * except with {@code --evidence-text}: the store never holds text, so then every message is read again
 * (its facts still go to the store) and the cue sentences are kept in memory for this run only.
 */
public final class Pipeline {
  /**
   * Messages handed to the workers at a time, and written to the store in one transaction; fewer when
   * their bytes fill the memory budget of {@link Limits#inFlightBytes()}.
   */
  private static final int BATCH = 256;
  /** A message whose parse takes longer than this is skipped: no real mail needs it. */
  private static final long PARSE_TIMEOUT_SECONDS = 30;

  private final ScanSettings settings;
  private final Classifier classifier;
  private final Progress progress;
  private final Consumer<String> notices;
  /** What this scan told while it counted and reported, to be told again when its reports are left as they are. */
  private final List<String> told = new ArrayList<>();
  private final MemoryBudget budget;
  /** Counted messages the aggregation holds at a time (see {@link #AGGREGATION_PART}). */
  private final int aggregationPart;
  /** How many parts the last aggregation of this pipeline took. */
  private int aggregationParts;
  /** The most messages whose facts a scan keeps in memory between passes (see {@link StoredMessages#KEPT}). */
  private final int keptFacts;
  /** How many message facts the last scan of this pipeline read from the store. */
  private long factsRead;

  /** A scan with these settings, scoring clients with {@code classifier} (loaded once by the caller). */
  public Pipeline(ScanSettings settings, Classifier classifier, Progress progress, Consumer<String> notices) {
    this(settings, classifier, progress, notices, AGGREGATION_PART, StoredMessages.KEPT);
  }

  /**
   * A scan that aggregates the clients in parts of about {@code aggregationPart} counted messages, and
   * keeps the facts of its messages between passes when there are no more than {@code keptFacts}.
   */
  Pipeline(ScanSettings settings, Classifier classifier, Progress progress, Consumer<String> notices,
      int aggregationPart, int keptFacts) {
    this.settings = settings;
    this.classifier = classifier;
    this.progress = progress;
    this.notices = notices;
    this.budget = new MemoryBudget(settings.limits().inFlightBytes());
    this.aggregationPart = aggregationPart;
    this.keptFacts = keptFacts;
  }

  /** How many parts the last aggregation took: one pass over the store each. */
  int aggregationParts() {
    return aggregationParts;
  }

  /** How many message facts the last scan read from the store, on all its passes together. */
  long factsRead() {
    return factsRead;
  }

  private void tell(String notice) {
    notices.accept(notice);
    told.add(notice);
  }

    /** The most bytes of messages that were in flight at once in this scan so far (see {@link Limits#inFlightBytes()}). */
  long peakInFlightBytes() {
    return budget.peak();
  }

  /**
   * Runs the scan and writes the reports.
   *
   * @throws SourceUnavailableException when a source cannot be opened at all
   * @throws StoreLock.HeldException when another scan is using the store or the report directory
   * @throws IOException when the store or the reports cannot be written, or {@link ProblemPolicy#STOP}
   *     stopped the scan
   */
  public ScanSummary run() throws IOException {
    return scan(true, this::unchangedReport, this::report);
  }

  /**
   * What the trainers need of a mailbox: each client's metrics, sorted by client key, and how many
   * messages the scan judged. Runs the scan as {@link #run()} does up to the aggregation, and writes no
   * report.
   */
  public record Measured(List<ClientMetrics> clients, int messages) {
    public Measured {
      clients = List.copyOf(clients);
    }
  }

  /** The scan up to the per-client metrics, for training: nothing is written to {@code --out}. */
  public Measured metrics() throws IOException {
    return scan(false, (store, reading, started) -> Optional.empty(), (counted, loaded, reading, started) ->
        new Measured(aggregate(counted, loaded.messages()).clients(), counted.size()));
  }

  /** What a scan does once every message is judged and analysed. */
  @FunctionalInterface
  private interface Finish<T> {
    T apply(Counting.Counted counted, Loaded loaded, Reading reading, long started) throws IOException;
  }

  /** What a scan may do once the mail is read, instead of counting it: empty to go on. */
  @FunctionalInterface
  private interface Shortcut<T> {
    Optional<T> apply(Store store, Reading reading, long started) throws IOException;
  }

  private <T> T scan(boolean writesReports, Shortcut<T> shortcut, Finish<T> finish) throws IOException {
    long started = System.nanoTime();
    // before a source touches Jakarta Mail: some of its leniency settings are read only once
    MessageParser.prepareMailLibrary();
    List<MessageSource> opened = new ArrayList<>();
    ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), runnable -> {
      Thread thread = new Thread(runnable, "clientlens-worker");
      thread.setDaemon(true);
      return thread;
    });
    List<EmailAddress> accounts = new ArrayList<>();
    String profile = settings.analyseLanguage() ? "language" : "timing-only";
    List<Path> written = new ArrayList<>();
    settings.state().ifPresent(written::add);
    if (writesReports) {
      written.add(settings.out());
    }
    // One scan at a time per store and per report directory; what a killed scan left half-written goes first.
    try (StoreLock lock = StoreLock.acquire(written);
        Opening opening = new Opening(settings.sources(), workers);
        Store store = settings.state().isPresent() ? Store.open(settings.state().get(), profile)
            : Store.inMemory(profile)) {
      if (writesReports) {
        Reports.removeLeftovers(settings.out());
      }
      opened.addAll(opening.all());
      for (MessageSource reader : opened) {
        reader.account().ifPresent(accounts::add);
      }
      Counting counting = new Counting(settings.owner(), new ClientKeys(settings.clientList()), settings.since(),
          settings.until(), accounts, this::tell);
      MessageWork work = new MessageWork(settings, counting, store.clientsWrittenTo());
      Reading reading = new Reading(workers, work, store, expectedCount(opened), started);
      for (int s = 0; s < opened.size(); s++) {
        MessageSource source = opened.get(s);
        String sourceId = sourceId(settings.sources().get(s));
        Optional<String> whole = source.wholeStamp();
        // Texts are never stored: evidence sentences need every message read again.
        boolean rereadAll = settings.evidenceText();
        if (rereadAll || whole.isEmpty() || !store.isComplete(sourceId, whole.get())) {
          Optional<Store.Known> known = rereadAll ? Optional.empty() : Optional.of(store.known(sourceId));
          source.passOver(known.isPresent() ? known.get() : KnownItems.NONE);
          reading.readAll(source, sourceId, location -> Analyser.Depth.NOTHING);
          if (known.isPresent()) {
            known.get().recordMoves();
          }
          // the stamp of the source as opened, unless reading it met something it could not read
          if (whole.isPresent() && source.wholeStamp().equals(whole)) {
            store.markComplete(sourceId, whole.get());
          }
        }
      }
      Optional<T> done = shortcut.apply(store, reading, started);
      if (done.isPresent()) {
        return done.get();
      }
      Loaded loaded = load(store, workers);
      StoredMessages messages = loaded.messages();
      // which counted messages need a deeper analysis than they had, by source and location there
      Map<Integer, Map<String, Analyser.Depth>> shallow = new TreeMap<>();
      List<Integer> shallowAt = new ArrayList<>();
      Counting.Counted counted = counting.decide(messages, (i, f, judgement, writtenTo) -> {
        Analyser.Depth depth = needed(judgement.verdict().countedAs(), writtenTo);
        // exactly that deep, so that a message reads the same whichever of its copies was analysed first
        if (settings.analyseLanguage() && judgement.verdict().countedAs().counted() && f.analysis().depth() != depth) {
          shallow.computeIfAbsent(messages.source(i), s -> new HashMap<>()).put(messages.locationInSource(i, f), depth);
          shallowAt.add(i);
        }
      });
      analyseAgain(shallow, reading);
      shallowAt.forEach(messages::forget);
      store.recordClientsWrittenTo(counted.clientsWrittenTo());
      T result = finish.apply(counted, loaded, reading, started);
      factsRead = messages.read();
      return result;
    } finally {
      workers.shutdownNow();
      for (MessageSource source : opened) {
        source.close();
      }
    }
  }

  /**
   * The sources being opened on the workers, all at once (a folder of Maildirs is surveyed when it is
   * opened, which took a tenth of a scan of the 92 Enron inboxes one after another), while the store is
   * opened. {@link #all} gives them in the order given, or the failure of the first that could not be
   * opened; whatever is not handed out is closed with this.
   */
  private final class Opening implements AutoCloseable {
    private final List<Future<MessageSource>> sources = new ArrayList<>();
    private boolean handedOut;

    Opening(List<SourceSpec> specs, ExecutorService on) {
      for (SourceSpec spec : specs) {
        sources.add(on.submit(() -> Sources.open(spec, settings.limits())));
      }
    }

    List<MessageSource> all() throws IOException {
      List<MessageSource> all = new ArrayList<>();
      for (Future<MessageSource> source : sources) {
        all.add(opened(source));
      }
      handedOut = true;
      return all;
    }

    private static MessageSource opened(Future<MessageSource> source) throws IOException {
      return Awaited.result(source, "opening a source", "interrupted while opening the sources");
    }

    /** Unless all were handed out: closes each source that could be opened, once it is. */
    @Override
    public void close() {
      if (handedOut) {
        return;
      }
      for (Future<MessageSource> source : sources) {
        try {
          opened(source).close();
        } catch (IOException | RuntimeException e) {
          // it could not be opened, or not closed: the first failure is the one reported
        }
      }
    }
  }

  /** Sources are told apart in the store by their absolute path, or the account they log in to. */
  private static String sourceId(SourceSpec source) {
    if (source instanceof SourceSpec.Local local) {
      return local.path().toAbsolutePath().normalize().toString();
    }
    return source.describe();
  }

  /** Where a message's cue sentences are kept for this run: its source and its location there. */
  private static String textKey(String sourceId, String location) {
    return sourceId + '\u0000' + location;
  }

  /**
   * What the store holds for the sources, in report order: each source's messages in natural order of
   * their location, the sources in the order given (prefixed {@code 2:} and so on when there are several).
   * The messages stay in the store and are read pass by pass ({@link StoredMessages}).
   */
  private record Loaded(StoredMessages messages, List<SkippedRow> skipped) {}

  private Loaded load(Store store, ExecutorService reader) throws IOException {
    List<Store.Order> orders = new ArrayList<>();
    List<SkippedRow> skipped = new ArrayList<>();
    for (int s = 0; s < settings.sources().size(); s++) {
      Store.Order order = store.order(sourceId(settings.sources().get(s)), NaturalOrder.INSTANCE);
      orders.add(order);
      for (Store.Stored row : order.skipped()) {
        skipped.add(new SkippedRow(prefix(s) + row.location(), row.folder(), row.skipped().orElseThrow()));
      }
    }
    List<String> prefixes = new ArrayList<>();
    for (int s = 0; s < settings.sources().size(); s++) {
      prefixes.add(prefix(s));
    }
    return new Loaded(new StoredMessages(store, orders, prefixes, keptFacts, reader), skipped);
  }

  /** What a message's location in the report starts with: which source it came from, when there are several. */
  private String prefix(int source) {
    return settings.sources().size() > 1 ? (source + 1) + ":" : "";
  }

  /**
   * How far the report reads a message that counts this way: tone for the mail of a client we wrote to
   * (a two-way client, the only kind scored), the language alone for the mail of one we never wrote to,
   * deadlines for ours.
   */
  private static Analyser.Depth needed(CountedAs countedAs, boolean clientWrittenTo) {
    return switch (countedAs) {
      case CLIENT_IN -> clientWrittenTo ? Analyser.Depth.TONE : Analyser.Depth.LANGUAGE;
      case CLIENT_OUT -> Analyser.Depth.DEADLINES;
      default -> Analyser.Depth.NOTHING;
    };
  }

  /**
   * Reads again, from their sources, the counted messages not analysed to the depth the report needs
   * ({@code depths}, by source and location there): a copy analysed in place of the one that counts, our
   * mail read for tone before the owner was inferred, or mail an earlier scan judged otherwise (the owner
   * or --clients changed). How the messages count does not depend on their text, so the judgements
   * stand; only their facts are replaced in the store, where the next pass reads them.
   */
  private void analyseAgain(Map<Integer, Map<String, Analyser.Depth>> depths, Reading reading) throws IOException {
    for (Map.Entry<Integer, Map<String, Analyser.Depth>> entry : depths.entrySet()) {
      SourceSpec spec = settings.sources().get(entry.getKey());
      Map<String, Analyser.Depth> wanted = entry.getValue();
      reading.deepenWanted += wanted.size();
      try (MessageSource again = Sources.open(spec, settings.limits())) {
        again.passOver((item, stamp, location) -> !wanted.containsKey(location));
        reading.readAgain(again, sourceId(spec), location -> wanted.getOrDefault(location, Analyser.Depth.NOTHING));
      }
    }
  }

  private static OptionalLong expectedCount(List<MessageSource> sources) {
    long total = 0;
    for (MessageSource source : sources) {
      OptionalLong count = source.estimatedCount();
      if (count.isEmpty()) {
        return OptionalLong.empty();
      }
      total += count.getAsLong();
    }
    return OptionalLong.of(total);
  }

  /**
   * A message handed to a worker: what the store needs of it, and its result to come. Not the message
   * itself, so that its bytes can go as soon as its parse is done.
   */
  private record Pending(String itemKey, String location, String folder, String stamp,
      Future<MessageWork.Worked> result) {}

  /** Reads new messages batch by batch: read in order, worked on in parallel, stored in order. */
  private final class Reading {
    private final ExecutorService workers;
    private final MessageWork work;
    private final Store store;
    private final OptionalLong expected;
    private final long started;
    private long read;
    private long readAgain;
    /** True while {@link #readAgain} runs. */
    private boolean again;
    /** A message whose bytes did not fit in the budget, first of the next batch. */
    private Optional<RawMessage> carried = Optional.empty();
    /** Counted messages to be read again for a deeper analysis, and how many of them were. */
    private long deepenWanted;
    private long deepened;
    /** Cue sentences of the messages read in this run, by {@link #textKey}; only with --evidence-text. */
    private final Map<String, List<CueSentence>> sentences = new HashMap<>();

    Reading(ExecutorService workers, MessageWork work, Store store, OptionalLong expected, long started) {
      this.workers = workers;
      this.work = work;
      this.store = store;
      this.expected = expected;
      this.started = started;
    }

    /**
     * Reads messages stored before, for a deeper analysis: they count as read again, not as read. Their
     * new facts replace the old ones in the store; one that cannot be read this time keeps its old facts.
     */
    void readAgain(MessageSource source, String sourceId, Function<String, Analyser.Depth> atLeast)
        throws IOException {
      again = true;
      try {
        readAll(source, sourceId, atLeast);
      } finally {
        again = false;
      }
    }

    /**
     * Reads and works on the source batch by batch. A batch ends after {@link #BATCH} messages or when the
     * next message's bytes would not fit in what is left of the memory budget; that message starts the
     * next batch. Each message takes its bytes from the budget before they are read (a message file is read
     * on the worker) and gives them back when its parse is done. A batch is stored while the workers go on
     * with the next, so that they do not wait for the store, nor for the last long message of a batch.
     */
    void readAll(MessageSource source, String sourceId, Function<String, Analyser.Depth> atLeast) throws IOException {
      carried = Optional.empty();
      boolean more = true;
      // the batch handed out before this one: stored while the workers go on with the next
      Optional<Batch> previous = Optional.empty();
      while (more) {
        Batch batch = new Batch(new ArrayList<>(BATCH), new ArrayList<>(BATCH));
        try {
          more = handOut(source, atLeast, batch, previous.map(b -> !b.pending().isEmpty()).orElse(false));
        } catch (IOException | RuntimeException e) {
          // what was read before the failure is kept, as when each batch was stored before the next was read
          if (previous.isPresent()) {
            store(previous.get(), sourceId);
          }
          throw e;
        }
        if (previous.isPresent()) {
          store(previous.get(), sourceId);
        }
        previous = Optional.of(batch);
      }
      if (previous.isPresent()) {
        store(previous.get(), sourceId);
      }
    }

    /**
     * Hands the next messages of {@code source} to the workers, into {@code into}, until the batch is full
     * or the next message's bytes do not fit in the budget (that message is carried to the next batch).
     *
     * @param previousInFlight whether the batch before is still being worked on: its parses hold the budget
     * @return false when the source has no more messages
     */
    private boolean handOut(MessageSource source, Function<String, Analyser.Depth> atLeast, Batch into,
        boolean previousInFlight) throws IOException {
      List<Pending> batch = into.pending();
      List<Store.Entry> entries = into.entries();
      while (batch.size() < BATCH) {
        RawMessage raw;
        if (carried.isPresent()) {
          raw = carried.get();
          carried = Optional.empty();
        } else {
          Optional<RawMessage> next;
          try {
            next = source.next();
          } catch (UnreadableMessageException e) {
            count();
            settings.problems().onProblem(e.location(), e.reason());
            entries.add(skippedEntry(e.itemKey(), e.location(), "", e.stamp(), e.reason()));
            continue;
          }
          if (next.isEmpty()) {
            return false;
          }
          raw = next.get();
        }
        long cost = raw.inFlightBytes();
        if (cost > budget.capacity()) {
          count();
          skip(raw, "message is " + raw.size() + " bytes, more than the memory budget for messages in flight ("
              + budget.capacity() + " bytes)", entries);
          continue;
        }
        if (!budget.tryTake(cost)) {
          if (!batch.isEmpty() || previousInFlight) {
            carried = Optional.of(raw);
            return true;
          }
          // Only parses that ran past their time and still run can hold the budget now.
          if (!takeWaiting(cost)) {
            count();
            skip(raw, "the memory budget for messages in flight is held by parses that took longer than "
                + PARSE_TIMEOUT_SECONDS + " s", entries);
            continue;
          }
        }
        RawMessage admitted = raw;
        Analyser.Depth depth = atLeast.apply(raw.location());
        batch.add(new Pending(admitted.itemKey(), admitted.location(), admitted.folder(), admitted.stamp(),
            workers.submit(() -> {
              try {
                return work.apply(admitted, depth);
              } finally {
                budget.giveBack(cost);
              }
            })));
      }
      return true;
    }

    /** A batch of messages handed to the workers, and the entries for the store of those already decided. */
    private record Batch(List<Pending> pending, List<Store.Entry> entries) {}

    /** Waits for a batch's messages, in order, and stores them. */
    private void store(Batch done, String sourceId) throws IOException {
      List<Store.Entry> entries = done.entries();
      for (Pending pending : done.pending()) {
        count();
        Optional<MessageWork.Worked> worked = await(pending, entries);
        if (worked.isPresent()) {
          entries.add(new Store.Entry(pending.itemKey(), pending.stamp(), new Store.Stored(pending.location(),
              pending.folder(), Optional.of(worked.get().facts()), Optional.empty())));
          if (again) {
            deepened++;
          }
          if (!worked.get().cueSentences().isEmpty()) {
            sentences.put(textKey(sourceId, pending.location()), worked.get().cueSentences());
          }
        }
      }
      if (again) {
        entries.removeIf(entry -> entry.stored().facts().isEmpty());
      }
      if (!entries.isEmpty()) {
        store.put(sourceId, entries);
      }
      progress.update(read, expected, System.nanoTime() - started);
    }

    private void count() {
      if (again) {
        readAgain++;
      } else {
        read++;
      }
    }

    private boolean takeWaiting(long cost) throws IOException {
      try {
        return budget.take(cost, PARSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("scan interrupted", e);
      }
    }

    private void skip(RawMessage raw, String reason, List<Store.Entry> entries) throws IOException {
      settings.problems().onProblem(raw.location(), reason);
      entries.add(skippedEntry(raw.itemKey(), raw.location(), raw.folder(), raw.stamp(), reason));
    }

    private Optional<MessageWork.Worked> await(Pending pending, List<Store.Entry> entries) throws IOException {
      Future<MessageWork.Worked> future = pending.result();
      String reason;
      try {
        return Optional.of(future.get(PARSE_TIMEOUT_SECONDS, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof OutOfMemoryError outOfMemory) {
          // the JVM's heap, not this message: stored as skipped, it would never be read again
          throw outOfMemory;
        }
        reason = cause instanceof dev.clientlens.parse.ParseProblem
            ? cause.getMessage()
            : "the parser failed on it" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
      } catch (TimeoutException e) {
        future.cancel(true);
        reason = "parsing took longer than " + PARSE_TIMEOUT_SECONDS + " s";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("scan interrupted", e);
      }
      settings.problems().onProblem(pending.location(), reason);
      entries.add(skippedEntry(pending.itemKey(), pending.location(), pending.folder(), pending.stamp(), reason));
      return Optional.empty();
    }

    private Store.Entry skippedEntry(String item, String location, String folder, String stamp, String reason) {
      return new Store.Entry(item, stamp, new Store.Stored(location, folder, Optional.empty(), Optional.of(reason)));
    }
  }

  /**
   * Counted messages (a message counting for several clients once for each) that the aggregation holds
   * at a time: clients are taken in parts of about this many, each part one pass over the store.
   */
  static final int AGGREGATION_PART = 50_000;

  /**
   * Threads and per-client metrics (sorted by client key) of the counted messages, by thread id under
   * each message's number. Clients are aggregated in parts of about {@link #aggregationPart} messages,
   * so that memory does not grow with the mailbox; a part reads from the store only its own messages, and
   * the figures do not depend on the parts.
   */
  private Aggregator.Result aggregate(Counting.Counted counted, Replay messages)
      throws IOException {
    Map<ClientKey, Integer> perClient = new TreeMap<>();
    for (Judgement judgement : counted.judgements()) {
      for (Correspondence.Party party : judgement.parties()) {
        perClient.merge(party.client(), 1, Integer::sum);
      }
    }
    Map<ClientKey, Integer> partOf = new HashMap<>();
    int parts = 0;
    int inPart = 0;
    for (Map.Entry<ClientKey, Integer> client : perClient.entrySet()) {
      if (inPart > 0 && inPart + client.getValue() > aggregationPart) {
        parts++;
        inPart = 0;
      }
      partOf.put(client.getKey(), parts);
      inPart += client.getValue();
    }
    aggregationParts = perClient.isEmpty() ? 0 : parts + 1;
    Aggregator.Run run = new Aggregator(settings.workingTime()).start();
    for (int part = 0; part <= parts && !perClient.isEmpty(); part++) {
      int current = part;
      messages.forEach(i -> inPart(counted.judgement(i), partOf, current), (i, f) -> {
        Judgement judgement = counted.judgement(i);
        boolean inbound = judgement.verdict().countedAs() == CountedAs.CLIENT_IN;
        List<Correspondence.Party> parties = judgement.parties();
        for (int k = 0; k < parties.size(); k++) {
          Correspondence.Party party = parties.get(k);
          if (partOf.get(party.client()) == current) {
            run.add(i, new CountedMessage(f.forAggregation(), party.client(), inbound, party.counterpart()), k == 0);
          }
        }
      });
      run.endPart();
    }
    return run.finish();
  }

  /**
   * When the reports in --out were made from what the store holds now, with the same settings, and are
   * still as written: their summary, and nothing is counted or written. Only with a kept store (--state)
   * and without --evidence-text (whose sentences are never stored).
   */
  private Optional<ScanSummary> unchangedReport(Store store, Reading reading, long started) throws IOException {
    if (!stampsReports()) {
      return Optional.empty();
    }
    Optional<ReportStamp.Figures> figures = ReportStamp.unchanged(settings.out(), inputs(store));
    if (figures.isEmpty()) {
      return Optional.empty();
    }
    ReportStamp.Figures f = figures.get();
    f.notices().forEach(notices);
    return Optional.of(new ScanSummary(reading.read, reading.readAgain, f.total(), f.skipped(), f.clients(),
        f.countedAs(), f.owner(), settings.out(), System.nanoTime() - started, List.of(), List.of(), true));
  }

  private boolean stampsReports() {
    return settings.state().isPresent() && !settings.evidenceText();
  }

  /**
   * A digest of what the reports are made from: this build of the program, the store's version and every
   * setting that shapes a report (never a password: IMAP sources are named as {@code describe} names them).
   */
  private String inputs(Store store) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("build ").append(build()).append('\n');
    text.append("store ").append(store.version()).append('\n');
    for (SourceSpec source : settings.sources()) {
      text.append("source ").append(sourceId(source)).append('\n');
    }
    settings.owner().ifPresent(owner -> text.append("owner ")
        .append(new TreeSet<>(owner.addresses().stream().map(EmailAddress::toString).toList()))
        .append(new TreeSet<>(owner.domains())).append('\n'));
    text.append("clients\n").append(settings.clientList().rows());
    text.append("window ").append(settings.since()).append(' ').append(settings.until()).append('\n');
    text.append("files ").append(settings.excelBom()).append(' ').append(settings.analyseLanguage()).append(' ')
        .append(settings.html()).append('\n');
    text.append("working time ").append(settings.workingTime().describe()).append('\n');
    return sha256(text.toString());
  }

  /** This JVM's {@link #build()}, told once: the program does not change while it runs. */
  private static String build;

  private static synchronized String build() throws IOException {
    if (build == null) {
      build = tellBuild();
    }
    return build;
  }

  /**
   * This build of the program, its models and holiday rules included: the name, size and CRC of every
   * entry of its jar (or the path, size and time of every file of its class folder). A build that cannot
   * be told gives a new word each run, so its reports are always written again.
   */
  private static String tellBuild() throws IOException {
    Path code;
    try {
      code = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return "unknown " + System.nanoTime() + " " + Math.random();
    }
    StringBuilder entries = new StringBuilder();
    if (Files.isRegularFile(code)) {
      try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(code.toFile())) {
        jar.stream().forEach(e -> entries.append(e.getName()).append(' ').append(e.getSize()).append(' ')
            .append(e.getCrc()).append('\n'));
      }
    } else if (Files.isDirectory(code)) {
      try (java.util.stream.Stream<Path> files = Files.walk(code)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          entries.append(code.relativize(file)).append(' ').append(Files.size(file)).append(' ')
              .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
        }
      }
    } else {
      return "unknown " + System.nanoTime() + " " + Math.random();
    }
    return sha256(entries.toString());
  }

  private static String sha256(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
  }


  private static boolean inPart(Judgement judgement, Map<ClientKey, Integer> partOf, int part) {
    for (Correspondence.Party party : judgement.parties()) {
      if (partOf.get(party.client()) == part) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes messages.csv, a row for every message in the report; the rows by how they were counted. A
   * message that does not count has no analysis cells, however far it was read: what mail was analysed
   * depends on what the scan could tell while reading it, and the report must not.
   */
  private static Map<String, Long> writeMessages(Reports reports, Counting.Counted counted, StoredMessages messages,
      Aggregator.Result aggregation) throws IOException {
    Map<String, Long> byCategory = new TreeMap<>();
    try (Reports.Table<MessageRow> rows = reports.messagesTable()) {
      messages.forEach((i, f) -> {
        Judgement j = counted.judgement(i);
        byCategory.merge(j.verdict().countedAs().label(), 1L, Long::sum);
        rows.row(new MessageRow(
            f.location(), f.folder(), f.messageId(), Reports.timestamp(f.date()), f.dateSource().label(),
            f.from().map(m -> m.address().toString()).orElse(""),
            String.join("; ", j.parties().stream().map(p -> p.client().toString()).toList()),
            j.verdict().countedAs().label(), j.verdict().reason(),
            aggregation.threadOf(i).orElse(""), f.attachments(),
            j.verdict().countedAs().counted() ? f.analysis() : TextAnalysis.NONE,
            String.join("; ", f.notes())));
      });
      rows.commit();
    }
    return byCategory;
  }

  /** The sentences of {@code --evidence-text} for the clients it shows, from this run's analysis. */
  private List<EvidenceRow> evidence(Counting.Counted counted, StoredMessages messages,
      Map<ClientKey, ClientScores> scoreOf, Reading reading) throws IOException {
    Evidence evidence = new Evidence(scoreOf);
    messages.forEach(i -> counted.countedAs(i) == CountedAs.CLIENT_IN, (i, f) -> {
      Judgement j = counted.judgement(i);
      if (j.client().isPresent()) {
        String key = textKey(sourceId(settings.sources().get(messages.source(i))), messages.locationInSource(i, f));
        evidence.offer(j.client().get(), f, reading.sentences.getOrDefault(key, List.of()));
      }
    });
    return evidence.rows();
  }

  /**
   * Threads, metrics and scores of the counted messages, and the reports: one row per kept message in
   * report order, with the thread of the first client it counts for.
   */
  private ScanSummary report(Counting.Counted counted, Loaded loaded, Reading reading, long started)
      throws IOException {
    StoredMessages messages = loaded.messages();
    Aggregator.Result aggregation = aggregate(counted, messages);
    List<ClientMetrics> clients = aggregation.clients();
    List<ClientScores> scores = classifier.scoreAll(clients);
    Map<ClientKey, ClientScores> scoreOf = new TreeMap<>();
    scores.forEach(score -> scoreOf.put(score.client(), score));

    Reports reports = new Reports(settings.out(), settings.excelBom());
    History history = History.of(classifier, clients, aggregation.months());
    Optional<List<EvidenceRow>> evidenceRows = Optional.empty();
    if (settings.evidenceText()) {
      evidenceRows = Optional.of(evidence(counted, messages, scoreOf, reading));
    } else if (Files.exists(settings.out().resolve(Reports.EVIDENCE))) {
      tell(settings.out().resolve(Reports.EVIDENCE) + ": left from an earlier --evidence-text scan and "
          + "not updated by this one; delete it when it is no longer needed (it holds mail text)");
    }
    // a scan that stops half-way leaves no stamp to vouch for a half-written set of reports
    ReportStamp.forget(settings.out());
    // The HTML page needs only what is aggregated, and messages.csv is a pass over every message: the page
    // is made on a thread of its own meanwhile (it was a third of the report phase), and written here after
    // the others, so a report that fails leaves the page as it was, as it leaves the reports after it
    Optional<List<EvidenceRow>> shown = evidenceRows;
    FutureTask<String> page = new FutureTask<>(() -> Reports.renderHtml(clients, scoreOf, aggregation.activity(), shown,
        history, settings.workingTime().describe()));
    if (settings.html()) {
      Thread maker = new Thread(page, "clientlens-html-report");
      maker.setDaemon(true);
      maker.start();
    }
    Map<String, Long> byCategory;
    try {
      byCategory = writeMessages(reports, counted, messages, aggregation);
      reports.writeSkipped(loaded.skipped());
      reports.writeClients(clients, scoreOf);
      reports.writeMonthly(history.months());
      reports.writeChanges(history.changes());
      if (evidenceRows.isPresent()) {
        reports.writeEvidence(evidenceRows.get());
      }
    } catch (IOException | RuntimeException e) {
      page.cancel(true);
      throw e;
    }
    if (settings.html()) {
      reports.writeHtml(Awaited.result(page, Reports.INDEX, "interrupted while making " + Reports.INDEX));
    }
    long total = counted.size() + loaded.skipped().size();
    // a message that could not be read again keeps a shallower analysis: the next scan tries it again
    if (stampsReports() && reading.deepened >= reading.deepenWanted) {
      List<String> files = new ArrayList<>(List.of(Reports.MESSAGES, Reports.SKIPPED, Reports.CLIENTS, Reports.MONTHLY,
          Reports.CHANGES));
      if (settings.html()) {
        files.add(Reports.INDEX);
      }
      ReportStamp.write(settings.out(), inputs(messages.store()), new ReportStamp.Figures(total, loaded.skipped().size(),
          clients.size(), byCategory, counted.owner().describe(), told), files);
    }
    return new ScanSummary(reading.read, reading.readAgain, total, loaded.skipped().size(),
        clients.size(), byCategory, counted.owner().describe(), settings.out(), System.nanoTime() - started, clients,
        scores, false);
  }
}
