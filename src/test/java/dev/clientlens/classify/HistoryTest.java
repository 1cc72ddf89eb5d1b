package dev.clientlens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.aggregate.ClientMonth;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Cue;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Month-by-month scores and changes on a model small enough to score by hand: every weight is 0 except the
 * nudge rate's for hands_on, ln 9, over a feature mean of 0 and sd of 1, with intercepts 0 and k = 4. So a
 * month's raw hands_on score is 1 / (1 + 9^-r) for nudge rate r (0.5 at r = 0, 0.75 at 0.5, 0.9 at 1), and
 * the score is prior + (raw - prior) * n / (n + 4) with prior 0.1; the other scores are 0.2 + 0.3 n / (n + 4).
 */
class HistoryTest {
  private static final ClientKey ACME = new ClientKey("acme.no");
  private static final ClientKey QUIET = new ClientKey("quiet.no");

  private static Classifier handModel() {
    List<ArchetypeModel.Row> rows = new ArrayList<>();
    for (String name : Classifier.featureNames()) {
      rows.add(new ArchetypeModel.Row(name, 0, 1,
          name.equals(Feature.NUDGE_RATE.label()) ? List.of(Math.log(9), 0.0, 0.0, 0.0) : List.of(0.0, 0.0, 0.0, 0.0)));
    }
    return Classifier.of(new ArchetypeModel(List.of("hand model"), 4, List.of(0.1, 0.2, 0.2, 0.2),
        List.of(0.0, 0.0, 0.0, 0.0), rows));
  }

  private static ClientMetrics metrics(ClientKey key, int in, int out, double nudgeRate, Double clientReply,
      Double ourReply) {
    Map<Cue, Double> rates = new EnumMap<>(Cue.class);
    for (Cue cue : Cue.values()) {
      rates.put(cue, 0.0);
    }
    return new ClientMetrics(key, key.value(), in, out, 1, Optional.empty(), Optional.empty(), 1, 1,
        clientReply == null ? OptionalDouble.empty() : OptionalDouble.of(clientReply),
        ourReply == null ? OptionalDouble.empty() : OptionalDouble.of(ourReply), 0, nudgeRate, OptionalDouble.empty(),
        0, 0, 0.5, 0, OptionalDouble.empty(), rates);
  }

  private static ClientMonth month(String month, ClientMetrics metrics) {
    return new ClientMonth(YearMonth.parse(month), metrics);
  }

