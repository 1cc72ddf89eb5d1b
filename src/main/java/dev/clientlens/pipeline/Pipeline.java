package dev.clientlens.pipeline;

import dev.clientlens.aggregate.Aggregator;
import dev.clientlens.aggregate.CountedMessage;
import dev.clientlens.aggregate.MessageFacts;
import dev.clientlens.filter.ClientKeys;
import dev.clientlens.filter.CountedAs;
import dev.clientlens.filter.Correspondence;
import dev.clientlens.filter.Correspondence.Judgement;
import dev.clientlens.filter.Duplicates;
import dev.clientlens.filter.HeaderRules;
import dev.clientlens.filter.Owner;
import dev.clientlens.filter.OwnerInference;
import dev.clientlens.filter.Verdict;
import dev.clientlens.parse.MessageParser;
import dev.clientlens.parse.ParseProblem;
import dev.clientlens.parse.ParsedMessage;
import dev.clientlens.report.MessageRow;
import dev.clientlens.report.Reports;
import dev.clientlens.report.SkippedRow;
import dev.clientlens.source.MessageSource;
import dev.clientlens.source.RawMessage;
import dev.clientlens.source.SourceSpec;
import dev.clientlens.source.SourceUnavailableException;
import dev.clientlens.source.Sources;
import dev.clientlens.source.UnreadableMessageException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * The scan, wired in one place. Messages stream from the sources through parsing and the header and
 * duplicate rules (parsed in parallel, kept in read order); what is kept of each is small and holds no
 * text. Then the owner is settled, each message is judged against it, threads and metrics are computed,
 * and the reports are written.
 */
public final class Pipeline {
  /** Messages handed to the workers at a time; large enough to keep both cores busy. */
  private static final int BATCH = 256;
  /** A message whose parse takes longer than this is skipped: no real mail needs it. */
  private static final long PARSE_TIMEOUT_SECONDS = 30;

  private final ScanSettings settings;
  private final Progress progress;
  private final Consumer<String> notices;

  public Pipeline(ScanSettings settings, Progress progress, Consumer<String> notices) {
    this.settings = settings;
    this.progress = progress;
    this.notices = notices;
  }

  /**
   * Runs the scan and writes the reports.
   *
   * @throws SourceUnavailableException when a source cannot be opened at all
   * @throws IOException when the reports cannot be written, or {@link ProblemPolicy#STOP} stopped the scan
   */
  public ScanSummary run() throws IOException {
    long started = System.nanoTime();
    List<MessageFacts> kept = new ArrayList<>();
    List<SkippedRow> skipped = new ArrayList<>();
    HeaderRules headerRules = new HeaderRules();
    Duplicates duplicates = new Duplicates();
    OwnerInference inference = new OwnerInference();
    MessageParser parser = new MessageParser(settings.parser());
    long read = 0;

    List<MessageSource> opened = new ArrayList<>();
    ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), runnable -> {
      Thread thread = new Thread(runnable, "clientlens-parse");
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (SourceSpec source : settings.sources()) {
        MessageSource reader = Sources.open(source, settings.limits());
        opened.add(reader);
        reader.account().ifPresent(inference::observeAccount);
      }
      OptionalLong expected = expectedCount(opened);
      String prefix = "";
      for (int s = 0; s < opened.size(); s++) {
        MessageSource source = opened.get(s);
        prefix = opened.size() > 1 ? (s + 1) + ":" : "";
        boolean more = true;
        while (more) {
          List<RawMessage> batch = new ArrayList<>(BATCH);
          while (batch.size() < BATCH) {
            Optional<RawMessage> next;
            try {
              next = source.next();
            } catch (UnreadableMessageException e) {
              read++;
              settings.problems().onProblem(prefix + e.location(), e.reason());
              skipped.add(new SkippedRow(prefix + e.location(), "", e.reason()));
              continue;
            }
            if (next.isEmpty()) {
              more = false;
              break;
            }
            batch.add(next.get());
          }
          List<Future<ParsedMessage>> parsed = new ArrayList<>(batch.size());
          for (RawMessage raw : batch) {
            parsed.add(workers.submit(() -> parser.parse(raw)));
          }
          for (int i = 0; i < batch.size(); i++) {
            read++;
            RawMessage raw = batch.get(i);
            String location = prefix + raw.location();
            Optional<ParsedMessage> message = await(parsed.get(i), location, raw.folder(), skipped);
            if (message.isEmpty()) {
              continue;
            }
            ParsedMessage m = message.get();
            Optional<Verdict> early = duplicates.judge(m.messageId()).or(() -> headerRules.judge(m));
            if (early.isEmpty()) {
              inference.observe(m.role(), m.from(), m.to());
            }
            MessageFacts facts = MessageFacts.of(m, early);
            kept.add(prefix.isEmpty() ? facts : relocated(facts, location));
          }
          progress.update(read, expected, System.nanoTime() - started);
        }
      }
    } finally {
      workers.shutdownNow();
      for (MessageSource source : opened) {
        source.close();
      }
    }

