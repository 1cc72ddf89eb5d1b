package dev.clientlens.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Decides which conversations the mailbox holds. The sample cast has a fixed number of threads per client;
 * a synthetic mailbox adds threads client by client (in proportion to their weights) while a dry run of each
 * new thread still fits the requested number of files, so it lands within a few files of the target.
 */
final class Planner {
  static final ZoneId HOME = ZoneId.of("Europe/Oslo");
  /** The golden ratio's fractional part spreads any number of thread starts evenly over the period. */
  private static final double PHI = 0.6180339887498949;
  /** Share of a synthetic mailbox that is newsletters. */
  private static final double BULK_SHARE = 0.02;

  private final GeneratorSettings settings;
  private final Period period;
  private final Cast cast;
  private final Schedule us;
  private final List<Map<ThreadKind, Integer>> ordinals = new ArrayList<>();

  private Planner(GeneratorSettings settings) {
    this.settings = settings;
    this.period = Period.of(settings.start(), settings.months(), HOME);
    this.cast = (settings.preset() == GeneratorSettings.Preset.SAMPLE
        ? SampleCast.create(period) : SyntheticCast.create(settings, period))
        .withChanges(settings.archetypeChanges(), settings.seed());
    this.us = Schedule.owner(HOME, cast.ownerHolidays());
    for (int i = 0; i < cast.parties().size(); i++) {
      ordinals.add(new EnumMap<>(ThreadKind.class));
    }
  }

  static Simulation plan(GeneratorSettings settings) {
    Planner planner = new Planner(settings);
    return settings.preset() == GeneratorSettings.Preset.SAMPLE ? planner.sample() : planner.synthetic();
  }

  private Simulation sample() {
    List<ThreadPlan> plans = new ArrayList<>();
    for (Party party : cast.parties()) {
      for (int k = 0; k < party.threads(); k++) {
        // The first two threads of every client are projects, so each shows its archetype early; the second
        // has one reply without threading headers, linked to the thread by its subject only.
        ThreadKind kind = !party.isClient() ? ThreadKind.INTERNAL
            : k < 2 ? ThreadKind.PROJECT
            : party.behaviour().kinds().pick(Dice.of(settings.seed(), 5, party.index(), k));
        plans.add(plan(party, k, kind, party.isClient() && k == 1));
      }
      int k = party.threads();
      if (party.formerContact().isPresent()) {
        plans.add(plan(party, k++, ThreadKind.BOUNCE, false));
      }
      // An invoice sent on the second day of each holiday, so every out-of-office notice shows up at least once.
      for (Away away : party.away()) {
        Instant start = away.first().plusDays(1).atTime(10, 0).atZone(HOME).toInstant();
        plans.add(plan(party, k++, ThreadKind.INVOICE, false).startingAt(start));
      }
    }
    List<NewsletterStream> streams = new ArrayList<>();
    for (int i = 0; i < cast.newsletters().size(); i++) {
      streams.add(new NewsletterStream(cast.newsletters().get(i), i, cast.owner(), period, settings.seed(),
          Integer.MAX_VALUE));
    }
    return simulation(plans, streams);
  }

  private Simulation synthetic() {
    int target = settings.messages();
    List<NewsletterStream> streams = new ArrayList<>();
    int bulk = 0;
    int wanted = (int) Math.round(target * BULK_SHARE);
    List<Newsletter> lists = cast.newsletters();
    long days = period.seconds() / 86_400;
    for (int i = 0; i < lists.size(); i++) {
      int issues = wanted / lists.size() + (i < wanted % lists.size() ? 1 : 0);
      if (issues == 0) {
        continue;
      }
      Newsletter base = lists.get(i);
      int every = (int) Math.max(1, (days - 3) / issues);
      Newsletter list = new Newsletter(base.name(), base.fromName(), base.address(), base.listId(), base.language(),
          base.zone(), base.sendAt(), every, base.htmlOnly(), base.headlines());
      bulk += NewsletterStream.issuesIn(list, i, period, issues);
      streams.add(new NewsletterStream(list, i, cast.owner(), period, settings.seed(), issues));
    }

    List<ThreadPlan> plans = new ArrayList<>();
    int budget = target - bulk;
    int total = 0;
    int[] next = new int[cast.parties().size()];
    PriorityQueue<double[]> turn = new PriorityQueue<>(
        Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]));
    for (Party p : cast.parties()) {
      turn.add(new double[] {0, p.index()});
    }
    // Weighted round robin: every party gets a first thread, then each party's next one is due at
    // (threads + 1) / weight.
    while (!turn.isEmpty() && total < budget) {
      int index = (int) turn.poll()[1];
      Party party = cast.party(index);
      int k = next[index];
      Dice dice = Dice.of(settings.seed(), 5, index, k);
      ThreadKind kind = !party.isClient() ? ThreadKind.INTERNAL
          : party.formerContact().isPresent() && dice.chance(0.002) ? ThreadKind.BOUNCE
          : party.behaviour().kinds().pick(dice);
      ThreadPlan plan = plan(party, k, kind, party.isClient() && dice.chance(0.04));
      int files = ThreadScript.countFiles(at -> cast.party(index, at), plan, period, cast.owner(), us);
      if (total + files > budget) {
        // This party's next thread would overshoot: it gets no more, the others may still fit.
        ordinals.get(index).merge(kind, -1, Integer::sum);
        continue;
      }
      plans.add(plan);
      total += files;
      next[index] = k + 1;
      turn.add(new double[] {(k + 2) / party.weight(), index});
    }
    return simulation(plans, streams);
  }

  private ThreadPlan plan(Party party, int k, ThreadKind kind, boolean unlinked) {
    int ordinal = ordinals.get(party.index()).merge(kind, 1, Integer::sum) - 1;
    double offset = Dice.of(settings.seed(), 8, party.index()).unit();
    double u = (offset + k * PHI) % 1.0;
    long usable = Math.max(1, period.seconds() - Duration.ofDays(4).getSeconds());
    Instant start = period.start().plusSeconds((long) (u * usable));
    long seed = Dice.mix(settings.seed(), 7, party.index(), k);
    return new ThreadPlan(party.index(), k, ordinal, kind, start, unlinked, seed);
  }

  private Simulation simulation(List<ThreadPlan> plans, List<NewsletterStream> streams) {
    plans.sort(Comparator.comparing(ThreadPlan::start).thenComparingInt(ThreadPlan::party)
        .thenComparingInt(ThreadPlan::thread));
    return new Simulation(cast, period, plans, streams);
  }
}
