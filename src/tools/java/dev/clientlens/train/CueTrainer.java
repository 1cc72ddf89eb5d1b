package dev.clientlens.train;

import dev.clientlens.analyse.cue.CueDetector;
import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.analyse.nlp.NlpModels;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the sentence models of the cues ({@code models/cue-model-en.txt}, {@code -nb.txt}) on the
 * labelled sentences of {@code src/tools/data/cues} and the rule test sets, and evaluates them on the
 * held-out parts, chosen before any training. Per language and cue: a logistic regression (OpenNLP's
 * L-BFGS maxent trainer, L2 {@value #L2}) over the detector's own features, five-fold cross-validation on
 * the development part, Platt scaling of the out-of-fold scores, and the threshold of the best
 * out-of-fold F-beta (beta {@value #BETA}, precision first; 1 for gratitude), expected at the cue's rate in
 * the random samples of real mail when they hold at least {@value #MIN_REAL_POSITIVES} of its examples (recall
 * counted on the positives of real mail); a
 * cue whose hand-written rules alone reach a better F-beta than the model's out-of-fold answers on the
 * development sentences of mail (not the rules' own test sets) is decided by the rules. Deterministic: the
 * same data give the same files byte for byte.
 */
public final class CueTrainer {
  static final double L2 = 1.0;
  static final int FOLDS = 5;
  /** The threshold of each cue maximises F-beta of the out-of-fold predictions with this beta. */
  static final double BETA = 0.5;
  static final int ITERATIONS = 200;
  /** Weights smaller than this in every cue are left out of the file. */
  static final double SMALLEST_WEIGHT = 5e-3;
  /** Features seen in fewer training sentences than this are left out (OpenNLP's cutoff). */
  static final int CUTOFF = 2;
  /** The set of sentences drawn at random from real mail ({@code en-real.tsv}). */
  static final String REAL_MAIL = "real mail";
  /**
   * The sentences drawn at random from the mail of two-way clients ({@code en-twoway.tsv}), the only client
   * mail the scan reads for tone. Held out, the set also takes in the held-out sentences of {@link #REAL_MAIL}
   * whose message is a two-way client's ({@code twoway-messages.txt}).
   */
  static final String TWO_WAY_MAIL = "two-way clients' mail";
  /**
   * A cue's threshold is fitted to its rate in the random samples of real mail when they hold at least this
   * many of its examples (set before any training, as the held-out figures count cues); with fewer, that
   * rate is too uncertain to use.
   */
  static final int MIN_REAL_POSITIVES = 20;
  /** The sets of sentences written for the purpose by the guide ({@code nb-written.tsv}, {@link #EN_WRITTEN}). */
  static final String WRITTEN = "written";
  /**
   * English sentences written to the guide by four writers the model never saw, all held out: they measure
   * it on plain client wording in trades the real mail does not cover (trained on, half of them did not
   * help the development figures of real mail, see the data's README).
   */
  static final String EN_WRITTEN = "en-written.tsv";
  /**
   * Norwegian sentences by writers none of whose sentences are trained on (all held out), as new trades
   * and new ways of writing meet the model; the held-out part of {@code nb-written.tsv} is by writers
   * whose other sentences are trained on.
   */
  static final String NEW_WRITERS = "nb-new-writers.tsv";

  /** How the sets of the rules' own labelled sentences are named (the rules were written from them). */
  static final String RULE_SET = "rule set ";

  private CueTrainer() {}

  /**
   * One labelled sentence.
   *
   * @param twoWay whether it comes from a two-way client's message (held out, it is also scored in {@link
   *     #TWO_WAY_MAIL})
   */
  record Example(String text, Set<Cue> labels, boolean heldOut, String set, boolean twoWay) {
    /** Whether it is from a random sample of real mail, where cues are far rarer than in the other sets. */
    boolean sampled() {
      return set.equals(REAL_MAIL) || set.equals(TWO_WAY_MAIL);
    }

    /** Whether it is a sentence of real mail (not written for the purpose, nor a rule's test sentence). */
    boolean real() {
      return !set.startsWith(RULE_SET) && !set.equals(WRITTEN);
    }
  }

  /** Agreement counts of one cue on one set of sentences. */
  public record Scores(int positives, int truePositives, int falsePositives) {
    public double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 0 : (double) truePositives / found;
    }

    public double recall() {
      return positives == 0 ? 0 : (double) truePositives / positives;
    }

    public double f1() {
      return truePositives == 0 ? 0 : 2.0 * truePositives / (positives + truePositives + falsePositives);
    }
  }

  /** What decides a cue, as the model file names it (see {@code CueModel}). */
  private static final String MODEL = "model";
  private static final String RULES = "rules";
  private static final String EITHER = "either";

  /** How the model and the rules did on one held-out set. */
  public record Evaluation(String set, int sentences, int neutral, Map<Cue, Scores> model, Map<Cue, Scores> rules,
      Scores anyDifficultModel, Scores anyDifficultRules, int neutralAlarmsModel, int neutralAlarmsRules) {}

  /** One language's model: the development figures and the held-out evaluations. */
  public record Trained(Language language, int devSentences, Map<Cue, Integer> devPositives,
      Map<Cue, Double> cvF1, Map<Cue, Double> thresholds, Set<Cue> thresholdOnRealMail, Map<Cue, Double> modelMailF1,
      Map<Cue, Double> rulesF1, Map<Cue, Double> eitherF1, Map<Cue, String> decidedBy, OutOfFold sampled,
      List<Evaluation> heldOut) {}

  /**
   * The out-of-fold answers (each cue decided as in the scan, by the model or the rules) on the development
   * sentences of the random samples of real mail: what the held-out figures of those samples are judged
   * against when choosing how to train, since the held-out part chooses nothing. Empty where the language
   * has no such sample.
   */
  public record OutOfFold(int sentences, int neutral, Map<Cue, Scores> cues, Scores anyDifficult, int neutralAlarms) {}

  /**
   * Trains both languages and writes their model files and {@code cues-model.md} into {@code out} (which
   * must hold the rule files, as {@code models/} does).
   *
   * @param data {@code src/tools/data/cues}
   * @param ruleSets the folder of the rules' labelled sets {@code en.tsv} and {@code nb.tsv}
   */
  public static List<Trained> train(Path data, Path ruleSets, Path out) throws IOException {
    ModelResources files = ModelResources.folder(out);
    Nlp nlp = new Nlp(NlpModels.read(ModelResources.classPath()));
    CueDetector rules = CueDetector.read(files).rulesOnly();
    List<Trained> trained = new ArrayList<>();
    List<Path> inputs = new ArrayList<>();
    for (Language language : List.of(Language.ENGLISH, Language.NORWEGIAN)) {
      String code = language == Language.ENGLISH ? "en" : "nb";
      List<Example> examples = new ArrayList<>();
      List<Path> sources = new ArrayList<>();
      if (language == Language.ENGLISH) {
        Set<String> twoWay = Set.copyOf(Files.readAllLines(data.resolve("twoway-messages.txt")));
        sources.add(data.resolve("en-real.tsv"));
        sources.add(data.resolve("en-twoway.tsv"));
        sources.add(data.resolve("twoway-messages.txt"));
        sources.add(data.resolve("en-threads.tsv"));
        examples.addAll(labelled(data.resolve("en-real.tsv"), 1, 2, 3, 4, REAL_MAIL, twoWay::contains));
        examples.addAll(labelled(data.resolve("en-twoway.tsv"), 1, 2, 3, 4, TWO_WAY_MAIL, m -> true));
        examples.addAll(labelled(data.resolve("en-threads.tsv"), -1, -1, 1, 2, "threads", m -> false));
        sources.add(data.resolve(EN_WRITTEN));
        examples.addAll(labelled(data.resolve(EN_WRITTEN), 1, -1, 3, 4, WRITTEN, m -> false));
      } else {
        sources.add(data.resolve("nb-written.tsv"));
        sources.add(data.resolve(NEW_WRITERS));
        examples.addAll(labelled(data.resolve("nb-written.tsv"), 1, -1, 3, 4, WRITTEN, m -> false));
        // every row held out: writers none of whose sentences are trained on
        examples.addAll(labelled(data.resolve(NEW_WRITERS), 1, -1, 3, 4, "written by new writers", m -> false));
      }
      sources.add(ruleSets.resolve(code + ".tsv"));
      examples.addAll(ruleSet(ruleSets.resolve(code + ".tsv")));
      inputs.addAll(sources);
      Path model = out.resolve("cue-model-" + code + ".txt");
      Trained result = trainLanguage(language, examples, nlp, rules, sources, model);
      trained.add(evaluate(result, examples, nlp, CueDetector.read(files)));
    }
    Files.writeString(out.resolve("cues-model.md"), CueReport.render(trained, inputs), StandardCharsets.UTF_8);
    return trained;
  }

  private static Trained trainLanguage(Language language, List<Example> examples, Nlp nlp, CueDetector rules,
      List<Path> sources, Path model) throws IOException {
    List<Example> dev = examples.stream().filter(e -> !e.heldOut()).toList();
    List<String[]> features = new ArrayList<>(dev.size());
    for (Example e : dev) {
      features.add(features(e.text(), language, nlp, rules));
    }
    Map<String, double[]> weights = new TreeMap<>();
    int n = Cue.values().length;
    double[] plattA = new double[n];
    double[] plattB = new double[n];
    double[] thresholds = new double[n];
    Map<Cue, Integer> positives = new TreeMap<>();
    Map<Cue, Double> cvF1 = new TreeMap<>();
    Map<Cue, Double> chosen = new TreeMap<>();
    Map<Cue, Double> rulesF1 = new TreeMap<>();
    Map<Cue, Double> modelMailF1 = new TreeMap<>();
    Map<Cue, Double> eitherF1 = new TreeMap<>();
    Map<Cue, String> decidedBy = new EnumMap<>(Cue.class);
    Set<Cue> onRealMail = EnumSet.noneOf(Cue.class);
    boolean[][] decided = new boolean[n][];
    for (Cue cue : Cue.values()) {
      int c = cue.ordinal();
      boolean[] y = new boolean[dev.size()];
      for (int i = 0; i < dev.size(); i++) {
        y[i] = dev.get(i).labels().contains(cue);
      }
      int pos = 0;
      for (boolean b : y) {
        pos += b ? 1 : 0;
      }
      positives.put(cue, pos);
      double[] outOfFold = new double[dev.size()];
      for (int fold = 0; fold < FOLDS; fold++) {
        List<String[]> x = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < dev.size(); i++) {
          if (i % FOLDS != fold) {
            x.add(features.get(i));
            labels.add(y[i]);
          }
        }
        Map<String, Double> w = logitWeights(x, labels);
        for (int i = 0; i < dev.size(); i++) {
          if (i % FOLDS == fold) {
            outOfFold[i] = score(w, features.get(i));
          }
        }
      }
      double[] platt = platt(outOfFold, y);
      plattA[c] = platt[0];
      plattB[c] = platt[1];
      // The threshold where the scan meets the cue: at its rate in the random samples of real mail, far
      // below its rate in the other sets (see expectedOnRealMail), when they hold enough of its examples to
      // tell that rate; on all of the development part otherwise.
      IntPredicate sampled = i -> dev.get(i).sampled();
      IntPredicate mail = i -> !dev.get(i).set().startsWith(RULE_SET);
      double beta = beta(cue);
      if (scoresOn(y, y, sampled).positives() >= MIN_REAL_POSITIVES) {
        onRealMail.add(cue);
        thresholds[c] = bestThreshold(outOfFold, platt, found -> expectedOnRealMail(found, y, dev, beta));
      } else {
        thresholds[c] = bestThreshold(outOfFold, platt, found -> fBeta(scoresOn(found, y, i -> true), beta));
      }
      boolean[] modelled = answers(outOfFold, platt, thresholds[c]);
      cvF1.put(cue, scoresOn(modelled, y, i -> true).f1());
      chosen.put(cue, thresholds[c]);
      // The rules' own answer against the model's, on the development sentences of mail (not the rules' test
      // set, which the rules were written from), or on the samples of real mail where the threshold was
      // fitted to them: where the rules do better, they decide the cue.
      String ruleFeature = CueDetector.ruleFeature(cue);
      boolean[] ruled = new boolean[dev.size()];
      for (int i = 0; i < dev.size(); i++) {
        ruled[i] = Arrays.asList(features.get(i)).contains(ruleFeature);
      }
      rulesF1.put(cue, scoresOn(ruled, y, mail).f1());
      modelMailF1.put(cue, scoresOn(modelled, y, mail).f1());
      IntPredicate judgedOn = onRealMail.contains(cue) ? sampled : mail;
      // the rules and the model together: a cue either of them finds
      boolean[] either = new boolean[dev.size()];
      for (int i = 0; i < dev.size(); i++) {
        either[i] = ruled[i] || modelled[i];
      }
      eitherF1.put(cue, scoresOn(either, y, mail).f1());
      double modelF = fBeta(scoresOn(modelled, y, judgedOn), beta);
      double rulesF = fBeta(scoresOn(ruled, y, judgedOn), beta);
      double eitherF = fBeta(scoresOn(either, y, judgedOn), beta);
      if (eitherF > Math.max(modelF, rulesF)) {
        decidedBy.put(cue, EITHER);
        decided[c] = either;
      } else if (rulesF > modelF) {
        decidedBy.put(cue, RULES);
        decided[c] = ruled;
      } else {
        decidedBy.put(cue, MODEL);
        decided[c] = modelled;
      }
      List<Boolean> all = new ArrayList<>();
      for (boolean b : y) {
        all.add(b);
      }
      for (Map.Entry<String, Double> w : logitWeights(features, all).entrySet()) {
        weights.computeIfAbsent(w.getKey(), k -> new double[n])[c] = w.getValue();
      }
    }
    Files.writeString(model, modelFile(language, sources, dev.size(), plattA, plattB, thresholds, decidedBy, weights),
        StandardCharsets.UTF_8);
    return new Trained(language, dev.size(), positives, cvF1, chosen, onRealMail, modelMailF1, rulesF1, eitherF1,
        decidedBy,
        outOfFold(dev, decided), List.of());
  }

  private static OutOfFold outOfFold(List<Example> dev, boolean[][] decided) {
    int sentences = 0;
    int neutral = 0;
    int alarms = 0;
    int[] any = new int[3];
    int[][] perCue = new int[Cue.values().length][3];
    for (int i = 0; i < dev.size(); i++) {
      Example e = dev.get(i);
      if (!e.sampled()) {
        continue;
      }
      Set<Cue> found = EnumSet.noneOf(Cue.class);
      for (Cue cue : Cue.values()) {
        if (decided[cue.ordinal()][i]) {
          found.add(cue);
        }
        tally(perCue[cue.ordinal()], e.labels().contains(cue), decided[cue.ordinal()][i]);
      }
      sentences++;
      tally(any, difficult(e.labels()), difficult(found));
      if (e.labels().isEmpty()) {
        neutral++;
        alarms += found.isEmpty() ? 0 : 1;
      }
    }
    Map<Cue, Scores> cues = new TreeMap<>();
    for (Cue cue : Cue.values()) {
      cues.put(cue, scores(perCue[cue.ordinal()]));
    }
    return new OutOfFold(sentences, neutral, cues, scores(any), alarms);
  }

  /**
   * The beta of a cue's F-beta: {@value #BETA} for the signs of a difficult client, where precision weighs
   * more than recall, since a cue the client did not show costs a consultant more than one missed (the
   * labelling guide says the same); 1 for gratitude, where a thank-you missed misleads as much as one
   * invented (the client looks less grateful, or more).
   */
  static double beta(Cue cue) {
    return cue == Cue.GRATITUDE ? 1.0 : BETA;
  }

  /** The threshold (0.05 to 0.95 in steps of 0.025) whose answers score best by {@code objective}. */
  private static double bestThreshold(double[] outOfFold, double[] platt, ToDoubleFunction<boolean[]> objective) {
    double bestF = -1;
    double best = 0.5;
    for (int step = 2; step <= 38; step++) {
      double t = step * 0.025;
      double f = objective.applyAsDouble(answers(outOfFold, platt, t));
      if (f > bestF) {
        bestF = f;
        best = t;
      }
    }
    return best;
  }

  /** Which sentences the calibrated out-of-fold scores give the cue at {@code threshold}. */
  private static boolean[] answers(double[] outOfFold, double[] platt, double threshold) {
    boolean[] found = new boolean[outOfFold.length];
    for (int i = 0; i < found.length; i++) {
      found[i] = sigmoid(platt[0] * outOfFold[i] + platt[1]) >= threshold;
    }
    return found;
  }

  /**
   * The F-beta that answers {@code found} would have on real mail. Recall is counted on every development
   * positive of real mail (not the rules' own test sets, nor sentences written for the purpose, which are
   * plainer than real mail), false alarms as the share of the neutral sentences of the random samples of
   * real mail given the cue, and precision follows from how often the cue occurs in those samples. So the
   * many positives of the thread sets steady the recall, while the thousands of neutral sentences of real
   * mail, not its few positives, set the false alarms.
   */
  private static double expectedOnRealMail(boolean[] found, boolean[] y, List<Example> dev, double beta) {
    int positives = 0;
    int truePositives = 0;
    int sampledPositives = 0;
    int sampledNegatives = 0;
    int alarms = 0;
    for (int i = 0; i < y.length; i++) {
      Example e = dev.get(i);
      if (y[i] && e.real()) {
        positives++;
        truePositives += found[i] ? 1 : 0;
      }
      if (e.sampled()) {
        sampledPositives += y[i] ? 1 : 0;
        sampledNegatives += y[i] ? 0 : 1;
        alarms += !y[i] && found[i] ? 1 : 0;
      }
    }
    if (positives == 0 || sampledNegatives == 0) {
      return 0;
    }
    double prior = (double) sampledPositives / (sampledPositives + sampledNegatives);
    double recall = (double) truePositives / positives;
    double alarmRate = (double) alarms / sampledNegatives;
    double precision = recall == 0 ? 0 : recall * prior / (recall * prior + alarmRate * (1 - prior));
    return fBeta(precision, recall, beta);
  }

  /** How answers {@code found} agree with {@code y} on the rows chosen. */
  private static Scores scoresOn(boolean[] found, boolean[] y, IntPredicate rows) {
    int positives = 0;
    int truePositives = 0;
    int falsePositives = 0;
    for (int i = 0; i < y.length; i++) {
      if (rows.test(i)) {
        positives += y[i] ? 1 : 0;
        truePositives += found[i] && y[i] ? 1 : 0;
        falsePositives += found[i] && !y[i] ? 1 : 0;
      }
    }
    return new Scores(positives, truePositives, falsePositives);
  }

  private static double fBeta(Scores scores, double beta) {
    return scores.truePositives() == 0 ? 0 : fBeta(scores.precision(), scores.recall(), beta);
  }

  private static double fBeta(double precision, double recall, double beta) {
    if (precision == 0 || recall == 0) {
      return 0;
    }
    double b2 = beta * beta;
    return (1 + b2) * precision * recall / (b2 * precision + recall);
  }

  private static String[] features(String text, Language language, Nlp nlp, CueDetector rules) {
    return nlp.sentence(text, language).map(rules::features).orElse(List.of("bias")).toArray(String[]::new);
  }

  /** The per-feature weights of a binary model's score ("yes" minus "no"), trained with OpenNLP. */
  private static Map<String, Double> logitWeights(List<String[]> x, List<Boolean> y) throws IOException {
    Map<String, Double> weights = new TreeMap<>();
    if (!y.contains(Boolean.TRUE)) {
      weights.put("bias", -10.0);
      return weights;
    }
    List<Event> events = new ArrayList<>(x.size());
    for (int i = 0; i < x.size(); i++) {
      events.add(new Event(y.get(i) ? "yes" : "no", x.get(i)));
    }
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    parameters.put("L2Cost", L2);
    parameters.put("L1Cost", 0.0);
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
    MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
    Object[] data = ((AbstractModel) model).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> contexts = (Map<String, Context>) data[1];
    int yes = model.getIndex("yes");
    for (Map.Entry<String, Context> entry : contexts.entrySet()) {
      double w = 0;
      int[] outcomes = entry.getValue().getOutcomes();
      double[] values = entry.getValue().getParameters();
      for (int k = 0; k < outcomes.length; k++) {
        w += outcomes[k] == yes ? values[k] : -values[k];
      }
      weights.put(entry.getKey(), w);
    }
    return weights;
  }

  private static double score(Map<String, Double> weights, String[] features) {
    double s = 0;
    for (String f : features) {
      s += weights.getOrDefault(f, 0.0);
    }
    return s;
  }

  /**
   * Platt's scaling: {@code A, B} of {@code p = sigmoid(A s + B)} by Newton's method on the log loss,
   * with his smoothed targets, so that a score becomes a calibrated probability.
   */
  static double[] platt(double[] scores, boolean[] y) {
    int pos = 0;
    for (boolean b : y) {
      pos += b ? 1 : 0;
    }
    int neg = y.length - pos;
    double hi = (pos + 1.0) / (pos + 2.0);
    double lo = 1.0 / (neg + 2.0);
    double a = 1;
    double b = 0;
    for (int iteration = 0; iteration < 100; iteration++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (int i = 0; i < scores.length; i++) {
        double p = sigmoid(a * scores[i] + b);
        double d = p - (y[i] ? hi : lo);
        double w = p * (1 - p);
        ga += d * scores[i];
        gb += d;
        haa += w * scores[i] * scores[i];
        hab += w * scores[i];
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      a -= da;
      b -= db;
      if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private static String modelFile(Language language, List<Path> sources, int devSentences, double[] plattA,
      double[] plattB, double[] thresholds, Map<Cue, String> decidedBy, Map<String, double[]> weights) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Cue sentence model for ").append(language == Language.ENGLISH ? "English" : "Norwegian Bokmål")
        .append(", read by dev.clientlens.analyse.cue.CueDetector.\n");
    out.append("# Written by `java -jar target/clientlens.jar train cues`; do not edit by hand. See models/cues-model.md.\n");
    out.append("# One logistic regression per cue (OpenNLP MAXENT_QN, L2 ").append(L2).append(", ")
        .append(ITERATIONS).append(" iterations, features seen at least ").append(CUTOFF).append(" times) on ").append(devSentences).append(" development sentences of:\n");
    for (Path source : sources) {
      out.append("#   ").append(source.getFileName()).append(" sha256 ").append(PolitenessTrainer.sha256(source)).append('\n');
    }
    out.append("# Lines: the cues of the columns; Platt A and B; thresholds on the calibrated probability; what\n");
    out.append("# decides each cue (the model, the rules, or either of them, whichever had the best development F0.5); then\n");
    out.append("# each feature with its weight per cue (left out where every weight is below ").append(SMALLEST_WEIGHT)
        .append(").\n");
    out.append("cues");
    for (Cue cue : Cue.values()) {
      out.append(' ').append(cue.label());
    }
    out.append('\n');
    out.append(numbers("platt-a", plattA, "%.6f"));
    out.append(numbers("platt-b", plattB, "%.6f"));
    out.append(numbers("threshold", thresholds, "%.3f"));
    out.append("decided-by");
    for (Cue cue : Cue.values()) {
      out.append(' ').append(decidedBy.get(cue));
    }
    out.append('\n');
    for (Map.Entry<String, double[]> feature : weights.entrySet()) {
      double[] w = feature.getValue();
      if (Arrays.stream(w).allMatch(v -> Math.abs(v) < SMALLEST_WEIGHT) || feature.getKey().contains(" ")) {
        continue;
      }
      out.append(numbers(feature.getKey(), w, "%.3f"));
    }
    return out.toString();
  }

  private static String numbers(String key, double[] values, String format) {
    StringBuilder line = new StringBuilder(key);
    for (double v : values) {
      String number = String.format(Locale.ROOT, format, v);
      line.append(" ").append(number.matches("-0\\.0+") ? number.substring(1) : number);
    }
    return line.append('\n').toString();
  }

  private static Trained evaluate(Trained trained, List<Example> examples, Nlp nlp, CueDetector detector) {
    Map<String, List<Example>> sets = new TreeMap<>();
    for (Example e : examples) {
      if (e.heldOut()) {
        sets.computeIfAbsent(e.set(), k -> new ArrayList<>()).add(e);
        if (e.twoWay() && !e.set().equals(TWO_WAY_MAIL)) {
          sets.computeIfAbsent(TWO_WAY_MAIL, k -> new ArrayList<>()).add(e);
        }
      }
    }
    CueDetector rules = detector.rulesOnly();
    List<Evaluation> evaluations = new ArrayList<>();
    for (Map.Entry<String, List<Example>> set : sets.entrySet()) {
      int[][] model = new int[Cue.values().length][3];
      int[][] ruled = new int[Cue.values().length][3];
      int[] anyModel = new int[3];
      int[] anyRules = new int[3];
      int neutral = 0;
      int alarmsModel = 0;
      int alarmsRules = 0;
      for (Example e : set.getValue()) {
        Set<Cue> byModel = EnumSet.noneOf(Cue.class);
        Set<Cue> byRules = EnumSet.noneOf(Cue.class);
        java.util.Optional<Sentence> sentence = nlp.sentence(e.text(), trained.language());
        if (sentence.isPresent()) {
          byModel.addAll(detector.cues(sentence.get()));
          byRules.addAll(rules.cues(sentence.get()));
        }
        for (Cue cue : Cue.values()) {
          tally(model[cue.ordinal()], e.labels().contains(cue), byModel.contains(cue));
          tally(ruled[cue.ordinal()], e.labels().contains(cue), byRules.contains(cue));
        }
        tally(anyModel, difficult(e.labels()), difficult(byModel));
        tally(anyRules, difficult(e.labels()), difficult(byRules));
        if (e.labels().isEmpty()) {
          neutral++;
          alarmsModel += byModel.isEmpty() ? 0 : 1;
          alarmsRules += byRules.isEmpty() ? 0 : 1;
        }
      }
      Map<Cue, Scores> modelScores = new TreeMap<>();
      Map<Cue, Scores> ruleScores = new TreeMap<>();
      for (Cue cue : Cue.values()) {
        modelScores.put(cue, scores(model[cue.ordinal()]));
        ruleScores.put(cue, scores(ruled[cue.ordinal()]));
      }
      evaluations.add(new Evaluation(set.getKey(), set.getValue().size(), neutral, modelScores, ruleScores,
          scores(anyModel), scores(anyRules), alarmsModel, alarmsRules));
    }
    return new Trained(trained.language(), trained.devSentences(), trained.devPositives(), trained.cvF1(),
        trained.thresholds(), trained.thresholdOnRealMail(), trained.modelMailF1(), trained.rulesF1(),
        trained.eitherF1(), trained.decidedBy(), trained.sampled(), evaluations);
  }

  /** Any cue but gratitude: a sign of a difficult client. */
  private static boolean difficult(Set<Cue> cues) {
    return cues.stream().anyMatch(cue -> cue != Cue.GRATITUDE);
  }

  private static void tally(int[] counts, boolean expected, boolean found) {
    counts[0] += expected ? 1 : 0;
    counts[1] += expected && found ? 1 : 0;
    counts[2] += !expected && found ? 1 : 0;
  }

  private static Scores scores(int[] counts) {
    return new Scores(counts[0], counts[1], counts[2]);
  }

  /**
   * A labelled TSV with a header line.
   *
   * @param split the column of {@code dev} / {@code heldout}, or -1 when every row is development data
   * @param message the column naming the message a sentence is from, or -1 when there is none
   * @param twoWay tells, from the {@code message} column, whether a row comes from a two-way client's mail
   */
  private static List<Example> labelled(Path file, int split, int message, int labels, int text, String set,
      Predicate<String> twoWay) throws IOException {
    List<Example> examples = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = lines.get(i).split("\t", -1);
      if (fields.length <= Math.max(labels, text)) {
        throw new IOException(file + ": line " + (i + 1) + ": too few columns");
      }
      boolean heldOut = split >= 0 && fields[split].equals("heldout");
      examples.add(new Example(fields[text], cues(file, i + 1, fields[labels]), heldOut, set,
          message >= 0 && twoWay.test(fields[message])));
    }
    return examples;
  }

  /** A rule test set: lines after {@code # held-out from here} are held out. */
  private static List<Example> ruleSet(Path file) throws IOException {
    List<Example> examples = new ArrayList<>();
    boolean heldOut = false;
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("# held-out from here")) {
        heldOut = true;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      examples.add(new Example(fields[0], cues(file, i + 1, fields.length > 1 ? fields[1] : ""), heldOut,
          RULE_SET + file.getFileName(), false));
    }
    return examples;
  }

  private static Set<Cue> cues(Path file, int line, String field) throws IOException {
    Set<Cue> cues = EnumSet.noneOf(Cue.class);
    String trimmed = field.trim();
    if (trimmed.isEmpty() || trimmed.equals("-")) {
      return cues;
    }
    for (String label : trimmed.split(",")) {
      cues.add(Cue.ofLabel(label.trim())
          .orElseThrow(() -> new IOException(file + ": line " + line + ": unknown cue " + label)));
    }
    return cues;
  }
}
