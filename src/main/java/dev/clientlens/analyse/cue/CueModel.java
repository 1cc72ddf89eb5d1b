package dev.clientlens.analyse.cue;

import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.domain.Cue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A trained sentence model for the cues of one language: one logistic regression per cue over
 * {@link CueFeatures}, its score calibrated to a probability (Platt scaling) and a threshold per cue,
 * both chosen on the development data by cross-validation (see {@code models/cues-model.md}).
 *
 * <p>The file is text: a {@code cues} line naming the columns by label (so the order of {@link Cue}'s
 * constants cannot mislabel one), {@code platt A B} and {@code threshold T} lines per cue in that order,
 * optionally a {@code decided-by} line ({@code model} or {@code rules} per cue: a cue whose rules did better
 * than its model on the development data is decided by the rules), then one {@code FEATURE w1 w2 ...}
 * line per feature.
 */
final class CueModel {
  /** The optional line that names what decides each cue: {@code model} or {@code rules}. */
  static final String DECIDED_BY = "decided-by";

  private final List<Cue> columns;
  private final double[] plattA;
  private final double[] plattB;
  private final double[] thresholds;
  /** Per column: whether the rules' answer is the cue's, not the model's (they did better in training). */
  private final boolean[] byRules;
  private final Map<String, float[]> weights;

  private CueModel(List<Cue> columns, double[] plattA, double[] plattB, double[] thresholds, boolean[] byRules,
      Map<String, float[]> weights) {
    this.columns = List.copyOf(columns);
    this.plattA = plattA;
    this.plattB = plattB;
    this.thresholds = thresholds;
    this.byRules = byRules;
    this.weights = weights;
  }

  static CueModel read(ModelResources files, String name) throws IOException {
    List<ModelResources.Entry> entries = files.entries(name);
    if (entries.isEmpty() || !entries.get(0).text().startsWith("cues ")) {
      throw new IOException(files.describe(name) + ": the first line must name the cues");
    }
    List<Cue> columns = new ArrayList<>();
    for (String label : entries.get(0).text().substring(5).trim().split(" ")) {
      Cue cue = Cue.ofLabel(label).orElseThrow(() -> entries.get(0).error("unknown cue " + label));
      columns.add(cue);
    }
    int n = columns.size();
    double[] plattA = numbers(entries.get(1), "platt-a", n);
    double[] plattB = numbers(entries.get(2), "platt-b", n);
    double[] thresholds = numbers(entries.get(3), "threshold", n);
    boolean[] byRules = new boolean[n];
    int firstFeature = 4;
    if (entries.size() > 4 && entries.get(4).text().startsWith(DECIDED_BY + " ")) {
      String[] parts = entries.get(4).text().split(" ");
      if (parts.length != n + 1) {
        throw entries.get(4).error("expected " + DECIDED_BY + " and " + n + " words");
      }
      for (int c = 0; c < n; c++) {
        if (!parts[c + 1].equals("model") && !parts[c + 1].equals("rules")) {
          throw entries.get(4).error("a cue is decided by model or rules, not " + parts[c + 1]);
        }
        byRules[c] = parts[c + 1].equals("rules");
      }
      firstFeature = 5;
    }
    Map<String, float[]> weights = new HashMap<>(entries.size() * 2);
    for (ModelResources.Entry entry : entries.subList(firstFeature, entries.size())) {
      String[] parts = entry.text().split(" ");
      if (parts.length != n + 1) {
        throw entry.error("expected a feature and " + n + " weights");
      }
      float[] w = new float[n];
      for (int c = 0; c < n; c++) {
        w[c] = Float.parseFloat(parts[c + 1]);
      }
      weights.put(parts[0], w);
    }
    return new CueModel(columns, plattA, plattB, thresholds, byRules, weights);
  }

  private static double[] numbers(ModelResources.Entry entry, String key, int n) throws IOException {
    String[] parts = entry.text().split(" ");
    if (!parts[0].equals(key) || parts.length != n + 1) {
      throw entry.error("expected " + key + " and " + n + " numbers");
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = Double.parseDouble(parts[i + 1]);
    }
    return values;
  }

  /** The calibrated probability of each cue. */
  Map<Cue, Double> probabilities(List<String> features) {
    double[] scores = scores(features);
    Map<Cue, Double> result = new EnumMap<>(Cue.class);
    for (int c = 0; c < columns.size(); c++) {
      result.put(columns.get(c), 1 / (1 + Math.exp(-(plattA[c] * scores[c] + plattB[c]))));
    }
    return result;
  }

  /** Whether the rules' answer decides this cue rather than the model's probability. */
  boolean decidedByRules(Cue cue) {
    int c = columns.indexOf(cue);
    return c >= 0 && byRules[c];
  }

  /** The cues whose probability reaches their threshold, and those the rules decide where the rules found them. */
  Set<Cue> cues(List<String> features) {
    double[] scores = scores(features);
    Set<Cue> found = EnumSet.noneOf(Cue.class);
    for (int c = 0; c < columns.size(); c++) {
      if (byRules[c]) {
        if (features.contains(CueFeatures.rule(columns.get(c)))) {
          found.add(columns.get(c));
        }
      } else if (plattA[c] * scores[c] + plattB[c] >= logit(thresholds[c])) {
        // sigmoid(a*s+b) >= t  <=>  a*s+b >= logit(t): no exp per cue
        found.add(columns.get(c));
      }
    }
    return found;
  }

  /** The {@code limit} features that raised the cue's score most, with their weights ("w=update +1.21"). */
  List<String> strongest(List<String> features, Cue cue, int limit) {
    int c = columns.indexOf(cue);
    Map<String, Double> raised = new HashMap<>();
    for (String feature : features) {
      float[] w = weights.get(feature);
      if (w != null && !feature.equals(CueFeatures.BIAS)) {
        raised.merge(feature, (double) w[c], Double::sum);
      }
    }
    return raised.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> e.getKey() + String.format(Locale.ROOT, " %+.2f", e.getValue()))
        .toList();
  }

  private double[] scores(List<String> features) {
    double[] scores = new double[columns.size()];
    for (String feature : features) {
      float[] w = weights.get(feature);
      if (w != null) {
        for (int c = 0; c < scores.length; c++) {
          scores[c] += w[c];
        }
      }
    }
    return scores;
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }
}
