package dev.clientlens.analyse.nlp;

import dev.clientlens.domain.Language;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * The adapter around OpenNLP's learnable tokenizer (run by {@link CachedTokenizer}); other languages, and
 * Norwegian without its model, get OpenNLP's simple tokenizer. Keeps state between calls: one per thread.
 */
final class WordTokenizer {
  private final CachedTokenizer english;
  private final CachedTokenizer norwegian;

  WordTokenizer(NlpModels models) {
    english = new CachedTokenizer(models.englishTokens);
    norwegian = models.norwegianTokens.map(CachedTokenizer::new).orElse(null);
  }

  String[] tokenize(String sentence, Language language) {
    CachedTokenizer tokenizer = language == Language.ENGLISH ? english
        : language == Language.NORWEGIAN ? norwegian : null;
    return tokenizer != null ? tokenizer.tokenize(sentence) : SimpleTokenizer.INSTANCE.tokenize(sentence);
  }
}