  @Test
  void scoresEachMonthByHandAndReportsCrossingsAndMoves() {
    List<ClientMonth> months = List.of(
        // n = 4, r = 0: hands_on 0.1 + 0.4 * 4/8 = 0.300; the others 0.2 + 0.3 * 4/8 = 0.350
        month("2026-01", metrics(ACME, 4, 2, 0, null, null)),
        // no client mail: no scores, and the next month is compared with January
        month("2026-02", metrics(ACME, 0, 1, 0, null, null)),
        // n = 4, r = 1: 0.1 + 0.8 * 4/8 = 0.500: crossed 0.5, and a move of exactly 0.2
        month("2026-03", metrics(ACME, 4, 2, 1, null, null)),
        // n = 12, r = 1: 0.1 + 0.8 * 12/16 = 0.700: a move of 0.2, no crossing; the others 0.2 + 0.3 * 12/16
        // = 0.425, a move of 0.075 only
        month("2026-04", metrics(ACME, 12, 2, 1, null, null)),
        // n = 4, r = 0.5: 0.1 + 0.65 * 4/8 = 0.425: below 0.5 again, a move of 0.275
        month("2026-05", metrics(ACME, 4, 2, 0.5, null, null)),
        // n = 4, r = 0.5 again: 0.425, no change
        month("2026-06", metrics(ACME, 4, 2, 0.5, null, null)));
    ClientMetrics whole = metrics(ACME, 28, 11, 0.6, null, null);
    History history = History.of(handModel(), List.of(whole), months);

    List<Double> handsOn = history.months().stream()
        .map(m -> m.scores().map(ClientScores::handsOn).orElse(Double.NaN)).toList();
    double[] expected = {0.3, Double.NaN, 0.5, 0.7, 0.425, 0.425};
    assertEquals(expected.length, handsOn.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], handsOn.get(i), 1e-9, "month " + (i + 1));
    }
    assertEquals(0.35, history.months().get(0).scores().get().untrusting(), 1e-9);

    List<String> changes = history.changes().stream()
        .map(c -> c.month() + " " + c.measure() + " " + c.oldValue() + " " + c.newValue()).toList();
    assertEquals(List.of("2026-03 hands_on 0.3 0.5", "2026-04 hands_on 0.5 0.7", "2026-05 hands_on 0.7 0.425"),
        changes);
    assertEquals("hands_on rose from 0.300 in 2026-01 to 0.500, above 0.5, a move of 0.200",
        history.changes().get(0).reason());
    assertEquals("hands_on rose from 0.500 in 2026-03 to 0.700, a move of 0.200", history.changes().get(1).reason());
    assertEquals("hands_on fell from 0.700 in 2026-04 to 0.425, below 0.5, a move of 0.275",
        history.changes().get(2).reason());
  }

  @Test
  void aReplyTimeMoreThanHalfAboveTheBaselineIsReportedWhenItStarts() {
    List<ClientMonth> months = List.of(
        month("2026-01", metrics(ACME, 5, 5, 0, 10.0, 2.0)),
        month("2026-02", metrics(ACME, 5, 5, 0, 20.0, null)),
        // baseline median(10, 20) = 15; 16 is not more than 22.5. Ours: one earlier month, no baseline yet
        month("2026-03", metrics(ACME, 5, 5, 0, 16.0, 2.0)),
        // baseline median(10, 20, 16) = 16; 40 > 24: a change, 150% above. Ours: median(2, 2) = 2; 3 is exactly
        // 50% above, not more
        month("2026-04", metrics(ACME, 5, 5, 0, 40.0, 3.0)),
        // baseline median(10, 20, 16, 40) = 18; 50 > 27 but the client was already slow: not a new change.
        // Ours: median(2, 2, 3) = 2; 3.1 > 3: a change
        month("2026-05", metrics(ACME, 5, 5, 0, 50.0, 3.1)),
        // baseline 20; 12 is back under
        month("2026-06", metrics(ACME, 5, 5, 0, 12.0, null)),
        // baseline median(10, 20, 16, 40, 50, 12) = 18; 45 > 27: slow again, a new change
        month("2026-07", metrics(ACME, 5, 5, 0, 45.0, null)));
    History history = History.of(handModel(), List.of(metrics(ACME, 35, 35, 0, 20.0, 2.0)), months);
    List<String> slower = history.changes().stream().filter(c -> c.measure().contains("reply"))
        .map(c -> c.month() + " " + c.measure() + " " + c.oldValue() + " " + c.newValue()).toList();
    assertEquals(List.of("2026-04 median_client_reply_hours 16.0 40.0", "2026-05 median_our_reply_hours 2.0 3.1",
        "2026-07 median_client_reply_hours 18.0 45.0"), slower);
    assertEquals("they took a median 40.0 h to answer us in 2026-04, 150% above their usual 16.0 h "
        + "(the median of 3 earlier months)", history.changes().stream()
        .filter(c -> c.measure().equals("median_client_reply_hours")).findFirst().orElseThrow().reason());
    assertEquals("we took a median 3.1 h to answer them in 2026-05, 55% above our usual 2.0 h with them "
        + "(the median of 3 earlier months)", history.changes().stream()
        .filter(c -> c.measure().equals("median_our_reply_hours")).findFirst().orElseThrow().reason());
  }

  @Test
  void aClientThatIsNotScoredAsAWholeHasNoMonthlyScores() {
    // Four messages from them in all: fewer than Classifier.MIN_MESSAGES.
    List<ClientMonth> months = List.of(
        month("2026-01", metrics(QUIET, 2, 1, 1, null, null)),
        month("2026-02", metrics(QUIET, 2, 1, 0, null, null)));
    History history = History.of(handModel(), List.of(metrics(QUIET, 4, 2, 0.5, null, null)), months);
    assertEquals(2, history.months().size());
    assertTrue(history.months().stream().allMatch(m -> m.scores().isEmpty()));
    assertTrue(history.changes().isEmpty());
  }

  @Test
  void monthsAndChangesAreSortedByClientThenMonth() {
    List<ClientMonth> months = List.of(
        month("2026-02", metrics(QUIET, 4, 2, 1, null, null)),
        month("2026-01", metrics(QUIET, 4, 2, 0, null, null)),
        month("2026-02", metrics(ACME, 4, 2, 1, null, null)),
        month("2026-01", metrics(ACME, 4, 2, 0, null, null)));
    History history = History.of(handModel(),
        List.of(metrics(QUIET, 8, 4, 0.5, null, null), metrics(ACME, 8, 4, 0.5, null, null)), months);
    assertEquals(List.of("acme.no 2026-01", "acme.no 2026-02", "quiet.no 2026-01", "quiet.no 2026-02"),
        history.months().stream().map(m -> m.client() + " " + m.month().month()).toList());
    assertEquals(List.of("acme.no 2026-02", "quiet.no 2026-02"),
        history.changes().stream().map(c -> c.client() + " " + c.month()).toList());
  }
}
