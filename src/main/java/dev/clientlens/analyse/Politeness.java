package dev.clientlens.analyse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How polite a message is, in [-1, 1]: negative impolite, 0 neutral, positive polite. English uses the
 * trained model {@code models/politeness-en.txt}, Norwegian Bokmål the lexicon
 * {@code models/politeness-nb.txt}; other languages and empty texts score 0. Loaded once, then
 * immutable and safe to share between threads.
 */
public final class Politeness {
  /** The English model on the class path. */
  public static final String ENGLISH_MODEL = "/models/politeness-en.txt";
  /** The Norwegian lexicon on the class path. */
  public static final String NORWEGIAN_LEXICON = "/models/politeness-nb.txt";
  private static final String BIAS = "bias";

  private final Map<String, Double> englishWeights;
  private final double englishBias;
  private final NorwegianPoliteness norwegian;

  private Politeness(Map<String, Double> englishWeights, NorwegianPoliteness norwegian) {
    this.englishBias = englishWeights.getOrDefault(BIAS, 0.0);
    Map<String, Double> weights = new HashMap<>(englishWeights);
    weights.remove(BIAS);
    this.englishWeights = Map.copyOf(weights);
    this.norwegian = norwegian;
  }

  /** The model and lexicon shipped in the jar; reads them once, so keep the instance for the run. */
  public static Politeness load() {
    try (InputStream english = resource(ENGLISH_MODEL); InputStream norwegian = resource(NORWEGIAN_LEXICON)) {
      return read(english, ENGLISH_MODEL, norwegian, NORWEGIAN_LEXICON);
    } catch (IOException e) {
      throw new UncheckedIOException("models: could not load the politeness model: " + e.getMessage(), e);
    }
  }

  /**
   * The model and lexicon in a folder, such as one {@code train politeness} just wrote.
   *
   * @throws IOException when {@code politeness-en.txt} or {@code politeness-nb.txt} is missing or malformed
   */
  public static Politeness load(Path modelsDir) throws IOException {
    Path english = modelsDir.resolve("politeness-en.txt");
    Path norwegian = modelsDir.resolve("politeness-nb.txt");
    try (InputStream en = Files.newInputStream(english); InputStream nb = Files.newInputStream(norwegian)) {
      return read(en, english.toString(), nb, norwegian.toString());
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Politeness.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + ": not on the class path");
    }
    return in;
  }

  private static Politeness read(InputStream english, String englishName, InputStream norwegian,
      String norwegianName) throws IOException {
    Map<String, Double> weights = readWeights(reader(english), englishName);
    return new Politeness(weights, NorwegianPoliteness.read(reader(norwegian), norwegianName));
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Reads {@code weight<TAB>feature} lines, skipping {@code #} comments and blank lines. */
  private static Map<String, Double> readWeights(BufferedReader reader, String name) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IOException(name + ": line " + number + ": expected weight<TAB>feature: " + line);
      }
      try {
        weights.put(line.substring(tab + 1), Double.parseDouble(line.substring(0, tab)));
      } catch (NumberFormatException e) {
        throw new IOException(name + ": line " + number + ": not a weight: " + line.substring(0, tab), e);
      }
    }
    if (!weights.containsKey(BIAS)) {
      throw new IOException(name + ": no \"" + BIAS + "\" line: not a politeness model");
    }
    return weights;
  }

  /**
   * The politeness of one message's sentences.
   *
   * @return a score in [-1, 1]; 0 for no sentences and for {@link Language#OTHER}
   */
  public double score(List<Sentence> sentences, Language language) {
    if (sentences.isEmpty()) {
      return 0;
    }
    switch (language) {
      case ENGLISH:
        return english(sentences);
      case NORWEGIAN:
        return norwegian.score(sentences);
      default:
        return 0;
    }
  }

  /** 2 P(polite) - 1, which is tanh of half the log-odds. */
  private double english(List<Sentence> sentences) {
    double logOdds = englishBias;
    for (String feature : PolitenessFeatures.of(sentences)) {
      Double weight = englishWeights.get(feature);
      if (weight != null) {
        logOdds += weight;
      }
    }
    return Math.tanh(logOdds / 2);
  }
}
