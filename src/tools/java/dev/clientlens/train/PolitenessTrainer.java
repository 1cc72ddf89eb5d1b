package dev.clientlens.train;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.analyse.politeness.PolitenessFeatures;
import dev.clientlens.domain.Language;
import dev.clientlens.train.LogisticRegression.Example;
import dev.clientlens.train.LogisticRegression.Parameters;
import dev.clientlens.train.LogisticRegression.Weights;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Trains the English politeness model on the Stanford Politeness Corpus (Stack Exchange part): the top
 * quartile of {@code Normalized Score} against the bottom quartile, politeness strategies plus words and
 * word pairs, logistic regression. Cross-validates it against a plain bag of words first, over random folds
 * and over folds of whole communities, then fits on all the data and writes {@code politeness-en.txt} and
 * {@code politeness.md} into the models folder.
 */
public final class PolitenessTrainer {
  /** The corpus in the source tree, the default of {@code train politeness}. */
  public static final Path DEFAULT_DATA = Path.of("src/tools/data/politeness/stack-exchange.annotated.csv");
  static final String MODEL_FILE = "politeness-en.txt";
  static final String REPORT_FILE = "politeness.md";
  static final int FOLDS = 10;
  /** Folds of whole communities: the largest community alone, the others dealt to the rest. */
  static final int COMMUNITY_FOLDS = 5;
  static final long SEED = 2013;
  /**
   * Insults and "no rush" are rare on Stack Exchange, whose impolite requests are curt rather than
   * abusive, so the corpus cannot teach their weight; these log-odds are set by hand instead.
   */
  static final Map<String, Double> FIXED = Map.of(
      PolitenessFeatures.STRATEGY + PolitenessFeatures.INSULT, -1.5,
      PolitenessFeatures.STRATEGY + PolitenessFeatures.REASSURANCE, 1.0);
  static final Parameters PARAMETERS = new Parameters(10, 3, 300, FIXED);

  private static final String TEXT_COLUMN = "Request";
  private static final String SCORE_COLUMN = "Normalized Score";
  private static final String ID_COLUMN = "Id";
  private static final String COMMUNITY_COLUMN = "Community";

  /**
   * What training found: the cross-validated accuracy of the model (mean and standard deviation over the
   * folds), that of the bag-of-words baseline, the same two over folds of whole communities, and the
   * number of labelled examples used.
   */
  public record Result(double accuracy, double stdDev, double baselineAccuracy, double acrossCommunities,
      double acrossCommunitiesStdDev, double baselineAcrossCommunities, double baselineAcrossCommunitiesStdDev,
      int examples) {}

  /** Mean and sample standard deviation of the fold accuracies. */
  record CrossValidation(double mean, double stdDev, List<Double> folds) {
    CrossValidation {
      folds = List.copyOf(folds);
    }

    static CrossValidation of(List<Double> folds) {
      double mean = folds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      double squares = folds.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum();
      return new CrossValidation(mean, Math.sqrt(squares / (folds.size() - 1)), folds);
    }
  }

  /** The held-out accuracy of one community, whose fold was scored by a model fitted on the other folds. */
  record CommunityScore(String community, int fold, int examples, int polite, int modelRight, int baselineRight) {}

  /**
   * Cross-validation over folds of whole communities: each fold's communities (by name), its number of
   * examples, the fold accuracies of the model and of the baseline, and each community's own accuracy.
   */
  record AcrossCommunities(List<List<String>> folds, List<Integer> sizes, CrossValidation model,
      CrossValidation baseline, List<CommunityScore> communities) {
    AcrossCommunities {
      folds = folds.stream().map(List::copyOf).toList();
      sizes = List.copyOf(sizes);
      communities = List.copyOf(communities);
    }
  }

  /** The accuracy of each fold, and for each example (by index) whether its held-out prediction was right. */
  private record Validation(CrossValidation accuracy, List<Boolean> right) {
    Validation {
      right = List.copyOf(right);
    }
  }

  private record Request(String id, String community, String text, double score) {}

  private PolitenessTrainer() {}

