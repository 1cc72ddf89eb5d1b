package dev.clientlens.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The thin adapter around OpenNLP's maximum-entropy trainer for a yes/no task: L2-regularised logistic
 * regression fitted with L-BFGS ({@code MAXENT_QN}). A two-outcome maxent model is a logistic model, so
 * its weights fold into one per feature: the polite weight minus the impolite one.
 */
final class LogisticRegression {
  /** A feature every example has: the model's intercept. */
  static final String BIAS = "bias";
  private static final String YES = "yes";
  private static final String NO = "no";

  /** One labelled example. */
  record Example(List<String> features, boolean label) {
    Example {
      features = List.copyOf(features);
    }
  }

  /**
   * How to fit: the L2 cost, the least number of examples a feature needs, the iteration limit, and
   * scales for features by name prefix. A feature scaled by k enters training with the value k instead
   * of 1, so its weight is penalised as if by an L2 cost divided by k squared; the fitted weight is
   * multiplied back by k, so the model stays one of present-or-absent features.
   */
  record Parameters(double l2Cost, int cutoff, int iterations, Map<String, Double> scales) {
    Parameters {
      scales = Map.copyOf(scales);
    }

    double scale(String feature) {
      for (Map.Entry<String, Double> entry : scales.entrySet()) {
        if (feature.startsWith(entry.getKey())) {
          return entry.getValue();
        }
      }
      return 1;
    }
  }

  /** A fitted model: the log-odds of "yes" are the bias plus the weights of the features present. */
  record Weights(Map<String, Double> weights) {
    Weights {
      weights = Map.copyOf(weights);
    }

    double logOdds(List<String> features) {
      double sum = weights.getOrDefault(BIAS, 0.0);
      for (String feature : features) {
        sum += weights.getOrDefault(feature, 0.0);
      }
      return sum;
    }

    boolean predict(List<String> features) {
      return logOdds(features) > 0;
    }
  }

  private LogisticRegression() {}

  static Weights fit(List<Example> examples, Parameters parameters) throws IOException {
    List<Event> events = new ArrayList<>(examples.size());
    for (Example example : examples) {
      String[] context = new String[example.features().size() + 1];
      float[] values = new float[context.length];
      context[0] = BIAS;
      values[0] = 1;
      for (int i = 0; i < example.features().size(); i++) {
        context[i + 1] = example.features().get(i);
        values[i + 1] = (float) parameters.scale(context[i + 1]);
      }
      events.add(new Event(example.label() ? YES : NO, context, values));
    }
    TrainingParameters settings = new TrainingParameters();
    settings.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    settings.put(QNTrainer.L1COST_PARAM, 0.0);
    settings.put(QNTrainer.L2COST_PARAM, parameters.l2Cost());
    settings.put(TrainingParameters.CUTOFF_PARAM, parameters.cutoff());
    settings.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
    settings.put(TrainingParameters.ITERATIONS_PARAM, parameters.iterations());
    // One thread: summing in a fixed order keeps the weights identical from run to run.
    settings.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(settings, new HashMap<>());
    MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
    return weights((AbstractModel) model, parameters);
  }

  private static Weights weights(AbstractModel model, Parameters parameters) {
    Object[] parts = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) parts[1];
    int yes = model.getIndex(YES);
    int no = model.getIndex(NO);
    Map<String, Double> weights = new TreeMap<>();
    predicates.forEach((feature, context) -> {
      double weight = 0;
      int[] outcomes = context.getOutcomes();
      double[] values = context.getParameters();
      for (int i = 0; i < outcomes.length; i++) {
        if (outcomes[i] == yes) {
          weight += values[i];
        } else if (outcomes[i] == no) {
          weight -= values[i];
        }
      }
      if (weight != 0) {
        weights.put(feature, weight * parameters.scale(feature));
      }
    });
    return new Weights(weights);
  }
}
