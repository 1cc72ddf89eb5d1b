package dev.clientlens.analyse.cue;

import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Cue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The compiled cue rules of one language (the format is described at the top of each rule file and read
 * by {@link CueRuleParser}). Rules are indexed by the words their first step accepts, so a sentence costs
 * one or two hash look-ups per token plus the few rules that can start there. Immutable and thread-safe:
 * matching keeps its state on the stack.
 */
final class CueRules {
  /** One step of a pattern: a word test, a gap, or the end of the sentence. */
  sealed interface Step permits WordStep, Gap, End {
  }

  /** Between {@code min} and {@code max} tokens of anything. */
  record Gap(int min, int max) implements Step {
    Gap {
      if (min < 0 || max < min) {
        throw new IllegalArgumentException("gap: bad bounds {" + min + "," + max + "}");
      }
    }
  }

  /** Only punctuation follows. */
  enum End implements Step {
    INSTANCE
  }

  /** One compiled line of a rule file. */
  static final class Rule {
    final Cue cue;
    final boolean suppressor;
    final boolean negatable;
    final boolean anchored;
    final List<Step> steps;
    final String source;

    Rule(Cue cue, boolean suppressor, boolean negatable, boolean anchored, List<Step> steps, String source) {
      this.cue = cue;
      this.suppressor = suppressor;
      this.negatable = negatable;
      this.anchored = anchored;
      this.steps = List.copyOf(steps);
      this.source = source;
    }

    @Override
    public String toString() {
      return source;
    }
  }

  /** Language facts the matcher needs beyond the rules themselves. */
  record Grammar(Set<String> negators, Set<String> negatorsAfter, int negationBefore, int negationAfter,
      Set<String> openers,
      Set<String> imperatives, Set<String> notAfterImperative, List<String> inflectedEndings,
      List<String> baseEndings, Set<String> realWords) {
    Grammar {
      realWords = Set.copyOf(realWords);
      negators = Set.copyOf(negators);
      negatorsAfter = Set.copyOf(negatorsAfter);
      openers = Set.copyOf(openers);
      imperatives = Set.copyOf(imperatives);
      notAfterImperative = Set.copyOf(notAfterImperative);
      inflectedEndings = List.copyOf(inflectedEndings);
      baseEndings = List.copyOf(baseEndings);
    }
  }

  private final String name;
  private final TokenNormaliser normaliser;
  private final Grammar grammar;
  private final List<Rule> anchored;
  private final List<Rule> unindexed;
  private final List<Rule> suppressors;
  private final Map<String, List<Rule>> byWord;
  private final AffixTrie<Rule> byPrefix;
  private final AffixTrie<Rule> bySuffix;
  /** First words that forgive a typo, by their first letter, with the rules that forgive it. */
  private final Map<Character, List<Map.Entry<String, List<Rule>>>> forgivingByInitial;
  private final int ruleCount;
  /** The longest first word that forgives a typo: longer tokens need no typo look-up at all. */
  private final int longestForgiving;

  CueRules(String name, TokenNormaliser normaliser, Grammar grammar, List<Rule> anchored, List<Rule> unindexed,
      List<Rule> suppressors, Map<String, List<Rule>> byWord, Map<String, List<Rule>> byPrefix,
      Map<String, List<Rule>> bySuffix, int ruleCount) {
    this.name = name;
    this.normaliser = normaliser;
    this.grammar = grammar;
    this.anchored = List.copyOf(anchored);
    this.unindexed = List.copyOf(unindexed);
    this.suppressors = List.copyOf(suppressors);
    Map<String, List<Rule>> words = new HashMap<>();
    byWord.forEach((word, rules) -> words.put(word, List.copyOf(rules)));
    this.byWord = Map.copyOf(words);
    this.byPrefix = new AffixTrie<>(byPrefix, false);
    this.bySuffix = new AffixTrie<>(bySuffix, true);
    Map<Character, List<Map.Entry<String, List<Rule>>>> initials = new HashMap<>();
    this.byWord.forEach((word, rules) -> {
      List<Rule> forgiving = rules.stream().filter(r -> ((WordStep) r.steps.get(0)).forgives(word))
          .collect(Collectors.toList());
      if (!forgiving.isEmpty()) {
        initials.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(Map.entry(word, forgiving));
      }
    });
    Map<Character, List<Map.Entry<String, List<Rule>>>> frozen = new HashMap<>();
    initials.forEach((initial, entries) -> frozen.put(initial, List.copyOf(entries)));
    this.forgivingByInitial = Map.copyOf(frozen);
    this.ruleCount = ruleCount;
    this.longestForgiving = byWord.keySet().stream().filter(Typos::forgiving).mapToInt(String::length).max()
        .orElse(0);
  }

