package dev.clientlens.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.formats.conllu.ConlluTagset;
import opennlp.tools.formats.conllu.ConlluWordLine;
import opennlp.tools.postag.POSSample;

/**
 * Extra tagger samples in the imperative mood, made from the treebank's own infinitive phrases: "å
 * sende rapporten i dag" gives "Send rapporten i dag ." with the same tags. The treebank is edited prose
 * with a few dozen imperatives, while client mail is full of them ("Send meg ...", "Ring meg ..."), and
 * an unseen capitalised word at the start of a sentence otherwise looks like a name.
 */
final class Imperatives {
  /** Phrases of this many words (verb included) are used; longer ones are mostly whole clauses. */
  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 12;
  private static final String VOWELS = "aeiouyæøå";
  /** Verbs whose imperative the spelling rule below gets wrong. */
  private static final Map<String, String> IRREGULAR = Map.of("spørre", "spør");

  private Imperatives() {}

  /**
   * The treebank samples with the imperatives made from {@code sentences} spread evenly among them
   * (appended at the end, they cost the perceptron accuracy on ordinary prose).
   */
  static List<POSSample> mixedInto(List<POSSample> samples, List<ConlluSentence> sentences) {
    List<POSSample> extra = from(sentences);
    List<POSSample> mixed = new ArrayList<>(samples.size() + extra.size());
    int next = 0;
    for (int i = 0; i < samples.size(); i++) {
      mixed.add(samples.get(i));
      // Extra sample k goes after sample i once (k + 1) / extra.size() <= (i + 1) / samples.size().
      while (next < extra.size() && (long) (next + 1) * samples.size() <= (long) (i + 1) * extra.size()) {
        mixed.add(extra.get(next++));
      }
    }
    mixed.addAll(extra.subList(next, extra.size()));
    return mixed;
  }

  /** One imperative sample per infinitive phrase "å + verb ..." that forms a contiguous subtree. */
  static List<POSSample> from(List<ConlluSentence> sentences) {
    List<POSSample> samples = new ArrayList<>();
    for (ConlluSentence sentence : sentences) {
      List<ConlluWordLine> words = words(sentence);
      for (int i = 0; i + 1 < words.size(); i++) {
        ConlluWordLine verb = words.get(i + 1);
        if (words.get(i).getForm().equalsIgnoreCase("å") && isInfinitive(verb)) {
          phrase(words, i + 1).ifPresent(samples::add);
        }
      }
    }
    return samples;
  }

  /**
   * The imperative of a Bokmål infinitive: the stem without its final -e ("sende" - "send", "oppdatere" -
   * "oppdater", "komme" - "kom"), except after a consonant plus l, n or r, where the -e stays ("endre",
   * "åpne", "sykle"); infinitives without a final -e are their own imperative ("gå", "ta").
   */
  static String imperative(String infinitive) {
    String word = infinitive.toLowerCase(Locale.ROOT);
    if (IRREGULAR.containsKey(word)) {
      return IRREGULAR.get(word);
    }
    if (word.length() <= 2 || !word.endsWith("e")) {
      return word;
    }
    String stem = word.substring(0, word.length() - 1);
    char last = stem.charAt(stem.length() - 1);
    char beforeLast = stem.charAt(stem.length() - 2);
    if (isVowel(last)) {
      return word;
    }
    if ("lnr".indexOf(last) >= 0 && !isVowel(beforeLast) && "lnr".indexOf(beforeLast) < 0) {
      return word;
    }
    if (stem.endsWith("mm")) {
      return stem.substring(0, stem.length() - 1);
    }
    return stem;
  }

  private static Optional<POSSample> phrase(List<ConlluWordLine> words, int verbIndex) {
    Map<String, Integer> indexOfId = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      indexOfId.put(words.get(i).getId(), i);
    }
    int end = verbIndex;
    for (int i = verbIndex + 1; i < words.size() && dominates(words, indexOfId, verbIndex, i); i++) {
      end = i;
    }
    for (int i = end + 1; i < words.size(); i++) {
      if (dominates(words, indexOfId, verbIndex, i)) {
        return Optional.empty(); // the phrase is not contiguous
      }
    }
    while (end > verbIndex && words.get(end).getPosTag(ConlluTagset.U).equals("PUNCT")) {
      end--;
    }
    int length = end - verbIndex + 1;
    if (length < MIN_WORDS || length > MAX_WORDS) {
      return Optional.empty();
    }
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String verb = imperative(words.get(verbIndex).getForm());
    tokens.add(verb.substring(0, 1).toUpperCase(Locale.ROOT) + verb.substring(1));
    tags.add(words.get(verbIndex).getPosTag(ConlluTagset.U));
    for (int i = verbIndex + 1; i <= end; i++) {
      tokens.add(words.get(i).getForm());
      tags.add(words.get(i).getPosTag(ConlluTagset.U));
    }
    tokens.add(".");
    tags.add("PUNCT");
    return Optional.of(new POSSample(tokens, tags));
  }

  /** True when word {@code index} is the verb or one of its dependents, directly or not. */
  private static boolean dominates(
      List<ConlluWordLine> words, Map<String, Integer> indexOfId, int verb, int index) {
    Integer current = index;
    for (int steps = 0; current != null && steps <= words.size(); steps++) {
      if (current == verb) {
        return true;
      }
      current = indexOfId.get(words.get(current).getHead());
    }
    return false;
  }

  private static boolean isInfinitive(ConlluWordLine word) {
    String tag = word.getPosTag(ConlluTagset.U);
    return (tag.equals("VERB") || tag.equals("AUX")) && word.getFeats().contains("VerbForm=Inf");
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  /** The word lines that are real tokens: no multiword ranges, no empty nodes. */
  private static List<ConlluWordLine> words(ConlluSentence sentence) {
    List<ConlluWordLine> words = new ArrayList<>();
    for (ConlluWordLine line : sentence.getWordLines()) {
      if (!line.getId().contains(".") && !line.getId().contains("-")) {
        words.add(line);
      }
    }
    return words;
  }
}
