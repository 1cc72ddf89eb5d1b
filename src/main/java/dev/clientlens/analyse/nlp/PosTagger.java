package dev.clientlens.analyse.nlp;

import dev.clientlens.domain.Language;
import java.util.Arrays;
import java.util.List;

/**
 * The adapter around OpenNLP's part-of-speech tagger (run by {@link GreedyTagger}): UPOS tags decided when
 * read (see {@link LazyTags}); {@code X} for every token of a language without a tagger. Keeps state
 * between calls: one per thread.
 */
final class PosTagger {
  private final GreedyTagger english;
  private final GreedyTagger norwegian;

  PosTagger(NlpModels models) {
    english = new GreedyTagger(models.englishPos);
    norwegian = models.norwegianPos.map(GreedyTagger::new).orElse(null);
  }

  List<String> tags(String[] tokens, Language language) {
    GreedyTagger tagger = language == Language.ENGLISH ? english
        : language == Language.NORWEGIAN ? norwegian : null;
    if (tagger == null) {
      String[] unknown = new String[tokens.length];
      Arrays.fill(unknown, "X");
      return Arrays.asList(unknown);
    }
    return tagger.lazily(tokens);
  }
}
