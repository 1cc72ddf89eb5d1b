package dev.clientlens.analyse.cue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One word test of a cue pattern: any of some exact words (forgiving typos unless marked exact),
 * prefixes ({@code revis*}), suffixes ({@code *leder}) or any word ({@code *}); optionally with a POS
 * constraint ({@code /VERB}, or {@code /IMP} for an imperative) and optionally optional ({@code [..]}).
 */
final class WordStep implements CueRules.Step {
  /** The constraint for "an imperative verb here". */
  static final String IMPERATIVE = "IMP";

  private static final String[][] NO_WORDS = new String[0][];

  final Set<String> exact;
  final Set<String> exactOnly;
  final List<String> prefixes;
  final List<String> suffixes;
  final boolean any;
  final String pos;
  final boolean optional;
  private final AffixTrie<Boolean> prefixTrie;
  private final AffixTrie<Boolean> suffixTrie;
  /** Words that forgive a typo, by length, so a token is compared only with words one letter apart. */
  private final String[][] forgivingByLength;

  WordStep(Set<String> exact, Set<String> exactOnly, List<String> prefixes, List<String> suffixes, boolean any,
      String pos, boolean optional) {
    this.exact = Set.copyOf(exact);
    this.exactOnly = Set.copyOf(exactOnly);
    this.prefixes = List.copyOf(prefixes);
    this.suffixes = List.copyOf(suffixes);
    this.any = any;
    this.pos = pos;
    this.optional = optional;
    this.prefixTrie = new AffixTrie<>(marks(prefixes), false);
    this.suffixTrie = new AffixTrie<>(marks(suffixes), true);
    this.forgivingByLength = byLength(exact.stream().filter(w -> !exactOnly.contains(w) && Typos.forgiving(w))
        .collect(Collectors.toList()));
  }

  private static Map<String, List<Boolean>> marks(List<String> affixes) {
    Map<String, List<Boolean>> marks = new HashMap<>();
    for (String affix : affixes) {
      marks.put(affix, List.of(Boolean.TRUE));
    }
    return marks;
  }

  private static String[][] byLength(List<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(-1);
    if (longest < 0) {
      return NO_WORDS;
    }
    String[][] table = new String[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      int wanted = length;
      table[length] = words.stream().filter(w -> w.length() == wanted).toArray(String[]::new);
    }
    return table;
  }

  /** True when the first step can be found through an index (no any-word alternative, not optional). */
  boolean indexable() {
    return !any && !optional;
  }

  /** True when a typo of {@code word} may stand for it in this step. */
  boolean forgives(String word) {
    return exact.contains(word) && !exactOnly.contains(word) && Typos.forgiving(word);
  }

  boolean test(CueTokens tokens, int i, CueRules rules) {
    if (!wordMatches(tokens.words[i], tokens.punctuation[i], rules)) {
      return false;
    }
    if (pos == null) {
      return true;
    }
    if (pos.equals(IMPERATIVE)) {
      return rules.imperative(tokens, i);
    }
    String tag = tokens.tag(i);
    return tag.equals(CueTokens.UNKNOWN_TAG) || tag.equals(pos);
  }

  private boolean wordMatches(String word, boolean punctuation, CueRules rules) {
    if (exact.contains(word)) {
      return true;
    }
    if (punctuation) {
      return false;
    }
    if (any) {
      return true;
    }
    if (prefixTrie.matches(word) || suffixTrie.matches(word)) {
      return true;
    }
    if (forgivingByLength.length == 0 || !rules.mayBeTypo(word)) {
      return false;
    }
    int length = word.length();
    for (int candidates = Math.max(0, length - 1); candidates <= length + 1; candidates++) {
      if (candidates < forgivingByLength.length) {
        for (String candidate : forgivingByLength[candidates]) {
          if (Typos.close(word, candidate)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
