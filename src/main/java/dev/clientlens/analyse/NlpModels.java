package dev.clientlens.analyse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models of one run, loaded once from the class path and shared by all threads (models are
 * immutable; the tools built from them are not, see {@link Nlp}). English and language detection are
 * the stock models from Maven Central; Norwegian Bokmål are our own, trained by {@code train nlp-nb}
 * into {@code models/}.
 */
public final class NlpModels {
  static final String LANGDETECT = "/langdetect-183.bin";
  static final String EN_SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String EN_TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String EN_POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  public static final String NB_SENTENCES = "/models/nb-sentences.bin";
  public static final String NB_TOKENS = "/models/nb-tokens.bin";
  public static final String NB_POS = "/models/nb-pos.bin";
  /** Candidate tag sequences the taggers keep while tagging a sentence. */
  static final int TAGGER_BEAM = 1;
  /** Where a POS model keeps its classifier (OpenNLP's entry name). */
  private static final String POS_ARTIFACT = "pos.model";

  final LanguageDetectorModel languages;
  final SentenceModel englishSentences;
  final TokenizerModel englishTokens;
  final POSModel englishPos;
  final Optional<SentenceModel> norwegianSentences;
  final Optional<TokenizerModel> norwegianTokens;
  final Optional<POSModel> norwegianPos;

  private NlpModels() throws IOException {
    languages = new LanguageDetectorModel(required(LANGDETECT));
    englishSentences = new SentenceModel(required(EN_SENTENCES));
    englishTokens = new TokenizerModel(required(EN_TOKENS));
    englishPos = greedy(new POSModel(required(EN_POS)));
    norwegianSentences = optional(NB_SENTENCES).map(in -> read(in, SentenceModel::new));
    norwegianTokens = optional(NB_TOKENS).map(in -> read(in, TokenizerModel::new));
    norwegianPos = optional(NB_POS).map(in -> greedy(read(in, POSModel::new)));
  }

  /**
   * The same tagger deciding each tag in turn ({@value #TAGGER_BEAM} candidate sequence instead of the
   * model's 3): tagging was the largest single cost of a scan, and the cue rules read tags only to tell
   * an imperative from other verbs. Held-out POS accuracy of the Norwegian model: see nb-models.md.
   */
  static POSModel greedy(POSModel model) {
    Object tagger = model.getArtifact(POS_ARTIFACT);
    if (!(tagger instanceof MaxentModel maxent)) {
      return model; // a tagger of another kind keeps its own search
    }
    return new POSModel(model.getLanguage(), maxent, TAGGER_BEAM, null, model.getFactory());
  }

  /** Loads every model; takes about a second, so do it once per run. */
  public static NlpModels load() {
    try {
      return new NlpModels();
    } catch (IOException e) {
      throw new UncheckedIOException("models: could not load the OpenNLP models from the class path", e);
    }
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M read(InputStream in, ModelReader<M> reader) {
    try (in) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("models: could not read a Norwegian model", e);
    }
  }

  private static InputStream required(String resource) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(resource + ": not on the class path");
    }
    return in;
  }

  private static Optional<InputStream> optional(String resource) {
    return Optional.ofNullable(NlpModels.class.getResourceAsStream(resource));
  }

  /** True when our trained Norwegian models are present (otherwise a rule-based fallback is used). */
  public boolean hasNorwegianModels() {
    return norwegianSentences.isPresent() && norwegianTokens.isPresent() && norwegianPos.isPresent();
  }
}
