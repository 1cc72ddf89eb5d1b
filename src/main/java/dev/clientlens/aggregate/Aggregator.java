package dev.clientlens.aggregate;

import com.carrotsearch.hppc.DoubleArrayList;
import com.carrotsearch.hppc.LongHashSet;
import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Cue;
import dev.clientlens.facts.MessageFacts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Turns counted messages into threads and per-client timing metrics. Within a thread, messages are
 * taken in time order: a client message after one of ours is the client's reply, one of ours after a
 * client message is our reply, and a client message after another client message with nothing of ours
 * between is a nudge. A client status request written before the latest deadline stated earlier in the
 * thread (by either side) is a pre-deadline check-in.
 */
public final class Aggregator {
  private final WorkingTime workingTime;

  /** Judges after hours, weekends and working-hours reply times by {@link WorkingTime#STANDARD}. */
  public Aggregator() {
    this(WorkingTime.STANDARD);
  }

  /** Judges after hours, weekends and working-hours reply times by {@code workingTime}. */
  public Aggregator(WorkingTime workingTime) {
    this.workingTime = java.util.Objects.requireNonNull(workingTime, "workingTime");
  }

  /**
   * Per-client metrics sorted by client key, the thread of each message by the number it was added with
   * (see {@link Run#add}), each client's series for the charts (sorted by client key), and the metrics
   * per client and calendar month (sorted by client, then month).
   */
  public record Result(List<ClientMetrics> clients, ThreadIds threads, List<ClientActivity> activity,
      List<ClientMonth> months) {
    public Result {
      clients = List.copyOf(clients);
      java.util.Objects.requireNonNull(threads, "threads");
      activity = List.copyOf(activity);
      months = List.copyOf(months);
    }

    /** The thread id of message {@code number}, or empty when it named no thread. */
    public Optional<String> threadOf(int number) {
      return threads.of(number);
    }
  }

  /**
   * Thread ids by message number, 8 bytes per message: a thread id is {@code t} and the first 48 bits of
   * a SHA-256 in hex, kept as a number.
   */
  public static final class ThreadIds {
    private static final long NONE = -1;
    private long[] ids = new long[0];

    private ThreadIds() {}

    Optional<String> of(int number) {
      if (number >= ids.length || ids[number] == NONE) {
        return Optional.empty();
      }
      return Optional.of("t" + HexFormat.of().toHexDigits(ids[number]).substring(4));
    }

    private void set(int number, long id) {
      if (number >= ids.length) {
        int size = Math.max(number + 1, ids.length * 2);
        long[] grown = Arrays.copyOf(ids, size);
        Arrays.fill(grown, ids.length, size, NONE);
        ids = grown;
      }
      ids[number] = id;
    }
  }

  /** All the messages at once, each numbered by its position and naming its thread. */
  public Result aggregate(List<CountedMessage> messages) {
    Run run = start();
    for (int i = 0; i < messages.size(); i++) {
      run.add(i, messages.get(i), true);
    }
    run.endPart();
    return run.finish();
  }

  /**
   * An aggregation fed in parts, so that only one part's messages are in memory: each part must hold all
   * the messages of the clients in it, in report order. The result does not depend on how the clients
   * are split into parts.
   */
  public Run start() {
    return new Run();
  }

  /** See {@link #start()}. */
  public final class Run {
    private final Tallies tallies = new Tallies();
    private final ThreadIds threads = new ThreadIds();
    private final Map<ClientKey, List<Added>> part = new TreeMap<>();
    private boolean finished;

    private Run() {}

    /** A message added under its number; what a message needs for threading and tallies. */
    private record Added(int number, CountedMessage message, boolean namesThread) {}

    /**
     * Adds a message of the current part.
     *
     * @param number the message's number in the report: its thread is found under it in the result
     * @param namesThread whether this is the client whose thread the message report shows for it (a message
     *     that counts for several clients is added once for each)
     */
    public void add(int number, CountedMessage message, boolean namesThread) {
      if (finished) {
        throw new IllegalStateException("aggregation: a message added after the result was taken");
      }
      part.computeIfAbsent(message.client(), k -> new ArrayList<>()).add(new Added(number, message, namesThread));
    }

    /** Threads and tallies the part's messages, and lets them go. */
    public void endPart() {
      for (Map.Entry<ClientKey, List<Added>> client : part.entrySet()) {
        thread(client.getValue());
      }
      part.clear();
    }