  @Override
  public String toString() {
    return name + " (" + ruleCount + " rules)";
  }

  int ruleCount() {
    return ruleCount;
  }

  CueTokens tokens(Sentence sentence) {
    return normaliser.tokens(sentence);
  }

  /** The cues one sentence shows. */
  EnumSet<Cue> match(CueTokens tokens) {
    return match(tokens, null);
  }

  /**
   * The cues one sentence shows, each with the rule that found it (the first one tried, by the source
   * line of the rule file), in cue order.
   */
  Map<Cue, String> explain(CueTokens tokens) {
    Rule[] why = new Rule[Cue.values().length];
    EnumSet<Cue> found = match(tokens, why);
    Map<Cue, String> rules = new EnumMap<>(Cue.class);
    for (Cue cue : found) {
      rules.put(cue, why[cue.ordinal()].source);
    }
    return rules;
  }

  /** The matcher; {@code why}, when not null, receives the rule that found each cue, by ordinal. */
  private EnumSet<Cue> match(CueTokens tokens, Rule[] why) {
    EnumSet<Cue> found = EnumSet.noneOf(Cue.class);
    if (tokens.size == 0) {
      return found;
    }
    int[] starts = starts(tokens);
    for (int start : starts) {
      for (Rule rule : anchored) {
        tryAt(rule, tokens, start, found, why);
      }
    }
    List<List<Rule>> candidates = new ArrayList<>(4);
    for (int i = 0; i < tokens.size; i++) {
      candidates.clear();
      collect(tokens.words[i], tokens.punctuation[i], candidates);
      for (List<Rule> rules : candidates) {
        for (Rule rule : rules) {
          tryAt(rule, tokens, i, found, why);
        }
      }
      for (Rule rule : unindexed) {
        tryAt(rule, tokens, i, found, why);
      }
    }
    if (!found.isEmpty()) {
      for (Rule rule : suppressors) {
        if (found.contains(rule.cue) && matchesAnywhere(rule, tokens, starts)) {
          found.remove(rule.cue);
        }
      }
    }
    return found;
  }

  private void tryAt(Rule rule, CueTokens tokens, int at, EnumSet<Cue> found, Rule[] why) {
    if (found.contains(rule.cue)) {
      return;
    }
    int end = end(rule.steps, 0, tokens, at);
    if (end >= 0 && !(rule.negatable && negated(tokens, at, end))) {
      found.add(rule.cue);
      if (why != null) {
        why[rule.cue.ordinal()] = rule;
      }
    }
  }

