package dev.clientlens.analyse.cue;

import dev.clientlens.analyse.nlp.Sentence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the tokens of one {@link Sentence} into {@link CueTokens}, so that the cue rules see the same
 * words whichever tokenizer ran: the English model keeps "don't" whole, the fallback tokenizer used for
 * Norwegian until its model lands splits it into "don ' t", and both become "do not" here. Pieces the
 * tokenizer split inside a word (apostrophes, hyphens) are joined again using their place in the text;
 * then each word is lower-cased, spelled one way (the rule file's {@code @same}, {@code @split} and
 * {@code @suffix} lines) and compound words joined by hyphens are split into their parts.
 */
final class TokenNormaliser {
  /** How far past the expected place a token is looked for in the text before giving up. */
  private static final int SEARCH_WINDOW = 64;

  private final Map<String, String> same;
  private final Map<String, String[]> splits;
  private final List<String[]> suffixes;

  /**
   * @param same spelling variant to its canonical word ({@code u -> you})
   * @param splits whole word to several words ({@code can't -> can not})
   * @param suffixes ending and the word it stands for, or "" to drop it ({@code n't -> not}, {@code 's -> ""})
   */
  TokenNormaliser(Map<String, String> same, Map<String, String[]> splits, List<String[]> suffixes) {
    this.same = Collections.unmodifiableMap(new HashMap<>(same));
    this.splits = Collections.unmodifiableMap(new HashMap<>(splits));
    List<String[]> longestFirst = new ArrayList<>(suffixes);
    longestFirst.sort(Comparator.comparingInt((String[] s) -> s[0].length()).reversed());
    this.suffixes = List.copyOf(longestFirst);
  }

  /** The canonical spelling of one word as a rule writes it (no splitting). */
  String canonical(String word) {
    return same.getOrDefault(word, word);
  }

  CueTokens tokens(Sentence sentence) {
    List<String> raw = sentence.tokens();
    List<String> rawTags = sentence.tags();
    String text = sentence.text();
    Builder out = new Builder(raw.size() + 8, rawTags);
    StringBuilder chunk = new StringBuilder();
    int chunkToken = -1;
    int cursor = 0;
    for (int i = 0; i < raw.size(); i++) {
      String token = raw.get(i);
      if (token.isEmpty()) {
        continue;
      }
      int at = find(text, token, cursor);
      boolean touching = at >= 0 && at == cursor && chunk.length() > 0;
      if (at >= 0) {
        cursor = at + token.length();
      }
      if (touching && joins(chunk, token)) {
        chunk.append(token);
        continue;
      }
      flush(chunk, chunkToken, out);
      chunk.setLength(0);
      chunk.append(token);
      chunkToken = i;
    }
    flush(chunk, chunkToken, out);
    return out.build();
  }

