package dev.clientlens.classify;

import dev.clientlens.domain.Archetype;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How well scores match known labels: the confusion matrix of the primary archetype (rows the truth,
 * columns the prediction, in the order of {@link Archetype}), its accuracy, and the fire-risk
 * ROC AUC (the chance a fire-risk client scores above one that is not; ties count half).
 */
public final class Evaluation {
  private final int[][] confusion;
  private final int total;
  private final double accuracy;
  private final double fireAuc;

  /** One labelled client: its true archetype and fire risk beside the scores given to it. */
  public record Case(Archetype archetype, boolean fireRisk, ClientScores scores) {
    public Case {
      Objects.requireNonNull(archetype, "archetype");
      Objects.requireNonNull(scores, "scores");
    }
  }

  public Evaluation(List<Case> cases) {
    int k = Archetype.values().length;
    confusion = new int[k][k];
    int right = 0;
    for (Case c : cases) {
      int truth = c.archetype().ordinal();
      int predicted = c.scores().primaryArchetype().ordinal();
      confusion[truth][predicted]++;
      right += truth == predicted ? 1 : 0;
    }
    total = cases.size();
    accuracy = total == 0 ? Double.NaN : (double) right / total;
    fireAuc = auc(cases.stream().map(c -> c.scores().fireRisk()).toList(),
        cases.stream().map(Case::fireRisk).toList());
  }

  public int total() {
    return total;
  }

  public double accuracy() {
    return accuracy;
  }

  /** NaN when the cases hold no fire-risk client or no other. */
  public double fireAuc() {
    return fireAuc;
  }

  /** How many clients of archetype {@code truth} were predicted as {@code predicted}. */
  public int count(Archetype truth, Archetype predicted) {
    return confusion[truth.ordinal()][predicted.ordinal()];
  }

  /** Rank-based ROC AUC (Mann-Whitney U with average ranks for ties); NaN without both classes. */
  static double auc(List<Double> scores, List<Boolean> positive) {
    int n = scores.size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(scores::get));
    double[] rank = new double[n];
    for (int i = 0; i < n;) {
      int j = i;
      while (j + 1 < n && scores.get(order.get(j + 1)).equals(scores.get(order.get(i)))) {
        j++;
      }
      double average = (i + j) / 2.0 + 1;
      for (int t = i; t <= j; t++) {
        rank[order.get(t)] = average;
      }
      i = j + 1;
    }
    long positives = positive.stream().filter(p -> p).count();
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      if (positive.get(i)) {
        sum += rank[i];
      }
    }
    return (sum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
  }

  /** The matrix, accuracy and AUC as a few aligned lines of plain text. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-18s", "truth \\ predicted"));
    for (Archetype a : Archetype.values()) {
      out.append(String.format(Locale.ROOT, " %11s", a.label()));
    }
    out.append('\n');
    for (int t = 0; t < confusion.length; t++) {
      out.append(String.format(Locale.ROOT, "%-18s", Archetype.values()[t].label()));
      for (int p = 0; p < confusion.length; p++) {
        out.append(String.format(Locale.ROOT, " %11d", confusion[t][p]));
      }
      out.append('\n');
    }
    out.append(String.format(Locale.ROOT, "primary_archetype accuracy: %s (%d clients)%n", figure(accuracy), total));
    out.append(String.format(Locale.ROOT, "fire_risk ROC AUC: %s%n", figure(fireAuc)));
    return out.toString();
  }

  static String figure(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }
}
