package dev.clientlens.analyse.cue;

import dev.clientlens.domain.Cue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one rule file into {@link CueRules}. The format is documented at the top of
 * {@code models/cues-en.txt}; mistakes in a file are reported as {@code name:line: what is wrong}.
 */
final class CueRuleParser {
  private static final Pattern GAP = Pattern.compile("\\.\\.\\.(?:\\{(\\d+),(\\d+)\\})?");
  private static final Pattern POS = Pattern.compile("[A-Z]+");
  private static final int DEFAULT_GAP = 3;

  private final String name;
  private final Map<String, List<String>> lists = new HashMap<>();
  private final Map<String, String> same = new HashMap<>();
  private final Map<String, String[]> splits = new HashMap<>();
  private final List<String[]> suffixes = new ArrayList<>();
  private final Set<String> negators = new HashSet<>();
  private final Set<String> negatorsAfter = new HashSet<>();
  private int negationBefore = 3;
  private int negationAfter = 0;
  private final Set<String> openers = new HashSet<>();
  private final Set<String> imperatives = new HashSet<>();
  private final Set<String> notAfterImperative = new HashSet<>();
  private final List<String> inflectedEndings = new ArrayList<>();
  private final Set<String> realWords = new HashSet<>();
  private final Function<String, List<String>> files;
  private final List<String> baseEndings = new ArrayList<>();
  private final List<CueRules.Rule> rules = new ArrayList<>();
  private TokenNormaliser normaliser;
  private int line;

  private CueRuleParser(String name, Function<String, List<String>> files) {
    this.name = name;
    this.files = files;
  }

  /** Compiles the lines of one rule file that names no other file; {@code name} is used in error messages. */
  static CueRules parse(String name, List<String> lines) {
    return parse(name, lines, file -> {
      throw new IllegalArgumentException("no files can be read beside " + name + ": " + file);
    });
  }

  /**
   * Compiles the lines of one rule file; {@code files} reads a file the rules name (such as the word list
   * of {@code @real-words}) by its name, one list entry per line.
   */
  static CueRules parse(String name, List<String> lines, Function<String, List<String>> files) {
    CueRuleParser parser = new CueRuleParser(name, files);
    for (String text : lines) {
      parser.line++;
      parser.read(stripComment(text));
    }
    return parser.build();
  }

  private static String stripComment(String text) {
    String trimmed = text.strip();
    if (trimmed.startsWith("#")) {
      return "";
    }
    Matcher comment = Pattern.compile("\\s#(\\s|$)").matcher(trimmed);
    return comment.find() ? trimmed.substring(0, comment.start()).strip() : trimmed;
  }

  private void read(String text) {
    if (text.isEmpty()) {
      return;
    }
    String[] fields = text.split("\\s+", 2);
    if (fields.length < 2) {
      throw error("expected a cue and a pattern, or a directive with values: " + text);
    }
    if (fields[0].startsWith("@")) {
      directive(fields[0], fields[1]);
    } else {
      rule(fields[0], fields[1]);
    }
  }

  private void directive(String directive, String values) {
    if (!rules.isEmpty() && (directive.equals("@same") || directive.equals("@split")
        || directive.equals("@suffix"))) {
      throw error(directive + " must come before the first rule (rules are compiled with it)");
    }
    String[] fields = values.split("\\s+");
    switch (directive) {
      case "@list" -> {
        requireAtLeast(fields, 2, "@list NAME word|word ...");
        lists.put(fields[0], words(String.join(" ", Arrays.copyOfRange(fields, 1, fields.length)), true));
      }
      case "@same" -> {
        requireAtLeast(fields, 2, "@same CANONICAL variant|variant ...");
        for (String variant : words(String.join(" ", Arrays.copyOfRange(fields, 1, fields.length)), false)) {
          same.put(variant, fields[0]);
        }
      }
      case "@split" -> {
        requireAtLeast(fields, 3, "@split WORD word word ...");
        splits.put(TokenNormaliser.clean(fields[0]), Arrays.copyOfRange(fields, 1, fields.length));
      }
      case "@suffix" -> {
        requireAtLeast(fields, 1, "@suffix ENDING [word]");
        suffixes.add(new String[] {TokenNormaliser.clean(fields[0]), fields.length > 1 ? fields[1] : ""});
      }
      case "@negators" -> negators.addAll(words(values, false));
      case "@negators-after" -> negatorsAfter.addAll(words(values, false));
      case "@negation-window" -> {
        requireAtLeast(fields, 2, "@negation-window WORDS_BEFORE WORDS_AFTER");
        negationBefore = number(fields[0]);
        negationAfter = number(fields[1]);
      }
      case "@openers" -> openers.addAll(words(values, false));
      case "@imperatives" -> imperatives.addAll(words(values, false));
      case "@not-after-imperative" -> notAfterImperative.addAll(words(values, false));
      case "@inflected" -> inflectedEndings.addAll(words(values, false));
      case "@base-endings" -> baseEndings.addAll(words(values, false));
      case "@real-words" -> realWords.addAll(wordList(values.strip()));
      default -> throw error("unknown directive " + directive + "; known: @list, @same, @split, @suffix, "
          + "@negators, @negators-after, @negation-window, @openers, @imperatives, @not-after-imperative, @inflected, "
          + "@base-endings, @real-words");
    }
  }