  /**
   * Cross-validates, then trains on all the labelled requests and writes the model and its report.
   *
   * @param csv the annotated corpus (columns {@code Id}, {@code Community}, {@code Request},
   *     {@code Normalized Score})
   * @param modelsDir where {@code politeness-en.txt} and {@code politeness.md} go; created if missing
   * @throws IOException when the corpus cannot be read or lacks a column, or the files cannot be written
   */
  public static Result train(Path csv, Path modelsDir) throws IOException {
    List<Request> requests = read(csv);
    if (requests.size() < 4 * FOLDS) {
      throw new IOException(csv + ": too few requests to train on: " + requests.size());
    }
    List<Request> sorted = new ArrayList<>(requests);
    sorted.sort(Comparator.comparingDouble(Request::score).thenComparing(Request::id));
    int quartile = (sorted.size() + 3) / 4;
    List<Request> impolite = sorted.subList(0, quartile);
    List<Request> polite = sorted.subList(sorted.size() - quartile, sorted.size());

    long distinct = Stream.concat(impolite.stream(), polite.stream())
        .map(Request::community).distinct().count();
    if (distinct < COMMUNITY_FOLDS) {
      throw new IOException(csv + ": too few communities to hold out: " + distinct + " among the labelled"
          + " requests, fewer than the " + COMMUNITY_FOLDS + " folds across communities");
    }

    Nlp nlp = new Nlp(Analyser.Models.load().nlp());
    List<List<Sentence>> texts = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    List<String> communities = new ArrayList<>();
    for (Request request : impolite) {
      texts.add(nlp.sentences(request.text(), Language.ENGLISH));
      labels.add(false);
      communities.add(request.community());
    }
    for (Request request : polite) {
      texts.add(nlp.sentences(request.text(), Language.ENGLISH));
      labels.add(true);
      communities.add(request.community());
    }
    List<Example> full = examples(texts, labels, PolitenessFeatures::of);
    List<Example> bag = examples(texts, labels, PolitenessFeatures::bagOfWords);

    CrossValidation model = crossValidate(full, PARAMETERS);
    CrossValidation baseline = crossValidate(bag, PARAMETERS);
    AcrossCommunities across = acrossCommunities(full, bag, communities, PARAMETERS);
    Weights weights = LogisticRegression.fit(full, PARAMETERS);

    String checksum = sha256(csv);
    Files.createDirectories(modelsDir);
    String data = csv.getFileName().toString();
    writeAtomically(modelsDir.resolve(MODEL_FILE), ModelFiles.english(weights, FIXED.keySet(), data, checksum));
    ModelFiles.Report report = new ModelFiles.Report(data, checksum, requests.size(),
        quartile, impolite.get(impolite.size() - 1).score(), polite.get(0).score(), FOLDS, SEED, PARAMETERS,
        model, baseline, COMMUNITY_FOLDS, across, weights);
    writeAtomically(modelsDir.resolve(REPORT_FILE), ModelFiles.report(report));
    return new Result(model.mean(), model.stdDev(), baseline.mean(), across.model().mean(),
        across.model().stdDev(), across.baseline().mean(), across.baseline().stdDev(), full.size());
  }

