package dev.clientlens.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
   * features whose weight is set by hand: those are left out of the fit and added to the model as given.
   */
  record Parameters(double l2Cost, int cutoff, int iterations, Map<String, Double> fixed) {
    Parameters {
      fixed = Map.copyOf(fixed);
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
      List<String> context = new ArrayList<>(example.features().size() + 1);
      context.add(BIAS);
      for (String feature : example.features()) {
        if (!parameters.fixed().containsKey(feature)) {
          context.add(feature);
        }
      }
      events.add(new Event(example.label() ? YES : NO, context.toArray(String[]::new)));
    }
    TrainingParameters settings = new TrainingParameters();
    settings.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    settings.put(QNTrainer.L1COST_PARAM, 0.0);
    settings.put(QNTrainer.L2COST_PARAM, parameters.l2Cost());
    settings.put(TrainingParameters.CUTOFF_PARAM, parameters.cutoff());
    settings.put(TrainingParameters.ITERATIONS_PARAM, parameters.iterations());
    // One thread: summing in a fixed order keeps the weights identical from run to run.
    settings.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(settings, new HashMap<>());
    MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
    Map<String, Double> weights = new TreeMap<>(weights((AbstractModel) model));
    weights.putAll(parameters.fixed());
    return new Weights(weights);
  }

  private static Map<String, Double> weights(AbstractModel model) {
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
        weights.put(feature, weight);
      }
    });
    return weights;
  }
}
