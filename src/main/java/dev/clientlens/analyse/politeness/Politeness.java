package dev.clientlens.analyse.politeness;

import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Language;
import java.io.IOException;
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
  /** The English model. */
  static final String ENGLISH_MODEL = "/models/politeness-en.txt";
  /** The Norwegian lexicon. */
  static final String NORWEGIAN_LEXICON = "/models/politeness-nb.txt";
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

  /**
   * Reads the model and the lexicon; keep the instance for the run.
   *
   * @throws IOException when {@code politeness-en.txt} or {@code politeness-nb.txt} is missing or malformed
   */
  public static Politeness read(ModelResources files) throws IOException {
    return new Politeness(weights(files.describe(ENGLISH_MODEL), files.entries(ENGLISH_MODEL)),
        NorwegianPoliteness.read(files.entries(NORWEGIAN_LEXICON)));
  }

  /** Reads {@code weight<TAB>feature} lines. */
  private static Map<String, Double> weights(String file, List<ModelResources.Entry> entries) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    for (ModelResources.Entry entry : entries) {
      String line = entry.text();
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw entry.error("expected weight<TAB>feature: " + line);
      }
      try {
        weights.put(line.substring(tab + 1), Double.parseDouble(line.substring(0, tab)));
      } catch (NumberFormatException e) {
        throw entry.error("not a weight: " + line.substring(0, tab));
      }
    }
    if (!weights.containsKey(BIAS)) {
      throw new IOException(file + ": no \"" + BIAS + "\" line: not a politeness model");
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
