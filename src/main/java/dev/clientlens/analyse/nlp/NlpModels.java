package dev.clientlens.analyse.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models of one run, read once and shared by all threads (models are immutable; the tools
 * built from them are not, see {@link Nlp}). English and language detection are
 * the stock models from Maven Central; Norwegian Bokmål are our own, trained by {@code train nlp-nb}
 * into {@code models/}.
 */
public final class NlpModels {
  static final String LANGDETECT = "/langdetect-183.bin";
  static final String EN_SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String EN_TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String EN_POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String NB_SENTENCES = "/models/nb-sentences.bin";
  static final String NB_TOKENS = "/models/nb-tokens.bin";
  static final String NB_POS = "/models/nb-pos.bin";
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

  private NlpModels(ModelResources files) throws IOException {
    languages = required(files, LANGDETECT, LanguageDetectorModel::new);
    englishSentences = required(files, EN_SENTENCES, SentenceModel::new);
    englishTokens = required(files, EN_TOKENS, TokenizerModel::new);
    englishPos = greedy(required(files, EN_POS, POSModel::new));
    norwegianSentences = optional(files, NB_SENTENCES, SentenceModel::new);
    norwegianTokens = optional(files, NB_TOKENS, TokenizerModel::new);
    norwegianPos = optional(files, NB_POS, POSModel::new).map(NlpModels::greedy);
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

  /** Reads every model; takes about a second, so do it once per run. */
  public static NlpModels read(ModelResources files) throws IOException {
    return new NlpModels(files);
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M required(ModelResources files, String name, ModelReader<M> reader) throws IOException {
    try (InputStream in = files.open(name)) {
      return reader.read(in);
    }
  }

  private static <M> Optional<M> optional(ModelResources files, String name, ModelReader<M> reader)
      throws IOException {
    Optional<InputStream> found = files.find(name);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = found.get()) {
      return Optional.of(reader.read(in));
    }
  }

  /** True when our trained Norwegian models are present (otherwise a rule-based fallback is used). */
  boolean hasNorwegianModels() {
    return norwegianSentences.isPresent() && norwegianTokens.isPresent() && norwegianPos.isPresent();
  }
}