  /** Words separated by spaces or bars; {@code $name} brings in a list's words. */
  private List<String> words(String values, boolean keepWildcards) {
    List<String> words = new ArrayList<>();
    for (String word : values.split("[\\s|]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.startsWith("$")) {
        for (String listed : list(word.substring(1))) {
          if (keepWildcards || !listed.contains("*")) {
            words.add(listed);
          }
        }
      } else {
        words.add(keepWildcards ? word.toLowerCase(Locale.ROOT) : TokenNormaliser.clean(word));
      }
    }
    return words;
  }

  private List<String> list(String listName) {
    List<String> listed = lists.get(listName);
    if (listed == null) {
      throw error("unknown list $" + listName + "; defined so far: "
          + lists.keySet().stream().sorted().map(n -> "$" + n).collect(Collectors.joining(", ")));
    }
    return listed;
  }

  private void rule(String cueField, String pattern) {
    boolean suppressor = cueField.startsWith("-");
    boolean negatable = !cueField.endsWith("!");
    String label = cueField.substring(suppressor ? 1 : 0, cueField.length() - (negatable ? 0 : 1));
    Cue cue = cue(label);
    if (normaliser == null) {
      normaliser = new TokenNormaliser(same, splits, suffixes);
    }
    List<String> parts = new ArrayList<>(Arrays.asList(pattern.split("\\s+")));
    boolean anchored = parts.get(0).equals("^");
    if (anchored) {
      parts.remove(0);
    }
    List<CueRules.Step> steps = new ArrayList<>();
    for (String part : parts) {
      steps.add(step(part));
    }
    if (steps.stream().noneMatch(s -> s instanceof WordStep)) {
      throw error("a pattern needs at least one word: " + pattern);
    }
    String source = name + ":" + line + ": " + cueField + " " + pattern;
    rules.add(new CueRules.Rule(cue, suppressor, negatable, anchored, steps, source));
  }

  private Cue cue(String label) {
    for (Cue cue : Cue.values()) {
      if (cue.label().equals(label)) {
        return cue;
      }
    }
    throw error("unknown cue '" + label + "'; valid cues: "
        + Arrays.stream(Cue.values()).map(Cue::label).collect(Collectors.joining(", ")));
  }

  private CueRules.Step step(String part) {
    if (part.equals("^")) {
      throw error("^ may only start a pattern");
    }
    if (part.equals("END")) {
      return CueRules.End.INSTANCE;
    }
    Matcher gap = GAP.matcher(part);
    if (gap.matches()) {
      return gap.group(1) == null ? new CueRules.Gap(0, DEFAULT_GAP)
          : new CueRules.Gap(number(gap.group(1)), number(gap.group(2)));
    }
    boolean optional = part.length() > 2 && part.startsWith("[") && part.endsWith("]");
    String spec = optional ? part.substring(1, part.length() - 1) : part;
    String pos = null;
    int slash = spec.lastIndexOf('/');
    if (slash > 0 && POS.matcher(spec.substring(slash + 1)).matches()) {
      pos = spec.substring(slash + 1);
      spec = spec.substring(0, slash);
    }
    Set<String> exact = new LinkedHashSet<>();
    Set<String> exactOnly = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    List<String> suffixList = new ArrayList<>();
    boolean any = false;
    for (String alternative : expand(spec)) {
      if (alternative.equals("*")) {
        any = true;
      } else if (alternative.length() > 1 && alternative.endsWith("*")) {
        prefixes.add(literal(alternative.substring(0, alternative.length() - 1)));
      } else if (alternative.length() > 1 && alternative.startsWith("*")) {
        suffixList.add(literal(alternative.substring(1)));
      } else if (alternative.length() > 1 && alternative.startsWith("=")) {
        String word = literal(alternative.substring(1));
        exact.add(word);
        exactOnly.add(word);
      } else {
        exact.add(literal(alternative));
      }
    }
    return new WordStep(exact, exactOnly, prefixes, suffixList, any, pos, optional);
  }

