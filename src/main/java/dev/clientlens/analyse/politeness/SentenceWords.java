package dev.clientlens.analyse.politeness;

import dev.clientlens.analyse.phrase.WordSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence's tokens in lower case, with typographic apostrophes made plain so "don’t" and "don't"
 * agree, and the index of its first word: the politeness features and lexicon read sentences so.
 *
 * @param list the lower-cased tokens
 * @param first the index of the first token that starts with a letter or digit, or -1 when none does
 */
record SentenceWords(List<String> list, int first) implements WordSequence {
  SentenceWords {
    list = List.copyOf(list);
    if (first < -1 || first >= list.size()) {
      throw new IllegalArgumentException("sentence words: first word " + first + " outside 0.." + list.size());
    }
  }

  static SentenceWords of(List<String> tokens) {
    List<String> words = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      words.add(token.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
    int first = -1;
    for (int i = 0; i < words.size() && first < 0; i++) {
      String word = words.get(i);
      if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
        first = i;
      }
    }
    return new SentenceWords(words, first);
  }

  /** Whether the sentence has a word at all, not only punctuation. */
  boolean hasWords() {
    return first >= 0;
  }

  @Override
  public int size() {
    return list.size();
  }

  @Override
  public String word(int i) {
    return i >= 0 && i < list.size() ? list.get(i) : "";
  }

  @Override
  public boolean opensSentence(int i) {
    return i == first;
  }
}