    ClientKeys keys = new ClientKeys(settings.clientList());
    Owner owner = settings.owner().orElseGet(() -> inferOwner(inference, keys));
    return report(kept, skipped, read, owner, keys, started);
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

  private Optional<ParsedMessage> await(Future<ParsedMessage> future, String location, String folder,
      List<SkippedRow> skipped) throws IOException {
    String reason;
    try {
      return Optional.of(future.get(PARSE_TIMEOUT_SECONDS, TimeUnit.SECONDS));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      reason = cause instanceof ParseProblem
          ? cause.getMessage()
          : "parser failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    } catch (TimeoutException e) {
      future.cancel(true);
      reason = "parsing took longer than " + PARSE_TIMEOUT_SECONDS + " s";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("scan interrupted", e);
    }
    settings.problems().onProblem(location, reason);
    skipped.add(new SkippedRow(location, folder, reason));
    return Optional.empty();
  }

  private static MessageFacts relocated(MessageFacts f, String location) {
    return new MessageFacts(location, f.folder(), f.role(), f.messageId(), f.from(), f.to(), f.cc(), f.subject(),
        f.date(), f.dateSource(), f.inReplyTo(), f.references(), f.attachments(), f.notes(), f.earlyVerdict());
  }

  /** Judges every kept message against the owner, aggregates the counted ones and writes the reports. */
  private ScanSummary report(List<MessageFacts> kept, List<SkippedRow> skipped, long read, Owner owner,
      ClientKeys keys, long started) throws IOException {
    Correspondence correspondence = new Correspondence(owner, keys);
    List<Judgement> judgements = new ArrayList<>(kept.size());
    List<CountedMessage> counted = new ArrayList<>();
    List<Integer> countedIndex = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      MessageFacts f = kept.get(i);
      Judgement j = f.earlyVerdict()
          .map(v -> new Judgement(v, Optional.empty(), Optional.empty()))
          .orElseGet(() -> inWindow(f.date())
              .map(reason -> new Judgement(new Verdict(CountedAs.OTHER, reason), Optional.empty(), Optional.empty()))
              .orElseGet(() -> correspondence.judge(f.from(), f.to(), f.cc())));
      judgements.add(j);
      if (j.verdict().countedAs().counted()) {
        counted.add(new CountedMessage(f, j.client().get(),
            j.verdict().countedAs() == CountedAs.CLIENT_IN, j.counterpart().get()));
        countedIndex.add(i);
      }
    }
    Aggregator.Result aggregation = new Aggregator().aggregate(counted);
    String[] threadOf = new String[kept.size()];
    for (int k = 0; k < countedIndex.size(); k++) {
      threadOf[countedIndex.get(k)] = aggregation.threadIds().get(k);
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
          j.client().map(Object::toString).orElse(""),
          j.verdict().countedAs().label(), j.verdict().reason(),
          threadOf[i] == null ? "" : threadOf[i], f.attachments(), String.join("; ", f.notes())));
    }
    Reports reports = new Reports(settings.out(), settings.excelBom());
    reports.writeMessages(rows);
    reports.writeSkipped(skipped);
    reports.writeClients(aggregation.clients());
    return new ScanSummary(read, skipped.size(), aggregation.clients().size(), byCategory, owner.describe(),
        settings.out(), System.nanoTime() - started);
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
