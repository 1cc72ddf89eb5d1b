package dev.clientlens.analyse.cue;

import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.domain.Cue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * optionally a {@code decided-by} line ({@code model}, {@code rules} or {@code either} per cue: what did
 * best on the development data, the model, the rules, or the two together, a cue found by either), then one
 * {@code FEATURE w1 w2 ...} line per feature.
 */
final class CueModel {
  /** The optional line that names what decides each cue: {@code model}, {@code rules} or {@code either}. */
  static final String DECIDED_BY = "decided-by";

  /** What decides a cue: the model's probability, the rules' answer, or either of them finding it. */
  enum Decider {
    MODEL,
    RULES,
    EITHER;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final List<Cue> columns;
  private final double[] plattA;
  private final double[] plattB;
  private final double[] thresholds;
  /** Per column: what decides the cue (what did best in training). */
  private final Decider[] deciders;
  private final Map<String, float[]> weights;

  private CueModel(List<Cue> columns, double[] plattA, double[] plattB, double[] thresholds, Decider[] deciders,
      Map<String, float[]> weights) {
    this.columns = List.copyOf(columns);
    this.plattA = plattA;
    this.plattB = plattB;
    this.thresholds = thresholds;
    this.deciders = deciders;
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
    Decider[] deciders = new Decider[n];
    Arrays.fill(deciders, Decider.MODEL);
    int firstFeature = 4;
    if (entries.size() > 4 && entries.get(4).text().startsWith(DECIDED_BY + " ")) {
      String[] parts = entries.get(4).text().split(" ");
      if (parts.length != n + 1) {
        throw entries.get(4).error("expected " + DECIDED_BY + " and " + n + " words");
      }
      for (int c = 0; c < n; c++) {
        String word = parts[c + 1];
        deciders[c] = Arrays.stream(Decider.values()).filter(d -> d.label().equals(word)).findFirst()
            .orElseThrow(() -> entries.get(4).error("a cue is decided by model, rules or either, not " + word));
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
    return new CueModel(columns, plattA, plattB, thresholds, deciders, weights);
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

  /** What decides this cue; the model for a cue the file has no column for. */
  Decider decider(Cue cue) {
    int c = columns.indexOf(cue);
    return c >= 0 ? deciders[c] : Decider.MODEL;
  }

  /**
   * The cues found: by the model where its probability reaches the threshold, by the rules where they
   * decide, and by either where the two together do.
   */
  Set<Cue> cues(List<String> features) {
    double[] scores = scores(features);
    Set<Cue> found = EnumSet.noneOf(Cue.class);
    for (int c = 0; c < columns.size(); c++) {
      boolean ruled = deciders[c] != Decider.MODEL && features.contains(CueFeatures.rule(columns.get(c)));
      // sigmoid(a*s+b) >= t  <=>  a*s+b >= logit(t): no exp per cue
      boolean modelled = deciders[c] != Decider.RULES && plattA[c] * scores[c] + plattB[c] >= logit(thresholds[c]);
      if (ruled || modelled) {
        found.add(columns.get(c));
      }
    }
    return found;
  }

  /** Whether the model alone finds the cue (its probability reaches the threshold), whatever decides it. */
  boolean modelFinds(List<String> features, Cue cue) {
    int c = columns.indexOf(cue);
    return c >= 0 && plattA[c] * scores(features)[c] + plattB[c] >= logit(thresholds[c]);
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
