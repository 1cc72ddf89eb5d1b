package dev.clientlens.analyse;

import java.util.List;
import java.util.Set;

/**
 * One word test of a cue pattern: any of some exact words (forgiving typos unless marked exact),
 * prefixes ({@code revis*}), suffixes ({@code *leder}) or any word ({@code *}); optionally with a POS
 * constraint ({@code /VERB}, or {@code /IMP} for an imperative) and optionally optional ({@code [..]}).
 */
final class WordStep implements CueRules.Step {
  /** The constraint for "an imperative verb here". */
  static final String IMPERATIVE = "IMP";

  final Set<String> exact;
  final Set<String> exactOnly;
  final List<String> prefixes;
  final List<String> suffixes;
  final boolean any;
  final String pos;
  final boolean optional;
  private final String[] forgiving;

  WordStep(Set<String> exact, Set<String> exactOnly, List<String> prefixes, List<String> suffixes, boolean any,
      String pos, boolean optional) {
    this.exact = Set.copyOf(exact);
    this.exactOnly = Set.copyOf(exactOnly);
    this.prefixes = List.copyOf(prefixes);
    this.suffixes = List.copyOf(suffixes);
    this.any = any;
    this.pos = pos;
    this.optional = optional;
    this.forgiving = exact.stream().filter(w -> !exactOnly.contains(w) && Typos.forgiving(w)).toArray(String[]::new);
  }

  /** True when the first step can be found through an index (no suffix or any-word alternative). */
  boolean indexable() {
    return !any && !optional && suffixes.isEmpty();
  }

  /** True when a typo of {@code word} may stand for it in this step. */
  boolean forgives(String word) {
    return exact.contains(word) && !exactOnly.contains(word) && Typos.forgiving(word);
  }

  boolean test(CueTokens tokens, int i, CueRules rules) {
    if (!wordMatches(tokens.words[i], tokens.punctuation[i])) {
      return false;
    }
    if (pos == null) {
      return true;
    }
    if (pos.equals(IMPERATIVE)) {
      return rules.imperative(tokens, i);
    }
    String tag = tokens.tags[i];
    return tag.equals(CueTokens.UNKNOWN_TAG) || tag.equals(pos);
  }

  private boolean wordMatches(String word, boolean punctuation) {
    if (exact.contains(word)) {
      return true;
    }
    if (punctuation) {
      return false;
    }
    if (any) {
      return true;
    }
    for (String prefix : prefixes) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    for (String suffix : suffixes) {
      if (word.endsWith(suffix)) {
        return true;
      }
    }
    for (String candidate : forgiving) {
      if (Typos.close(word, candidate)) {
        return true;
      }
    }
    return false;
  }
}