  private List<String> expand(String spec) {
    List<String> alternatives = new ArrayList<>();
    for (String alternative : spec.split("\\|")) {
      if (alternative.isEmpty()) {
        throw error("empty alternative in " + spec);
      }
      if (alternative.startsWith("$")) {
        alternatives.addAll(list(alternative.substring(1)));
      } else {
        alternatives.add(alternative);
      }
    }
    return alternatives;
  }

  /** A word as the tokens will carry it; refuses forms the normaliser would have split. */
  private String literal(String word) {
    String clean = TokenNormaliser.clean(word);
    if (splits.containsKey(clean)) {
      throw error("'" + word + "' is read as '" + String.join(" ", splits.get(clean)) + "': write that");
    }
    if (!same.containsKey(clean)) {
      for (String[] suffix : suffixes) {
        if (clean.length() > suffix[0].length() && clean.endsWith(suffix[0])) {
          throw error("'" + word + "' is read as two words (ending " + suffix[0] + "): write them apart");
        }
      }
    }
    String[] hyphenated = clean.split("-+");
    if (hyphenated.length > 1 && Arrays.stream(hyphenated).allMatch(p -> p.length() >= 2)) {
      throw error("'" + word + "' is read as separate words: write '" + String.join(" ", hyphenated) + "'");
    }
    return same.getOrDefault(clean, clean);
  }

  private CueRules build() {
    if (normaliser == null) {
      normaliser = new TokenNormaliser(same, splits, suffixes);
    }
    List<CueRules.Rule> anchored = new ArrayList<>();
    List<CueRules.Rule> unindexed = new ArrayList<>();
    List<CueRules.Rule> suppressors = new ArrayList<>();
    Map<String, List<CueRules.Rule>> byWord = new LinkedHashMap<>();
    Map<String, List<CueRules.Rule>> byPrefix = new LinkedHashMap<>();
    Map<String, List<CueRules.Rule>> bySuffix = new LinkedHashMap<>();
    for (CueRules.Rule rule : rules) {
      if (rule.suppressor) {
        suppressors.add(rule);
        continue;
      }
      if (rule.anchored) {
        anchored.add(rule);
        continue;
      }
      if (rule.steps.get(0) instanceof WordStep first && first.indexable()) {
        for (String word : first.exact) {
          byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(rule);
        }
        for (String prefix : first.prefixes) {
          byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(rule);
        }
        for (String suffix : first.suffixes) {
          bySuffix.computeIfAbsent(suffix, p -> new ArrayList<>()).add(rule);
        }
      } else {
        unindexed.add(rule);
      }
    }
    CueRules.Grammar grammar = new CueRules.Grammar(negators,
        negatorsAfter.isEmpty() ? negators : negatorsAfter, negationBefore, negationAfter, openers, imperatives,
        notAfterImperative, inflectedEndings, baseEndings, realWords);
    return new CueRules(name, normaliser, grammar, anchored, unindexed, suppressors, byWord, byPrefix, bySuffix,
        rules.size());
  }

  /** The words of a word-list file: one per line, {@code #} comments and blank lines skipped. */
  private List<String> wordList(String file) {
    List<String> lines;
    try {
      lines = files.apply(file);
    } catch (RuntimeException e) {
      throw error("@real-words: " + e.getMessage());
    }
    List<String> words = new ArrayList<>();
    for (String text : lines) {
      String word = text.strip();
      if (!word.isEmpty() && !word.startsWith("#")) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  private int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw error("not a number: " + text);
    }
  }

  private void requireAtLeast(String[] fields, int count, String usage) {
    if (fields.length < count) {
      throw error("expected " + usage);
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(name + ":" + line + ": " + message);
  }
}
