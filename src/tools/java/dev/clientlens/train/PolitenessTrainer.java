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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Trains the English politeness model on the Stanford Politeness Corpus (Stack Exchange part): the top
 * quartile of {@code Normalized Score} against the bottom quartile, politeness strategies plus words and
 * word pairs, logistic regression. Cross-validates it against a plain bag of words first, then fits on
 * all the data and writes {@code politeness-en.txt} and {@code politeness.md} into the models folder.
 */
public final class PolitenessTrainer {
  /** The corpus in the source tree, the default of {@code train politeness}. */
  public static final Path DEFAULT_DATA = Path.of("src/tools/data/politeness/stack-exchange.annotated.csv");
  static final String MODEL_FILE = "politeness-en.txt";
  static final String REPORT_FILE = "politeness.md";
  static final int FOLDS = 10;
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

  /**
   * What training found: the cross-validated accuracy of the model (mean and standard deviation over the
   * folds), that of the bag-of-words baseline, and the number of labelled examples used.
   */
  public record Result(double accuracy, double stdDev, double baselineAccuracy, int examples) {}

  /** Mean and sample standard deviation of the fold accuracies. */
  record CrossValidation(double mean, double stdDev, List<Double> folds) {
    CrossValidation {
      folds = List.copyOf(folds);
    }
  }

  private record Request(String id, String text, double score) {}

  private PolitenessTrainer() {}

  /**
   * Cross-validates, then trains on all the labelled requests and writes the model and its report.
   *
   * @param csv the annotated corpus (columns {@code Id}, {@code Request}, {@code Normalized Score})
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

    Nlp nlp = new Nlp(Analyser.Models.load().nlp());
    List<List<Sentence>> texts = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (Request request : impolite) {
      texts.add(nlp.sentences(request.text(), Language.ENGLISH));
      labels.add(false);
    }
    for (Request request : polite) {
      texts.add(nlp.sentences(request.text(), Language.ENGLISH));
      labels.add(true);
    }
    List<Example> full = examples(texts, labels, PolitenessFeatures::of);
    List<Example> bag = examples(texts, labels, PolitenessFeatures::bagOfWords);

    CrossValidation model = crossValidate(full, PARAMETERS);
    CrossValidation baseline = crossValidate(bag, PARAMETERS);
    Weights weights = LogisticRegression.fit(full, PARAMETERS);

    String checksum = sha256(csv);
    Files.createDirectories(modelsDir);
    String data = csv.getFileName().toString();
    writeAtomically(modelsDir.resolve(MODEL_FILE), ModelFiles.english(weights, FIXED.keySet(), data, checksum));
    ModelFiles.Report report = new ModelFiles.Report(data, checksum, requests.size(),
        quartile, impolite.get(impolite.size() - 1).score(), polite.get(0).score(), FOLDS, SEED, PARAMETERS,
        model, baseline, weights);
    writeAtomically(modelsDir.resolve(REPORT_FILE), ModelFiles.report(report));
    return new Result(model.mean(), model.stdDev(), baseline.mean(), full.size());
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
    List<Double> accuracies = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Example> training = new ArrayList<>();
      List<Example> held = new ArrayList<>();
      for (int position = 0; position < order.size(); position++) {
        (position % FOLDS == fold ? held : training).add(examples.get(order.get(position)));
      }
      Weights weights = LogisticRegression.fit(training, parameters);
      int right = 0;
      for (Example example : held) {
        if (weights.predict(example.features()) == example.label()) {
          right++;
        }
      }
      accuracies.add((double) right / held.size());
    }
    double mean = accuracies.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double squares = accuracies.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum();
    return new CrossValidation(mean, Math.sqrt(squares / (accuracies.size() - 1)), accuracies);
  }

  private static List<Request> read(Path csv) throws IOException {
    List<Request> requests = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      var parser = format.parse(reader);
      Map<String, Integer> header = parser.getHeaderMap();
      for (String column : List.of(ID_COLUMN, TEXT_COLUMN, SCORE_COLUMN)) {
        if (!header.containsKey(column)) {
          throw new IOException(csv + ": no column '" + column + "'; the columns are " + header.keySet());
        }
      }
      for (CSVRecord row : parser) {
        try {
          requests.add(new Request(row.get(ID_COLUMN), row.get(TEXT_COLUMN),
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

  private static String sha256(Path file) throws IOException {
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
