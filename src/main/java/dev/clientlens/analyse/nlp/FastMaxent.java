package dev.clientlens.analyse.nlp;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * An OpenNLP maxent (GIS) or perceptron model evaluated from its own parameters, read through the
 * model's public {@code getDataStructures()}. OpenNLP's {@code eval} calls {@code StrictMath.exp} once
 * per outcome on every call, which was the largest single cost of a scan; the decision needs none:
 * both models turn the same per-outcome sums into probabilities by a monotone map, so the best outcome
 * is the largest sum. {@link #best} gives it from the sums alone, and {@link #eval} gives probabilities
 * with {@code Math.exp} in one normalisation pass. When the two best sums are too close for rounding to
 * be ruled out, or a sum is where OpenNLP's arithmetic would overflow, both hand the call to the model
 * itself, so the decisions are always OpenNLP's. Immutable and safe to share between threads.
 */
final class FastMaxent implements MaxentModel {
  /** Sums nearer than this (relative) are decided by the model itself. */
  private static final double CLOSE = 1e-9;
  /** Beyond this {@code exp} of a GIS sum overflows or underflows in OpenNLP's eval. */
  private static final double GIS_RANGE = 700;

  private final AbstractModel model;
  private final Map<String, Context> parameters;
  private final int outcomes;
  /** The value every sum starts from: GIS's uniform log prior, 0 for a perceptron. */
  private final double start;
  private final boolean perceptron;

  private FastMaxent(AbstractModel model, Map<String, Context> parameters, double start, boolean perceptron) {
    this.model = model;
    this.parameters = parameters;
    this.outcomes = model.getNumOutcomes();
    this.start = start;
    this.perceptron = perceptron;
  }

  /**
   * The model evaluated from its parameters, or the model itself when it is of a kind this class does
   * not know (another classifier, or a GIS model with a prior that is not uniform).
   */
  static MaxentModel of(MaxentModel model) {
    if (model instanceof FastMaxent) {
      return model;
    }
    if (!(model instanceof GISModel) && !(model instanceof PerceptronModel)) {
      return model;
    }
    AbstractModel abstractModel = (AbstractModel) model;
    Object[] data = abstractModel.getDataStructures();
    if (data.length < 2 || !(data[1] instanceof Map<?, ?> map)) {
      return model;
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> parameters = (Map<String, Context>) map;
    int n = model.getNumOutcomes();
    if (model instanceof PerceptronModel) {
      return new FastMaxent(abstractModel, parameters, 0.0, true);
    }
    // A GIS model read from a file has a uniform prior: with no features every outcome is as likely.
    double[] none = model.eval(new String[0]);
    for (double p : none) {
      if (p != none[0]) {
        return model;
      }
    }
    return new FastMaxent(abstractModel, parameters, StrictMath.log(1.0 / n), false);
  }

  /** The per-outcome sums, added in the order OpenNLP adds them, so they are the same numbers. */
  private double[] sums(String[] context, float[] values) {
    double[] sums = new double[outcomes];
    Arrays.fill(sums, start);
    for (int i = 0; i < context.length; i++) {
      Context c = parameters.get(context[i]);
      if (c != null) {
        int[] to = c.getOutcomes();
        double[] weights = c.getParameters();
        double value = values == null ? 1 : values[i];
        for (int j = 0; j < to.length; j++) {
          sums[to[j]] += weights[j] * value;
        }
      }
    }
    return sums;
  }

  /** Index of the first largest sum, or -1 when the model must decide (a near tie, or out of range). */
  private int clearBest(double[] sums) {
    int best = 0;
    for (int i = 1; i < sums.length; i++) {
      if (sums[i] > sums[best]) {
        best = i;
      }
    }
    double top = sums[best];
    if (!perceptron && (top > GIS_RANGE || top < -GIS_RANGE) || Double.isNaN(top)) {
      return -1;
    }
    double margin = CLOSE * Math.max(1.0, Math.abs(top));
    for (int i = 0; i < sums.length; i++) {
      if (i != best && top - sums[i] <= margin) {
        return -1;
      }
    }
    return best;
  }

  /** The index of the outcome the model gives the highest probability (the first one, on a tie). */
  int best(String[] context) {
    int best = clearBest(sums(context, null));
    return best >= 0 ? best : firstLargest(model.eval(context));
  }

  /** As {@link #best(String[])}, for features with values (such as counts). */
  int best(String[] context, float[] values) {
    int best = clearBest(sums(context, values));
    return best >= 0 ? best : firstLargest(model.eval(context, values));
  }

  private static int firstLargest(double[] probabilities) {
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return best;
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, new double[outcomes]);
  }

  @Override
  public double[] eval(String[] context, double[] probabilities) {
    double[] sums = sums(context, null);
    int best = clearBest(sums);
    if (best < 0) {
      return model.eval(context, probabilities);
    }
    double top = sums[best];
    double scale = 1.0;
    if (perceptron) {
      for (double s : sums) {
        scale = Math.max(scale, Math.abs(s));
      }
    }
    double total = 0;
    for (int i = 0; i < outcomes; i++) {
      probabilities[i] = Math.exp((sums[i] - top) / scale);
      total += probabilities[i];
    }
    for (int i = 0; i < outcomes; i++) {
      probabilities[i] /= total;
    }
    return probabilities;
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return model.eval(context, values);
  }

  @Override
  public String getBestOutcome(double[] probabilities) {
    return model.getBestOutcome(probabilities);
  }

  @Override
  public String getAllOutcomes(double[] probabilities) {
    return model.getAllOutcomes(probabilities);
  }

  @Override
  public String getOutcome(int i) {
    return model.getOutcome(i);
  }

  @Override
  public int getIndex(String outcome) {
    return model.getIndex(outcome);
  }

  @Override
  public int getNumOutcomes() {
    return outcomes;
  }
}