    /** The figures of every part ended so far. */
    public Result finish() {
      if (!part.isEmpty()) {
        throw new IllegalStateException("aggregation: a part was not ended");
      }
      finished = true;
      return result(tallies, threads);
    }

    /** One client's messages: its threads, reply times, nudges and check-ins. */
    private void thread(List<Added> added) {
      List<CountedMessage> messages = new ArrayList<>(added.size());
      List<Threads.Node> nodes = new ArrayList<>(added.size());
      for (Added a : added) {
        CountedMessage m = a.message();
        MessageFacts f = m.facts();
        messages.add(m);
        nodes.add(new Threads.Node(f.messageId(), f.inReplyTo(), f.references(), f.subject(), m.client(),
            f.date().orElse(null)));
        tallies.count(m, workingTime);
      }
      int[] thread = Threads.assign(nodes);
      Map<Integer, List<Integer>> members = new HashMap<>();
      for (int i = 0; i < thread.length; i++) {
        members.computeIfAbsent(thread[i], k -> new ArrayList<>()).add(i);
      }
      Comparator<Integer> chronological =
          Comparator.<Integer, Boolean>comparing(i -> messages.get(i).facts().date().isEmpty())
              .thenComparing(i -> messages.get(i).facts().date().map(OffsetDateTime::toInstant).orElse(null),
                  Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(Comparator.naturalOrder());
      for (List<Integer> inThread : members.values()) {
        List<Integer> ordered = new ArrayList<>(inThread);
        ordered.sort(chronological);
        long label = label(messages.get(ordered.get(0)).facts());
        for (int i : ordered) {
          if (added.get(i).namesThread()) {
            threads.set(added.get(i).number(), label);
          }
        }
        walk(ordered.stream().map(messages::get).toList());
      }
    }

    /** A thread's messages in time order: what each step says about timing and check-ins. */
    private void walk(List<CountedMessage> ordered) {
      Set<YearMonth> seenMonths = new HashSet<>();
      Instant latestDeadline = null;
      tallies.whole(ordered.get(0).client()).threads++;
      for (int k = 0; k < ordered.size(); k++) {
        CountedMessage current = ordered.get(k);
        Optional<YearMonth> month = current.facts().date().map(YearMonth::from);
        if (month.isPresent() && seenMonths.add(month.get())) {
          tallies.month(current.client(), month.get()).threads++;
        }
        if (k > 0) {
          timeStep(ordered.get(k - 1), current, tallies);
        }
        Optional<OffsetDateTime> date = current.facts().date();
        if (current.inbound() && latestDeadline != null && date.isPresent()
            && date.get().toInstant().isBefore(latestDeadline)
            && current.facts().analysis().cues().has(Cue.CHECKIN)) {
          tallies.both(current.client(), current, t -> t.preDeadlineCheckins++);
        }
        for (OffsetDateTime due : current.facts().analysis().deadlines()) {
          if (latestDeadline == null || due.toInstant().isAfter(latestDeadline)) {
            latestDeadline = due.toInstant();
          }
        }
      }
    }
  }

  private static Result result(Tallies tallies, ThreadIds threads) {
    int totalOut = 0;
    for (Tally t : tallies.whole.values()) {
      totalOut += t.out;
    }
    List<ClientMetrics> clients = new ArrayList<>();
    List<ClientActivity> activity = new ArrayList<>();
    for (Map.Entry<ClientKey, Tally> entry : tallies.whole.entrySet()) {
      clients.add(entry.getValue().metrics(entry.getKey(), totalOut));
      activity.add(entry.getValue().activity(entry.getKey()));
    }
    Map<YearMonth, Integer> outByMonth = new TreeMap<>();
    for (Map<YearMonth, Tally> months : tallies.monthly.values()) {
      months.forEach((month, t) -> outByMonth.merge(month, t.out, Integer::sum));
    }
    List<ClientMonth> months = new ArrayList<>();
    for (Map.Entry<ClientKey, TreeMap<YearMonth, Tally>> entry : tallies.monthly.entrySet()) {
      for (Map.Entry<YearMonth, Tally> month : entry.getValue().entrySet()) {
        months.add(new ClientMonth(month.getKey(),
            month.getValue().metrics(entry.getKey(), outByMonth.get(month.getKey()))));
      }
    }
    return new Result(clients, threads, activity, months);
  }

