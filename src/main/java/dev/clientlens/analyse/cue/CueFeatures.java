package dev.clientlens.analyse.cue;

import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the cue model reads of a sentence: its words and word pairs (lower case, numbers as one word),
 * the four-letter pieces of its words (so "updates" and "update" share most of theirs, and a typo costs
 * one piece), its first word and first two words, whether it asks a question, the part of speech of its
 * first word (an imperative), the words shortly after an English negator marked as negated ("not urgent"), and
 * which cues the hand-written rules find in it. The same code makes the
 * features for training and for the scan, so the two cannot drift apart.
 */
final class CueFeatures {
  /** Always present: the model's intercept. */
  static final String BIAS = "bias";
  private static final int PIECE = 4;
  /**
   * Words after an English negator that are also read as negated ({@code nw=}): "not urgent", "no rush".
   * Norwegian sentences get none: on the development data it raised the English models' out-of-fold F1
   * (mean 0.562 to 0.587) and lowered the Norwegian ones' (0.814 to 0.801).
   */
  private static final int NEGATED_WORDS = 3;
  private static final Set<String> NEGATORS = Set.of("not", "no", "never", "n't", "nothing", "without");

  private CueFeatures() {}

  static List<String> of(Sentence sentence, Set<Cue> ruleHits) {
    List<String> features = new ArrayList<>(sentence.tokens().size() * 6 + 8);
    features.add(BIAS);
    List<String> words = new ArrayList<>(sentence.tokens().size());
    for (String token : sentence.tokens()) {
      words.add(word(token));
    }
    int negatedUntil = -1;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      features.add("w=" + word);
      if (i <= negatedUntil) {
        features.add("nw=" + word);
      }
      if (sentence.language() == Language.ENGLISH && NEGATORS.contains(word)) {
        negatedUntil = i + NEGATED_WORDS;
      }
      if (i + 1 < words.size()) {
        features.add("b=" + word + "_" + words.get(i + 1));
      }
      String marked = "<" + word + ">";
      if (marked.length() > PIECE) {
        for (int k = 0; k + PIECE <= marked.length(); k++) {
          features.add("c=" + marked.substring(k, k + PIECE));
        }
      }
    }
    if (!words.isEmpty()) {
      features.add("first=" + words.get(0));
      if (!sentence.tags().isEmpty()) {
        features.add("tag0=" + sentence.tags().get(0));
      }
    }
    if (words.size() > 1) {
      features.add("first2=" + words.get(0) + "_" + words.get(1));
    }
    if (sentence.text().strip().endsWith("?")) {
      features.add("question");
    }
    for (Cue cue : ruleHits) {
      features.add(rule(cue));
    }
    return features;
  }

  /** The feature that says the hand-written rules found a cue. */
  static String rule(Cue cue) {
    return "rule=" + cue.label();
  }

  /** A token as a feature word: lower case, straight apostrophes, any token with a digit as {@code <num>}. */
  private static String word(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return "<num>";
      }
    }
    return token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
