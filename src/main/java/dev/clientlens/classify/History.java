package dev.clientlens.classify;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.aggregate.ClientMonth;
import dev.clientlens.domain.ClientKey;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Each client's scores month by month, and what changed: a score that crossed {@value Classifier#THRESHOLD}
 * or moved by {@value #MOVE} or more since the previous month with client mail, and a month whose median reply
 * time (theirs or ours) went more than 50% above the client's own baseline, the median of the monthly medians
 * of all earlier months (at least {@value #BASELINE_MONTHS} of them). A month is scored only when the client
 * is scored as a whole ({@link Classifier#unscored}) and wrote that month; it is scored on that month's
 * mail alone, pulled toward the usual like any client with little mail.
 */
public final class History {
  /** A move of a score this large from one month to the next is a change, threshold or not. */
  public static final double MOVE = 0.2;
  /** A month's reply time above this multiple of the baseline is a change (more than 50% above). */
  public static final double SLOWER = 1.5;
  /** Earlier months with a reply time that a baseline needs. */
  public static final int BASELINE_MONTHS = 2;

  /** One client's month: its metrics, and its scores when the month is scored. */
  public record Month(ClientMonth month, Optional<ClientScores> scores) {
    public Month {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(scores, "scores");
    }

    public ClientKey client() {
      return month.metrics().client();
    }
  }

  /**
   * One change: in {@code month}, {@code measure} (a column of {@code clients-monthly.csv}) went from
   * {@code oldValue} (the previous month's score, or the reply-time baseline) to {@code newValue}.
   */
  public record Change(ClientKey client, YearMonth month, String measure, double oldValue, double newValue,
      String reason) {
    public Change {
      Objects.requireNonNull(client, "client");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The scores that are compared month to month, by their column names. */
  private enum Score {
    HANDS_ON("hands_on", ClientScores::handsOn),
    UNTRUSTING("untrusting", ClientScores::untrusting),
    DIY_EXPERT("diy_expert", ClientScores::diyExpert),
    FIRE_RISK("fire_risk", ClientScores::fireRisk);

    private final String label;
    private final ToDoubleFunction<ClientScores> value;

    Score(String label, ToDoubleFunction<ClientScores> value) {
      this.label = label;
      this.value = value;
    }
  }

  /** The reply times watched against the client's baseline, by their column names. */
  private enum Reply {
    CLIENT("median_client_reply_hours", ClientMetrics::clientReplyHours,
        "they took a median %s to answer us in %s, %s above their usual %s (the median of %d earlier months)"),
    OURS("median_our_reply_hours", ClientMetrics::ourReplyHours,
        "we took a median %s to answer them in %s, %s above our usual %s with them (the median of %d earlier months)");

    private final String label;
    private final Function<ClientMetrics, OptionalDouble> value;
    private final String words;

    Reply(String label, Function<ClientMetrics, OptionalDouble> value, String words) {
      this.label = label;
      this.value = value;
      this.words = words;
    }
  }

  private final List<Month> months;
  private final List<Change> changes;

  private History(List<Month> months, List<Change> changes) {
    this.months = List.copyOf(months);
    this.changes = List.copyOf(changes);
  }

  /**
   * Scores the months of the clients that {@code classifier} scores as a whole and finds the changes.
   * {@code months} are the aggregator's, for the clients in {@code clients}.
   */
  public static History of(Classifier classifier, List<ClientMetrics> clients, List<ClientMonth> months) {
    Map<ClientKey, ClientMetrics> whole = new HashMap<>();
    clients.forEach(c -> whole.put(c.client(), c));
    Map<YearMonth, Integer> active = new HashMap<>();
    for (ClientMonth m : months) {
      active.merge(m.month(), 1, Integer::sum);
    }
    List<ClientMonth> sorted = new ArrayList<>(months);
    sorted.sort(Comparator.comparing((ClientMonth m) -> m.metrics().client()).thenComparing(ClientMonth::month));
    List<Month> rows = new ArrayList<>();
    for (ClientMonth m : sorted) {
      ClientMetrics all = whole.get(m.metrics().client());
      if (all == null) {
        throw new IllegalArgumentException("history: month " + m.month() + " of " + m.metrics().client()
            + ", a client without metrics");
      }
      boolean scored = Classifier.unscored(all).isEmpty() && m.metrics().messagesIn() > 0;
      rows.add(new Month(m, scored ? Optional.of(classifier.score(m.metrics(), active.get(m.month())))
          : Optional.empty()));
    }
    List<Change> changes = new ArrayList<>();
    int from = 0;
    while (from < rows.size()) {
      int to = from;
      while (to < rows.size() && rows.get(to).client().equals(rows.get(from).client())) {
        to++;
      }
      List<Month> client = rows.subList(from, to);
      changes.addAll(scoreChanges(client));
      for (Reply reply : Reply.values()) {
        changes.addAll(slowerReplies(client, reply));
      }
      from = to;
    }
    changes.sort(Comparator.comparing(Change::client).thenComparing(Change::month)
        .thenComparing(c -> measureOrder(c.measure())));
    return new History(rows, changes);
  }

  /** Every client month, sorted by client, then month. */
  public List<Month> months() {
    return months;
  }

  /** The changes, sorted by client, month and measure (scores first, then reply times). */
  public List<Change> changes() {
    return changes;
  }

  private static int measureOrder(String measure) {
    for (Score s : Score.values()) {
      if (s.label.equals(measure)) {
        return s.ordinal();
      }
    }
    return Score.values().length + Arrays.stream(Reply.values()).filter(r -> r.label.equals(measure))
        .findFirst().orElseThrow().ordinal();
  }

  /** Scores that crossed the threshold or moved by {@link #MOVE}, against the previous scored month. */
  private static List<Change> scoreChanges(List<Month> client) {
    List<Change> changes = new ArrayList<>();
    Month previous = null;
    for (Month m : client) {
      if (m.scores().isEmpty()) {
        continue;
      }
      if (previous != null) {
        for (Score s : Score.values()) {
          double before = rounded(s.value.applyAsDouble(previous.scores().get()));
          double now = rounded(s.value.applyAsDouble(m.scores().get()));
          boolean crossed = (before < Classifier.THRESHOLD) != (now < Classifier.THRESHOLD);
          boolean moved = Math.abs(now - before) >= MOVE - 1e-9;
          if (crossed || moved) {
            changes.add(new Change(m.client(), m.month().month(), s.label, before, now,
                scoreWords(s.label, before, now, previous.month().month(), crossed)));
          }
        }
      }
      previous = m;
    }
    return changes;
  }

  private static String scoreWords(String label, double before, double now, YearMonth since, boolean crossed) {
    String direction = now > before ? "rose" : "fell";
    String words = String.format(Locale.ROOT, "%s %s from %.3f in %s to %.3f", label, direction, before, since, now);
    if (crossed) {
      words += (now > before ? ", above " : ", below ") + Classifier.THRESHOLD;
    }
    if (Math.abs(now - before) >= MOVE - 1e-9) {
      words += String.format(Locale.ROOT, ", a move of %.3f", Math.abs(now - before));
    }
    return words;
  }

  /**
   * Months whose reply time went above {@link #SLOWER} times the baseline. Only the first month of a run above
   * it is a change: a client who stays slow is not reported again until a month came back under.
   */
  private static List<Change> slowerReplies(List<Month> client, Reply reply) {
    List<Change> changes = new ArrayList<>();
    List<Double> earlier = new ArrayList<>();
    boolean above = false;
    for (Month m : client) {
      OptionalDouble value = reply.value.apply(m.month().metrics());
      if (value.isEmpty()) {
        continue;
      }
      double now = rounded(value.getAsDouble());
      boolean isAbove = false;
      if (earlier.size() >= BASELINE_MONTHS) {
        double baseline = rounded(median(earlier));
        isAbove = baseline > 0 && now > SLOWER * baseline;
        if (isAbove && !above) {
          changes.add(new Change(m.client(), m.month().month(), reply.label, baseline, now,
              String.format(Locale.ROOT, reply.words, hours(now), m.month().month(),
                  Math.round((now / baseline - 1) * 100) + "%", hours(baseline), earlier.size())));
        }
      }
      above = isAbove;
      earlier.add(now);
    }
    return changes;
  }

  private static String hours(double hours) {
    return String.format(Locale.ROOT, "%.1f h", hours);
  }

  /** As the report writes it: three decimals, so the file's own numbers show why a row is there. */
  private static double rounded(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
