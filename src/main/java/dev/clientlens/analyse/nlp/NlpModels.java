package dev.clientlens.analyse.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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

  /** Read on a thread of its own (it takes most of the reading time): see {@link #languages()}. */
  private final FutureTask<LanguageDetectorModel> languages;
  final SentenceModel englishSentences;
  final TokenizerModel englishTokens;
  final POSModel englishPos;
  final Optional<SentenceModel> norwegianSentences;
  final Optional<TokenizerModel> norwegianTokens;
  final Optional<POSModel> norwegianPos;

  private NlpModels(ModelResources files) throws IOException {
    files.open(LANGDETECT).close(); // a missing model fails the run here, not at the first text
    languages = new FutureTask<>(() -> required(files, LANGDETECT, LanguageDetectorModel::new));
    Thread reader = new Thread(languages, "clientlens-language-model");
    reader.setDaemon(true);
    reader.start();
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

  /** Reads every model (the language detector's on a thread of its own); takes about a second, so do it once per run. */
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

  /**
   * The language detector's model, waiting for it to be read if need be. It is read while the rest of
   * the analysis starts: most mail is told by its function words alone and never waits for it.
   */
  LanguageDetectorModel languages() {
    try {
      return languages.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("models: interrupted while reading " + LANGDETECT, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw new UncheckedIOException("models: could not read " + LANGDETECT + ": " + io.getMessage(), io);
      }
      throw cause instanceof RuntimeException r ? r : new IllegalStateException("models: " + LANGDETECT, cause);
    }
  }

  /** True when our trained Norwegian models are present (otherwise a rule-based fallback is used). */
  boolean hasNorwegianModels() {
    return norwegianSentences.isPresent() && norwegianTokens.isPresent() && norwegianPos.isPresent();
  }
}