  /**
   * Each client's running figures over all its mail, and per calendar month of the message's own date (a
   * reply, nudge or check-in counts in the month it was written). Undated messages count only in the whole.
   */
  private static final class Tallies {
    private final Map<ClientKey, Tally> whole = new TreeMap<>();
    private final Map<ClientKey, TreeMap<YearMonth, Tally>> monthly = new TreeMap<>();

    Tally whole(ClientKey client) {
      return whole.computeIfAbsent(client, k -> new Tally(true));
    }

    Tally month(ClientKey client, YearMonth month) {
      return monthly.computeIfAbsent(client, k -> new TreeMap<>()).computeIfAbsent(month, k -> new Tally(false));
    }

    void count(CountedMessage m, WorkingTime workingTime) {
      both(m.client(), m, t -> t.count(m, workingTime));
    }

    /** Applies {@code update} to the client's whole tally and to that of the month {@code at} was written in. */
    void both(ClientKey client, CountedMessage at, Consumer<Tally> update) {
      update.accept(whole(client));
      at.facts().date().ifPresent(date -> update.accept(month(client, YearMonth.from(date))));
    }
  }

  /** What the step from {@code previous} to {@code current} in one thread says about reply timing. */
  private void timeStep(CountedMessage previous, CountedMessage current, Tallies tallies) {
    Optional<OffsetDateTime> before = previous.facts().date();
    Optional<OffsetDateTime> now = current.facts().date();
    if (before.isEmpty() || now.isEmpty()) {
      return;
    }
    double hours = Duration.between(before.get().toInstant(), now.get().toInstant()).toSeconds() / 3600.0;
    if (current.inbound() && !previous.inbound()) {
      double work = workingTime.hoursBetween(before.get(), now.get());
      tallies.both(current.client(), current, t -> {
        t.clientReplyHours.add(hours);
        t.clientReplyWorkHours.add(work);
      });
    } else if (!current.inbound() && previous.inbound()) {
      double work = workingTime.hoursBetween(before.get(), now.get());
      tallies.both(previous.client(), current, t -> {
        t.ourReplyHours.add(hours);
        t.ourReplyWorkHours.add(work);
      });
    } else if (current.inbound() && previous.client().equals(current.client())) {
      tallies.both(current.client(), current, t -> t.nudgeHours.add(hours));
    }
  }

