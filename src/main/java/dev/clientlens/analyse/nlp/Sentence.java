package dev.clientlens.analyse.nlp;

import dev.clientlens.domain.Language;
import java.util.List;
import java.util.Objects;

/**
 * One sentence with its tokens and their Universal Dependencies part-of-speech tags (UPOS: NOUN, VERB,
 * PRON, ...), as both the English stock models and our Norwegian models produce them. The tags of a
 * sentence from {@link Nlp} are decided when first read (see {@link LazyTags}).
 */
public record Sentence(String text, List<String> tokens, List<String> tags, Language language) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    tags = tags instanceof LazyTags ? tags : List.copyOf(tags);
    Objects.requireNonNull(language, "language");
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException("sentence: " + tokens.size() + " tokens but " + tags.size() + " tags");
    }
  }
}
