package dev.clientlens.analyse.deadline;

import dev.clientlens.analyse.phrase.WordSequence;
import java.util.Arrays;
import java.util.Set;

/**
 * A sentence cut into lower-case words, numbers and single marks, each with its place in the text, for
 * the deadline grammar. Numbers keep their inner separators ("15.05", "17:00", "15/5", "2026-05-15");
 * "a.m." and "p.m." become the words "am" and "pm"; "5pm" and "12th" split into a number and a word.
 */
final class DeadlineTokens implements WordSequence {
  enum Kind {
    WORD,
    NUMBER,
    MARK
  }

  private final String text;
  private String[] words = new String[16];
  private Kind[] kinds = new Kind[16];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int size;

  private DeadlineTokens(String text) {
    this.text = text;
  }

  static DeadlineTokens of(String text) {
    DeadlineTokens tokens = new DeadlineTokens(text);
    tokens.cut();
    return tokens;
  }

  @Override
  public int size() {
    return size;
  }

  /** The lower-case text of token {@code i}, or the empty string past either end. */
  @Override
  public String word(int i) {
    return i >= 0 && i < size ? words[i] : "";
  }

  /** Whether token {@code i} is the first word or number, after any leading marks. */
  @Override
  public boolean opensSentence(int i) {
    if (!is(i, Kind.WORD) && !is(i, Kind.NUMBER)) {
      return false;
    }
    for (int k = 0; k < i; k++) {
      if (kinds[k] != Kind.MARK) {
        return false;
      }
    }
    return true;
  }

  boolean is(int i, Kind kind) {
    return i >= 0 && i < size && kinds[i] == kind;
  }

  /** Whether token {@code i} follows token {@code i - 1} with no space between them. */
  boolean touchesPrevious(int i) {
    return i > 0 && i < size && starts[i] == ends[i - 1];
  }

  /** Whether token {@code i} is a mark between clauses; an apostrophe ("we 'll") is part of a word. */
  boolean endsClause(int i) {
    return is(i, Kind.MARK) && !words[i].equals("'");
  }

  /** Whether one of the {@code window} tokens before {@code at}, within the same clause, is in {@code words}. */
  boolean anyBefore(int at, int window, Set<String> words) {
    for (int i = at - 1; i >= 0 && i >= at - window && !endsClause(i); i--) {
      if (words.contains(this.words[i])) {
        return true;
      }
    }
    return false;
  }

  /** The original text from the start of token {@code from} to the end of token {@code to - 1}. */
  String span(int from, int to) {
    return text.substring(starts[from], ends[to - 1]);
  }

  private void cut() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetter(c)) {
        i = cutWord(i);
      } else if (isDigit(c)) {
        i = cutNumber(i);
      } else {
        add(String.valueOf(c), Kind.MARK, i, i + 1);
        i++;
      }
    }
  }

  private int cutWord(int from) {
    int n = text.length();
    StringBuilder word = new StringBuilder();
    int i = from;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        word.append(Character.toLowerCase(c));
        i++;
      } else if ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        word.append(c == '\u2019' ? '\'' : c);
        i++;
      } else {
        break;
      }
    }
    // "a.m." and "p.m.": the letter, a dot, an m, and an optional dot
    if ((word.length() == 1 && (word.charAt(0) == 'a' || word.charAt(0) == 'p'))
        && i + 1 < n
        && text.charAt(i) == '.'
        && Character.toLowerCase(text.charAt(i + 1)) == 'm'
        && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
      int end = i + 2 < n && text.charAt(i + 2) == '.' ? i + 3 : i + 2;
      add(word.charAt(0) + "m", Kind.WORD, from, end);
      return end;
    }
    add(word.toString(), Kind.WORD, from, i);
    return i;
  }

  private int cutNumber(int from) {
    int n = text.length();
    int i = from;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    while (i + 1 < n && ".:/-".indexOf(text.charAt(i)) >= 0 && isDigit(text.charAt(i + 1))) {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
    }
    add(text.substring(from, i), Kind.NUMBER, from, i);
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void add(String word, Kind kind, int start, int end) {
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
      kinds = Arrays.copyOf(kinds, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    words[size] = word;
    kinds[size] = kind;
    starts[size] = start;
    ends[size] = end;
    size++;
  }
}