  private boolean matchesAnywhere(Rule rule, CueTokens tokens, int[] starts) {
    if (rule.anchored) {
      for (int start : starts) {
        if (end(rule.steps, 0, tokens, start) >= 0) {
          return true;
        }
      }
      return false;
    }
    for (int i = 0; i < tokens.size; i++) {
      if (end(rule.steps, 0, tokens, i) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Where a match of {@code steps[s..]} starting at token {@code at} ends, or -1 when there is none. */
  private int end(List<Step> steps, int s, CueTokens tokens, int at) {
    if (s == steps.size()) {
      return at;
    }
    Step step = steps.get(s);
    if (step instanceof Gap gap) {
      for (int skip = gap.min(); skip <= gap.max() && at + skip <= tokens.size; skip++) {
        int end = end(steps, s + 1, tokens, at + skip);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    if (step instanceof End) {
      return tokens.onlyPunctuationFrom(at) ? end(steps, s + 1, tokens, tokens.size) : -1;
    }
    WordStep word = (WordStep) step;
    if (at < tokens.size && word.test(tokens, at, this)) {
      int end = end(steps, s + 1, tokens, at + 1);
      if (end >= 0) {
        return end;
      }
    }
    return word.optional ? end(steps, s + 1, tokens, at) : -1;
  }

  /**
   * True when a negator stands within the negation window before the match (or after it, for languages
   * that put "not" after the verb: "det haster ikke"), in the same clause.
   */
  private boolean negated(CueTokens tokens, int start, int end) {
    int seen = 0;
    for (int i = start - 1; i >= 0 && seen < grammar.negationBefore(); i--) {
      if (tokens.punctuation[i]) {
        if (breaksClause(tokens.words[i])) {
          break;
        }
        continue;
      }
      if (grammar.negators().contains(tokens.words[i])) {
        return true;
      }
      seen++;
    }
    seen = 0;
    for (int i = end; i < tokens.size && seen < grammar.negationAfter(); i++) {
      if (tokens.punctuation[i]) {
        if (breaksClause(tokens.words[i])) {
          break;
        }
        continue;
      }
      if (grammar.negatorsAfter().contains(tokens.words[i])) {
        return true;
      }
      seen++;
    }
    return false;
  }

  private static boolean breaksClause(String mark) {
    return !(mark.equals("\"") || mark.equals("'") || mark.equals("«") || mark.equals("»")
        || mark.equals("\u201c") || mark.equals("\u201d"));
  }

  /**
   * Where a sentence "starts" for anchored rules: after punctuation and openers ("please", "just",
   * "hi"), and again after an early comma, so "Hi Anna, shorten the headline" starts at "shorten".
   */
  private int[] starts(CueTokens tokens) {
    int first = skipOpeners(tokens, 0);
    int limit = Math.min(tokens.size, 5);
    for (int i = 0; i < limit; i++) {
      if (tokens.words[i].equals(",")) {
        int second = skipOpeners(tokens, i + 1);
        if (second != first && second < tokens.size) {
          return new int[] {first, second};
        }
        break;
      }
    }
    return new int[] {first};
  }

  private int skipOpeners(CueTokens tokens, int from) {
    int i = from;
    while (i < tokens.size && (tokens.punctuation[i] || grammar.openers().contains(tokens.words[i]))) {
      i++;
    }
    return i;
  }

  /** The rules whose first step can accept this word: by exact word, typo, prefix and suffix. */
  private void collect(String word, boolean punctuation, List<List<Rule>> into) {
    List<Rule> exact = byWord.get(word);
    if (exact != null) {
      into.add(exact);
    }
    if (punctuation) {
      return;
    }
    if (exact == null && word.length() <= longestForgiving + 1 && mayBeTypo(word)) {
      collectTypos(word, into);
    }
    byPrefix.collect(word, into::add);
    bySuffix.collect(word, into::add);
  }

  /**
   * True when {@code word} may be a slip for a rule word: it has the shape of one and is not itself a
   * common word of the language ("thinking" is never a slip for "thanking").
   */
  boolean mayBeTypo(String word) {
    return Typos.forgiving(word) && !grammar.realWords().contains(word);
  }

  /**
   * Rules whose first word is one forgiven slip away from {@code typed}. A slip rarely touches both of
   * the first two letters, so only words starting with one of them are compared.
   */
  private void collectTypos(String typed, List<List<Rule>> into) {
    char first = typed.charAt(0);
    char second = typed.charAt(1);
    addIfClose(typed, forgivingByInitial.get(first), into);
    if (second != first) {
      addIfClose(typed, forgivingByInitial.get(second), into);
    }
  }

  private static void addIfClose(String typed, List<Map.Entry<String, List<Rule>>> words, List<List<Rule>> into) {
    if (words == null) {
      return;
    }
    for (Map.Entry<String, List<Rule>> word : words) {
      if (Typos.close(typed, word.getKey())) {
        into.add(word.getValue());
      }
    }
  }

  /**
   * An imperative verb at token {@code i}. Never when the next word shows the word is a noun ("Use of",
   * "Bruk av", "Change is needed"). Without tags (Norwegian until its model lands): a listed imperative
   * form. With tags: a VERB in base form, or a listed imperative whatever the tagger said (it often takes
   * a sentence-initial imperative for a noun: "Just swap/NOUN the images", "Format/ADP the sheet"), unless
   * a verb follows it, which makes it the subject ("Start/NOUN date/NOUN is", "Bruk/NOUN er viktig").
   */
  boolean imperative(CueTokens tokens, int i) {
    String word = tokens.words[i];
    boolean hasNext = i + 1 < tokens.size;
    if (hasNext && grammar.notAfterImperative().contains(tokens.words[i + 1])) {
      return false;
    }
    boolean listed = grammar.imperatives().contains(word);
    String tag = tokens.tag(i);
    if (tag.equals(CueTokens.UNKNOWN_TAG)) {
      return listed;
    }
    if (tag.equals("VERB") && !inflected(word)) {
      return true;
    }
    if (!listed || NOT_A_VERB.contains(tag)) {
      return false;
    }
    String next = hasNext ? tokens.tag(i + 1) : "";
    return tag.equals("VERB") || !(next.equals("VERB") || next.equals("AUX"));
  }

  /** Tags a listed imperative form never really has, whatever the tagger thinks. */
  private static final Set<String> NOT_A_VERB = Set.of("AUX", "PRON", "DET", "NUM", "PART", "CCONJ", "SCONJ",
      "PUNCT", "SYM");

  private boolean inflected(String word) {
    for (String base : grammar.baseEndings()) {
      if (word.endsWith(base)) {
        return false;
      }
    }
    for (String ending : grammar.inflectedEndings()) {
      if (word.length() >= ending.length() + 3 && word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