  /** Where {@code token} starts at or shortly after {@code from}, or -1. */
  private static int find(String text, String token, int from) {
    int end = Math.min(text.length() - token.length(), from + SEARCH_WINDOW);
    for (int at = from; at <= end; at++) {
      if (text.startsWith(token, at)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * True when two touching pieces belong to one word: "don" + "'", "don'" + "t", "e" + "-", and a letter
   * with an accent typed as a separate combining mark ("pa" + U+030A).
   */
  private static boolean joins(CharSequence chunk, String next) {
    int last = Character.codePointBefore(chunk, chunk.length());
    int first = next.codePointAt(0);
    if (isMark(first) || isMark(last) && isWordChar(first)) {
      return true;
    }
    if (isWordChar(last) && isJoiner(first)) {
      return true;
    }
    if (isJoiner(last) && isWordChar(first) && chunk.length() > 1) {
      return isWordChar(Character.codePointBefore(chunk, chunk.length() - Character.charCount(last)));
    }
    return false;
  }

  /** Adds the words of one chunk; each takes its tag from token {@code token} when a rule reads it. */
  private void flush(StringBuilder chunk, int token, Builder out) {
    if (chunk.length() == 0) {
      return;
    }
    String word = clean(chunk.toString());
    if (!hasWordChar(word)) {
      out.add(punctuationMark(word), CueTokens.PUNCTUATION, 0, 1, true);
      return;
    }
    word = trimJoiners(word);
    List<String> pieces = new ArrayList<>(3);
    if (word.indexOf('-') < 0) {
      expand(word, pieces);
    } else {
      for (String part : hyphenParts(word)) {
        expand(part, pieces);
      }
    }
    for (int k = 0; k < pieces.size(); k++) {
      out.add(pieces.get(k), token, k, pieces.size(), false);
    }
  }

  private void expand(String word, List<String> into) {
    String[] split = splits.get(word);
    if (split != null) {
      for (String piece : split) {
        into.add(piece);
      }
      return;
    }
    String canonical = same.get(word);
    if (canonical != null) {
      into.add(canonical);
      return;
    }
    for (String[] suffix : suffixes) {
      String ending = suffix[0];
      if (word.length() > ending.length() && word.endsWith(ending)) {
        into.add(canonical(word.substring(0, word.length() - ending.length())));
        if (!suffix[1].isEmpty()) {
          into.add(suffix[1]);
        }
        return;
      }
    }
    into.add(word);
  }

  /** "time-sensitive" gives "time" and "sensitive"; "e-post" (a one-letter part) stays whole. */
  private static List<String> hyphenParts(String word) {
    if (word.indexOf('-') < 0) {
      return List.of(word);
    }
    String[] parts = word.split("-+");
    for (String part : parts) {
      if (part.codePointCount(0, part.length()) < 2) {
        return List.of(word);
      }
    }
    return List.of(parts);
  }

  /** Lower case, composed accents (å typed as a + ring), one apostrophe and one hyphen. */
  static String clean(String token) {
    String text = token;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0300' && c <= '\u036f') {
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        break;
      }
    }
    text = text.toLowerCase(Locale.ROOT);
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char replacement = switch (c) {
        case '\u2019', '\u2018', '\u02bc', '\u00b4', '`' -> '\'';
        case '\u2010', '\u2011' -> '-';
        default -> c;
      };
      if (replacement != c) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, replacement);
      }
    }
    return out == null ? text : out.toString();
  }

  private static String trimJoiners(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && isJoiner(word.charAt(start))) {
      start++;
    }
    while (end > start && isJoiner(word.charAt(end - 1))) {
      end--;
    }
    return word.substring(start, end);
  }

  /** Runs of "?!" become one mark so that a rule can ask for a question. */
  private static String punctuationMark(String token) {
    if (token.indexOf('?') >= 0) {
      return "?";
    }
    if (token.indexOf('!') >= 0) {
      return "!";
    }
    return token;
  }

  static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || isMark(codePoint);
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isJoiner(int codePoint) {
    return codePoint == '\'' || codePoint == '-' || codePoint == '\u2019' || codePoint == '\u2018'
        || codePoint == '\u02bc' || codePoint == '\u2010' || codePoint == '\u2011';
  }

  private static boolean hasWordChar(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (isWordChar(codePoint)) {
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }

  /** Collects the words of one sentence in plain arrays (one sentence may have thousands of tokens). */
  private static final class Builder {
    private final List<String> tags;
    private String[] words;
    private boolean[] punctuation;
    private int[] source;
    private int[] piece;
    private int[] pieces;
    private int size;

    Builder(int capacity, List<String> tags) {
      this.tags = tags;
      words = new String[Math.max(capacity, 4)];
      punctuation = new boolean[words.length];
      source = new int[words.length];
      piece = new int[words.length];
      pieces = new int[words.length];
    }

    void add(String word, int token, int k, int count, boolean isPunctuation) {
      if (word.isEmpty()) {
        return;
      }
      if (size == words.length) {
        int grown = size * 2;
        words = Arrays.copyOf(words, grown);
        punctuation = Arrays.copyOf(punctuation, grown);
        source = Arrays.copyOf(source, grown);
        piece = Arrays.copyOf(piece, grown);
        pieces = Arrays.copyOf(pieces, grown);
      }
      words[size] = word;
      punctuation[size] = isPunctuation;
      source[size] = token;
      piece[size] = k;
      pieces[size] = count;
      size++;
    }

    CueTokens build() {
      return new CueTokens(Arrays.copyOf(words, size), Arrays.copyOf(punctuation, size), tags,
          Arrays.copyOf(source, size), Arrays.copyOf(piece, size), Arrays.copyOf(pieces, size));
    }
  }
}
