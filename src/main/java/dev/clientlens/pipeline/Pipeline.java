package dev.clientlens.pipeline;

import dev.clientlens.aggregate.Aggregator;
import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.aggregate.CountedMessage;
import dev.clientlens.aggregate.MessageFacts;
import dev.clientlens.analyse.CueSentence;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.classify.Classifier;
import dev.clientlens.classify.History;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.filter.ClientKeys;
import dev.clientlens.filter.CountedAs;
import dev.clientlens.filter.Correspondence;
import dev.clientlens.filter.Correspondence.Judgement;
import dev.clientlens.filter.Duplicates;
import dev.clientlens.filter.Owner;
import dev.clientlens.filter.OwnerInference;
import dev.clientlens.filter.Senders;
import dev.clientlens.filter.Verdict;
import dev.clientlens.report.EvidenceRow;
import dev.clientlens.report.MessageRow;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The scan, wired in one place. New messages stream from the sources through parsing, the header rules
 * and analysis (in parallel, see {@link MessageWork}), and their facts go to the store batch by batch; the
 * bytes of the messages in flight stay within the memory budget of {@link Limits#inFlightBytes()}.
 * Then everything the store holds for the sources is judged against the owner in a fixed order,
 * threads, metrics and archetype scores are computed, and the reports are written. Messages an earlier scan stored are
 * not read again, except with {@code --evidence-text}: the store never holds text, so then every message is
 * read again (its facts still go to the store) and the cue sentences are kept in memory for this run only.
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
  private final MemoryBudget budget;

  /** A scan with these settings, scoring clients with {@code classifier} (loaded once by the caller). */
  public Pipeline(ScanSettings settings, Classifier classifier, Progress progress, Consumer<String> notices) {
    this.settings = settings;
    this.classifier = classifier;
    this.progress = progress;
    this.notices = notices;
    this.budget = new MemoryBudget(settings.limits().inFlightBytes());
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
    long started = System.nanoTime();
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
    written.add(settings.out());
    // One scan at a time per store and per report directory; what a killed scan left half-written goes first.
    try (StoreLock lock = StoreLock.acquire(written);
        Store store = settings.state().isPresent() ? Store.open(settings.state().get(), profile)
            : Store.inMemory(profile)) {
      Reports.removeLeftovers(settings.out());
      for (SourceSpec source : settings.sources()) {
        MessageSource reader = Sources.open(source, settings.limits());
        opened.add(reader);
        reader.account().ifPresent(accounts::add);
      }
      MessageWork work = new MessageWork(settings);
      Reading reading = new Reading(workers, work, store, expectedCount(opened), started);
      List<MessageFacts> kept = new ArrayList<>();
      List<List<CueSentence>> keptSentences = new ArrayList<>();
      List<SkippedRow> skipped = new ArrayList<>();
      for (int s = 0; s < opened.size(); s++) {
        MessageSource source = opened.get(s);
        String sourceId = sourceId(settings.sources().get(s));
        Optional<String> whole = source.wholeStamp();
        // Texts are never stored: evidence sentences need every message read again.
        boolean rereadAll = settings.evidenceText();
        if (rereadAll || whole.isEmpty() || !store.isComplete(sourceId, whole.get())) {
          Optional<Store.Known> known = rereadAll ? Optional.empty() : Optional.of(store.known(sourceId));
          source.passOver(known.isPresent() ? known.get() : KnownItems.NONE);
          reading.readAll(source, sourceId);
          if (known.isPresent()) {
            known.get().recordMoves();
          }
          if (whole.isPresent()) {
            store.markComplete(sourceId, whole.get());
          }
        }
        String prefix = opened.size() > 1 ? (s + 1) + ":" : "";
        List<Store.Stored> stored = new ArrayList<>(store.load(sourceId));
        stored.sort(Comparator.comparing(Store.Stored::location, NaturalOrder.INSTANCE));
        for (Store.Stored row : stored) {
          String location = prefix + row.location();
          if (row.facts().isPresent()) {
            kept.add(row.facts().get().at(location));
            keptSentences.add(reading.sentences.getOrDefault(textKey(sourceId, row.location()), List.of()));
          }
          row.skipped().ifPresent(reason -> skipped.add(new SkippedRow(location, row.folder(), reason)));
        }
      }
      ClientKeys keys = new ClientKeys(settings.clientList());
      return report(kept, keptSentences, skipped, reading.read, accounts, keys, started);
    } finally {
      workers.shutdownNow();
      for (MessageSource source : opened) {
        source.close();
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
     * Reads and works on the source batch by batch. A batch ends after {@link #BATCH} messages or when the
     * next message's bytes would not fit in what is left of the memory budget; that message starts the
     * next batch. Each message takes its bytes from the budget before they are read (a message file is read
     * on the worker) and gives them back when its parse is done.
     */
    void readAll(MessageSource source, String sourceId) throws IOException {
      Optional<RawMessage> carried = Optional.empty();
      boolean more = true;
      while (more) {
        List<Store.Entry> entries = new ArrayList<>(BATCH);
        List<Pending> batch = new ArrayList<>(BATCH);
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
              read++;
              settings.problems().onProblem(e.location(), e.reason());
              entries.add(skippedEntry(e.itemKey(), e.location(), "", e.stamp(), e.reason()));
              continue;
            }
            if (next.isEmpty()) {
              more = false;
              break;
            }
            raw = next.get();
          }
          long cost = raw.inFlightBytes();
          if (cost > budget.capacity()) {
            read++;
            skip(raw, "message is " + raw.size() + " bytes, more than the memory budget for messages in flight ("
                + budget.capacity() + " bytes)", entries);
            continue;
          }
          if (!budget.tryTake(cost)) {
            if (!batch.isEmpty()) {
              carried = Optional.of(raw);
              break;
            }
            // Only parses that ran past their time and still run can hold the budget now.
            if (!takeWaiting(cost)) {
              read++;
              skip(raw, "the memory budget for messages in flight is held by parses that took longer than "
                  + PARSE_TIMEOUT_SECONDS + " s", entries);
              continue;
            }
          }
          RawMessage admitted = raw;
          batch.add(new Pending(admitted.itemKey(), admitted.location(), admitted.folder(), admitted.stamp(),
              workers.submit(() -> {
                try {
                  return work.apply(admitted);
                } finally {
                  budget.giveBack(cost);
                }
              })));
        }
        for (Pending pending : batch) {
          read++;
          Optional<MessageWork.Worked> worked = await(pending, entries);
          if (worked.isPresent()) {
            entries.add(new Store.Entry(pending.itemKey(), pending.stamp(), new Store.Stored(pending.location(),
                pending.folder(), Optional.of(worked.get().facts()), Optional.empty())));
            if (!worked.get().cueSentences().isEmpty()) {
              sentences.put(textKey(sourceId, pending.location()), worked.get().cueSentences());
            }
          }
        }
        if (!entries.isEmpty()) {
          store.put(sourceId, entries);
        }
        progress.update(read, expected, System.nanoTime() - started);
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

  private Owner inferOwner(OwnerInference inference, ClientKeys keys) {
    Optional<OwnerInference.Inferred> inferred = inference.infer(keys);
    if (inferred.isEmpty()) {
      notices.accept("owner: could not infer whose mailbox this is (no Sent folder, no recipients); "
          + "every sender is treated as a client; use --me or --my-domain");
      return Owner.unknown();
    }
    notices.accept("owner: inferred " + inferred.get().owner().describe() + " as "
        + inferred.get().reason() + "; use --me or --my-domain to say otherwise");
    return inferred.get().owner();
  }

  /**
   * Judges every kept message in report order and writes the reports, in named steps: copies and the
   * header rules (the first copy wins), the owner, the correspondence (ours, a client's, internal, or
   * outside the window), automated senders by behaviour, then threads, metrics and scores.
   */
  private ScanSummary report(List<MessageFacts> kept, List<List<CueSentence>> keptSentences, List<SkippedRow> skipped,
      long read, List<EmailAddress> accounts, ClientKeys keys, long started) throws IOException {
    List<Optional<Verdict>> early = copiesAndHeaders(kept);
    OwnerInference inference = new OwnerInference();
    accounts.forEach(inference::observeAccount);
    for (int i = 0; i < kept.size(); i++) {
      if (early.get(i).isEmpty()) {
        inference.observe(kept.get(i).role(), kept.get(i).from(), kept.get(i).to());
      }
    }
    Owner owner = settings.owner().orElseGet(() -> inferOwner(inference, keys));
    List<Judgement> judgements = correspondence(kept, early, new Correspondence(owner, keys));
    automatedByBehaviour(kept, judgements, owner, keys);
    if (settings.owner().isPresent() && owner.addresses().isEmpty()) {
      describeOurSenders(kept, judgements, owner);
    }

    List<CountedMessage> counted = new ArrayList<>();
    List<Integer> countedIndex = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Judgement j = judgements.get(i);
      boolean inbound = j.verdict().countedAs() == CountedAs.CLIENT_IN;
      for (Correspondence.Party party : j.parties()) {
        counted.add(new CountedMessage(kept.get(i), party.client(), inbound, party.counterpart()));
        countedIndex.add(i);
      }
    }
    Aggregator.Result aggregation = new Aggregator(settings.workingTime()).aggregate(counted);
    List<ClientMetrics> clients = aggregation.clients().stream()
        .sorted(Comparator.comparing(ClientMetrics::client)).toList();
    List<ClientScores> scores = classifier.scoreAll(clients);
    Map<ClientKey, ClientScores> scoreOf = new TreeMap<>();
    scores.forEach(score -> scoreOf.put(score.client(), score));
    String[] threadOf = new String[kept.size()];
    for (int k = 0; k < countedIndex.size(); k++) {
      if (threadOf[countedIndex.get(k)] == null) {
        threadOf[countedIndex.get(k)] = aggregation.threadIds().get(k);
      }
    }

    Map<String, Long> byCategory = new TreeMap<>();
    List<MessageRow> rows = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      MessageFacts f = kept.get(i);
      Judgement j = judgements.get(i);
      byCategory.merge(j.verdict().countedAs().label(), 1L, Long::sum);
      rows.add(new MessageRow(
          f.location(), f.folder(), f.messageId(), Reports.timestamp(f.date()), f.dateSource().label(),
          f.from().map(m -> m.address().toString()).orElse(""),
          String.join("; ", j.parties().stream().map(p -> p.client().toString()).toList()),
          j.verdict().countedAs().label(), j.verdict().reason(),
          threadOf[i] == null ? "" : threadOf[i], f.attachments(), f.analysis(), String.join("; ", f.notes())));
    }
    Reports reports = new Reports(settings.out(), settings.excelBom());
    reports.writeMessages(rows);
    reports.writeSkipped(skipped);
    reports.writeClients(clients, scoreOf);
    History history = History.of(classifier, clients, aggregation.months());
    reports.writeMonthly(history.months());
    reports.writeChanges(history.changes());
    Optional<List<EvidenceRow>> evidenceRows = Optional.empty();
    if (settings.evidenceText()) {
      Evidence evidence = new Evidence(scoreOf);
      for (int i = 0; i < kept.size(); i++) {
        Judgement j = judgements.get(i);
        if (j.verdict().countedAs() == CountedAs.CLIENT_IN && j.client().isPresent()) {
          evidence.offer(j.client().get(), kept.get(i), keptSentences.get(i));
        }
      }
      evidenceRows = Optional.of(evidence.rows());
      reports.writeEvidence(evidenceRows.get());
    } else if (Files.exists(settings.out().resolve(Reports.EVIDENCE))) {
      notices.accept(settings.out().resolve(Reports.EVIDENCE) + ": left from an earlier --evidence-text scan and "
          + "not updated by this one; delete it when it is no longer needed (it holds mail text)");
    }
    if (settings.html()) {
      reports.writeHtml(clients, scoreOf, aggregation.activity(), evidenceRows, history,
          settings.workingTime().describe());
    }
    return new ScanSummary(read, kept.size() + skipped.size(), skipped.size(), clients.size(),
        byCategory, owner.describe(), settings.out(), System.nanoTime() - started, clients, scores);
  }

  /** Step 1: copies of an earlier message (by Message-ID or content), else the header rules' verdict. */
  private static List<Optional<Verdict>> copiesAndHeaders(List<MessageFacts> kept) {
    Duplicates duplicates = new Duplicates();
    List<Optional<Verdict>> early = new ArrayList<>(kept.size());
    for (MessageFacts f : kept) {
      early.add(duplicates.judge(f.messageId(), f.contentDigest(), f.date(), f.location()).or(f::earlyVerdict));
    }
    return early;
  }

  /** Step 2: outside the --since/--until window, or ours, a client's or internal. */
  private List<Judgement> correspondence(List<MessageFacts> kept, List<Optional<Verdict>> early,
      Correspondence correspondence) {
    List<Judgement> judgements = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      MessageFacts f = kept.get(i);
      judgements.add(early.get(i).map(Judgement::notCounted)
          .orElseGet(() -> inWindow(f.date())
              .map(reason -> Judgement.notCounted(new Verdict(CountedAs.OTHER, reason)))
              .orElseGet(() -> correspondence.judge(f.from(), f.to(), f.cc()))));
    }
    return judgements;
  }

  /**
   * Step 3: mail from outside that shows signs of a machine or a mailing, from an address we never
   * wrote to, is automated or bulk (see {@link Senders}); a sender --clients names is always a person.
   */
  private static void automatedByBehaviour(List<MessageFacts> kept, List<Judgement> judgements, Owner owner,
      ClientKeys keys) {
    Senders senders = new Senders();
    for (int i = 0; i < kept.size(); i++) {
      CountedAs countedAs = judgements.get(i).verdict().countedAs();
      if (countedAs == CountedAs.CLIENT_OUT) {
        senders.observeOurs(kept.get(i).to(), kept.get(i).cc());
      } else if (countedAs == CountedAs.CLIENT_IN) {
        senders.observeTheirs(kept.get(i).from().get(), !kept.get(i).machineSigns().isEmpty());
      }
    }
    boolean ownerKnown = !owner.addresses().isEmpty() || !owner.domains().isEmpty();
    for (int i = 0; i < kept.size(); i++) {
      MessageFacts f = kept.get(i);
      if (judgements.get(i).verdict().countedAs() != CountedAs.CLIENT_IN || keys.isListed(f.from().get().address())) {
        continue;
      }
      boolean cut = f.recipients() > f.to().size() + f.cc().size();
      boolean toUs = !ownerKnown || cut || java.util.stream.Stream.concat(f.to().stream(), f.cc().stream())
          .anyMatch(m -> owner.isUs(m.address()) || owner.isOurDomain(m.address()));
      int index = i;
      senders.judge(f.from().get(), f.machineSigns(), f.recipients(), toUs)
          .ifPresent(verdict -> judgements.set(index, Judgement.notCounted(verdict)));
    }
  }

  /** With --my-domain only, everyone there is us: say whose mail that made ours. */
  private void describeOurSenders(List<MessageFacts> kept, List<Judgement> judgements, Owner owner) {
    Map<String, Integer> senders = new TreeMap<>();
    int total = 0;
    for (int i = 0; i < kept.size(); i++) {
      if (judgements.get(i).verdict().countedAs() == CountedAs.CLIENT_OUT) {
        senders.merge(kept.get(i).from().get().address().toString(), 1, Integer::sum);
        total++;
      }
    }
    List<Map.Entry<String, Integer>> top = senders.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(3).toList();
    String domains = String.join(", ", new java.util.TreeSet<>(owner.domains()));
    String who = top.isEmpty() ? "none of it was found" : total + " messages to clients came from "
        + senders.size() + (senders.size() == 1 ? " address: " : " addresses, most from ")
        + String.join(", ", top.stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
    notices.accept("owner: mail from anyone at " + domains + " counts as ours (--my-domain without --me); " + who
        + "; give --me to count only your own");
  }

  /** Empty when the date is inside the --since/--until window, else the reason it is not. */
  private Optional<String> inWindow(Optional<OffsetDateTime> date) {
    if (settings.since().isEmpty() && settings.until().isEmpty()) {
      return Optional.empty();
    }
    if (date.isEmpty()) {
      return Optional.of("no date to place inside --since/--until");
    }
    LocalDate day = date.get().toLocalDate();
    if (settings.since().isPresent() && day.isBefore(settings.since().get())) {
      return Optional.of("before --since " + settings.since().get());
    }
    if (settings.until().isPresent() && day.isAfter(settings.until().get())) {
      return Optional.of("after --until " + settings.until().get());
    }
    return Optional.empty();
  }
}