  private static List<Example> examples(List<List<Sentence>> texts, List<Boolean> labels,
      Function<List<Sentence>, List<String>> features) {
    List<Example> examples = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      examples.add(new Example(features.apply(texts.get(i)), labels.get(i)));
    }
    return examples;
  }

  /** K-fold cross-validation over one seeded shuffle, the same for every feature set. */
  static CrossValidation crossValidate(List<Example> examples, Parameters parameters) throws IOException {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(SEED));
    int[] foldOf = new int[examples.size()];
    for (int position = 0; position < order.size(); position++) {
      foldOf[order.get(position)] = position % FOLDS;
    }
    return validate(examples, order, foldOf, FOLDS, parameters).accuracy();
  }

  /**
   * Cross-validation in which a community is never split: {@link #foldsByCommunity} decides each
   * example's fold, the same for the model and the baseline, as a site the corpus never saw would meet it.
   */
  static AcrossCommunities acrossCommunities(List<Example> full, List<Example> bag, List<String> communities,
      Parameters parameters) throws IOException {
    List<Integer> foldList = foldsByCommunity(communities, COMMUNITY_FOLDS, SEED);
    int[] foldOf = foldList.stream().mapToInt(Integer::intValue).toArray();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < full.size(); i++) {
      order.add(i);
    }
    Validation model = validate(full, order, foldOf, COMMUNITY_FOLDS, parameters);
    Validation baseline = validate(bag, order, foldOf, COMMUNITY_FOLDS, parameters);

    Map<String, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < full.size(); i++) {
      members.computeIfAbsent(communities.get(i), name -> new ArrayList<>()).add(i);
    }
    List<List<String>> folds = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int fold = 0; fold < COMMUNITY_FOLDS; fold++) {
      folds.add(new ArrayList<>());
      sizes.add(0);
    }
    List<CommunityScore> scores = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> entry : members.entrySet()) {
      List<Integer> indices = entry.getValue();
      int fold = foldOf[indices.get(0)];
      folds.get(fold).add(entry.getKey());
      sizes.set(fold, sizes.get(fold) + indices.size());
      scores.add(new CommunityScore(entry.getKey(), fold, indices.size(),
          count(indices, i -> full.get(i).label()), count(indices, model.right()::get),
          count(indices, baseline.right()::get)));
    }
    return new AcrossCommunities(folds, sizes, model.accuracy(), baseline.accuracy(), scores);
  }

  private static int count(List<Integer> indices, IntPredicate test) {
    return (int) indices.stream().filter(test::test).count();
  }

  /**
   * The fold of each example, from its community: the community with the most examples (ties by name) is
   * fold 0 alone, and the others, in name order shuffled with {@code seed}, are dealt in turn to folds 1 to
   * {@code folds - 1}. So a community is never split, and the folds depend only on which communities
   * there are and how large, not on the order of the examples.
   *
   * @throws IllegalArgumentException when there are fewer communities than folds
   */
  static List<Integer> foldsByCommunity(List<String> communities, int folds, long seed) {
    Map<String, Integer> sizes = new TreeMap<>();
    for (String community : communities) {
      sizes.merge(community, 1, Integer::sum);
    }
    if (folds < 2 || sizes.size() < folds) {
      throw new IllegalArgumentException("cannot deal " + sizes.size() + " communities to " + folds
          + " folds: need at least 2 folds and a community for each");
    }
    String largest = null;
    for (Map.Entry<String, Integer> entry : sizes.entrySet()) {
      if (largest == null || entry.getValue() > sizes.get(largest)) {
        largest = entry.getKey();
      }
    }
    List<String> others = new ArrayList<>(sizes.keySet());
    others.remove(largest);
    Collections.shuffle(others, new Random(seed));
    Map<String, Integer> foldOf = new HashMap<>();
    foldOf.put(largest, 0);
    for (int i = 0; i < others.size(); i++) {
      foldOf.put(others.get(i), 1 + i % (folds - 1));
    }
    return communities.stream().map(foldOf::get).toList();
  }

  /**
   * Fits on every fold but one and scores that one, for each fold. {@code order} is the order in which
   * examples go to the learner (sums in the fit follow it); {@code foldOf} gives each example's fold.
   */
  private static Validation validate(List<Example> examples, List<Integer> order, int[] foldOf, int folds,
      Parameters parameters) throws IOException {
    List<Double> accuracies = new ArrayList<>();
    Boolean[] right = new Boolean[examples.size()];
    for (int fold = 0; fold < folds; fold++) {
      List<Example> training = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int index : order) {
        if (foldOf[index] == fold) {
          held.add(index);
        } else {
          training.add(examples.get(index));
        }
      }
      Weights weights = LogisticRegression.fit(training, parameters);
      int correct = 0;
      for (int index : held) {
        Example example = examples.get(index);
        right[index] = weights.predict(example.features()) == example.label();
        correct += right[index] ? 1 : 0;
      }
      accuracies.add((double) correct / held.size());
    }
    return new Validation(CrossValidation.of(accuracies), List.of(right));
  }

  private static List<Request> read(Path csv) throws IOException {
    List<Request> requests = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      var parser = format.parse(reader);
      Map<String, Integer> header = parser.getHeaderMap();
      for (String column : List.of(ID_COLUMN, TEXT_COLUMN, SCORE_COLUMN, COMMUNITY_COLUMN)) {
        if (!header.containsKey(column)) {
          throw new IOException(csv + ": no column '" + column + "'; the columns are " + header.keySet());
        }
      }
      for (CSVRecord row : parser) {
        try {
          requests.add(new Request(row.get(ID_COLUMN), row.get(COMMUNITY_COLUMN), row.get(TEXT_COLUMN),
              Double.parseDouble(row.get(SCORE_COLUMN))));
        } catch (NumberFormatException e) {
          throw new IOException(csv + ": line " + row.getRecordNumber() + ": not a number: "
              + row.get(SCORE_COLUMN), e);
        }
      }
    } catch (UncheckedIOException e) {
      throw new IOException(csv + ": could not read the corpus: " + e.getCause().getMessage(), e);
    }
    return requests;
  }

  /** The SHA-256 of a file in hex, for the provenance lines of the models the trainers write. */
  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void writeAtomically(Path target, String text) throws IOException {
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