  /** A short, stable thread id derived from the first message's Message-ID (or its location): 48 bits of its SHA-256. */
  private static long label(MessageFacts first) {
    String basis = first.messageId().isEmpty() ? first.location() : first.messageId();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      long id = 0;
      for (int i = 0; i < 6; i++) {
        id = id << 8 | (digest[i] & 0xff);
      }
      return id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  /** Running figures for one client. */
  private static final class Tally {
    private int in;
    private int out;
    private int threads;
    private int datedIn;
    private int afterHours;
    private int weekend;
    private int preDeadlineCheckins;
    private int toneMessages;
    private double politenessSum;
    private int politenessCount;
    private final int[] cueMessages = new int[Cue.values().length];
    private OffsetDateTime first;
    private OffsetDateTime last;
    private final LongHashSet activeWeeks = new LongHashSet();
    private final Map<String, Integer> names = new TreeMap<>();
    private final Set<String> correspondents = new HashSet<>();
    private final DoubleArrayList clientReplyHours = new DoubleArrayList();
    private final DoubleArrayList ourReplyHours = new DoubleArrayList();
    private final DoubleArrayList nudgeHours = new DoubleArrayList();
    private final DoubleArrayList clientReplyWorkHours = new DoubleArrayList();
    private final DoubleArrayList ourReplyWorkHours = new DoubleArrayList();
    /**
     * For the charts, kept for a client's whole tally only (null in a month's): dated messages per ISO week
     * (by its Monday), {in, out}; and the client's by weekday and hour.
     */
    private final Map<LocalDate, int[]> weeks;
    private final int[] weekdayHours;

    Tally(boolean charts) {
      weeks = charts ? new TreeMap<>() : null;
      weekdayHours = charts ? new int[ClientActivity.WEEKDAY_HOURS] : null;
    }

    void count(CountedMessage m, WorkingTime workingTime) {
      correspondents.add(m.counterpart().address().toString());
      String name = m.counterpart().displayName();
      names.merge(name.isEmpty() ? m.counterpart().address().toString() : name, 1, Integer::sum);
      if (!m.inbound()) {
        out++;
      } else {
        in++;
        countTone(m.facts().analysis());
      }
      Optional<OffsetDateTime> date = m.facts().date();
      if (date.isEmpty()) {
        return;
      }
      OffsetDateTime local = date.get();
      if (first == null || local.toInstant().isBefore(first.toInstant())) {
        first = local;
      }
      if (last == null || local.toInstant().isAfter(last.toInstant())) {
        last = local;
      }
      if (weeks != null) {
        LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        weeks.computeIfAbsent(monday, k -> new int[2])[m.inbound() ? 0 : 1]++;
        if (m.inbound()) {
          weekdayHours[(local.getDayOfWeek().getValue() - 1) * 24 + local.getHour()]++;
        }
      }
      if (m.inbound()) {
        datedIn++;
        if (workingTime.isWeekend(local)) {
          weekend++;
        } else if (workingTime.isAfterHours(local)) {
          afterHours++;
        }
        activeWeeks.add(local.get(IsoFields.WEEK_BASED_YEAR) * 100L + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
    }

    /**
     * Cue shares are over all client messages read for tone, so a client who writes more is not scored
     * higher for it. Only a two-way client's mail is read for tone, and none in a scan without the language
     * analysis.
     */
    private void countTone(TextAnalysis analysis) {
      if (!analysis.depth().covers(Analyser.Depth.TONE)) {
        return;
      }
      toneMessages++;
      for (Cue cue : Cue.values()) {
        if (analysis.cues().has(cue)) {
          cueMessages[cue.ordinal()]++;
        }
      }
      if (analysis.politeness().isPresent()) {
        politenessSum += analysis.politeness().getAsDouble();
        politenessCount++;
      }
    }

    /** Empty when none of the client's mail was read for tone. */
    private Map<Cue, Double> cueRates() {
      Map<Cue, Double> rates = new EnumMap<>(Cue.class);
      if (toneMessages > 0) {
        for (Cue cue : Cue.values()) {
          rates.put(cue, (double) cueMessages[cue.ordinal()] / toneMessages);
        }
      }
      return rates;
    }

    ClientActivity activity(ClientKey key) {
      List<ClientActivity.Week> series = new ArrayList<>(weeks.size());
      weeks.forEach((monday, counts) -> series.add(new ClientActivity.Week(monday, counts[0], counts[1])));
      return new ClientActivity(key, series, Arrays.stream(weekdayHours).boxed().toList(),
          sorted(clientReplyHours), sorted(ourReplyHours));
    }

    ClientMetrics metrics(ClientKey key, int totalOut) {
      String displayName =
          names.entrySet().stream()
              .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                  .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
              .map(Map.Entry::getKey)
              .orElse(key.value());
      return new ClientMetrics(
          key,
          displayName,
          in,
          out,
          threads,
          Optional.ofNullable(first),
          Optional.ofNullable(last),
          correspondents.size(),
          activeWeeks.isEmpty() ? 0 : (double) datedIn / activeWeeks.size(),
          median(clientReplyHours),
          median(ourReplyHours),
          nudgeHours.size(),
          datedIn == 0 ? 0 : (double) nudgeHours.size() / datedIn,
          median(nudgeHours),
          datedIn == 0 ? 0 : (double) afterHours / datedIn,
          datedIn == 0 ? 0 : (double) weekend / datedIn,
          totalOut == 0 ? 0 : (double) out / totalOut,
          preDeadlineCheckins,
          politenessCount == 0 ? OptionalDouble.empty() : OptionalDouble.of(politenessSum / politenessCount),
          cueRates(),
          median(clientReplyWorkHours),
          median(ourReplyWorkHours));
    }
  }

  private static List<Double> sorted(DoubleArrayList values) {
    double[] sorted = values.toArray();
    Arrays.sort(sorted);
    return Arrays.stream(sorted).boxed().toList();
  }

  static OptionalDouble median(DoubleArrayList values) {
    if (values.isEmpty()) {
      return OptionalDouble.empty();
    }
    double[] sorted = values.toArray();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
  }
}
