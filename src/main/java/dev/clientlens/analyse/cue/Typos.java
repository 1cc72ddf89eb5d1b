package dev.clientlens.analyse.cue;

/**
 * Which typing slips a rule word forgives. Words of five letters or more forgive two neighbouring
 * letters swapped ("thnaks", "urgnetly"); long words (seven letters on one side, six on the other) also
 * forgive a missing or an extra letter inside the word ("aproval", "meting") and one vowel typed for
 * another ("experiance"). A letter added or dropped at the very end is not forgiven, nor a wrong
 * consonant: those mostly make another real word ("approved" for "approve", "charges" for "changes",
 * "extensive" for "expensive", "kildene" for "bildene").
 */
final class Typos {
  static final int MIN_SWAP_LENGTH = 5;
  static final int MIN_EDIT_SHORTER = 6;
  static final int MIN_EDIT_LONGER = 7;
  private static final String VOWELS = "aeiouyæøåäöéèü";

  private Typos() {
  }

  /** True when {@code typed} is {@code word} with at most one forgiven slip (and not equal to it). */
  static boolean close(String typed, String word) {
    int a = typed.length();
    int b = word.length();
    if (Math.abs(a - b) > 1 || a < 2 || b < 2) {
      return false;
    }
    char t0 = typed.charAt(0);
    char w0 = word.charAt(0);
    if (t0 != w0 && t0 != word.charAt(1) && typed.charAt(1) != w0) {
      return false; // a slip rarely touches both of the first two letters
    }
    if (typed.equals(word)) {
      return false;
    }
    int i = 0;
    while (i < a && i < b && typed.charAt(i) == word.charAt(i)) {
      i++;
    }
    if (a == b) {
      if (a >= MIN_SWAP_LENGTH && i + 1 < a && typed.charAt(i) == word.charAt(i + 1)
          && typed.charAt(i + 1) == word.charAt(i) && typed.regionMatches(i + 2, word, i + 2, a - i - 2)) {
        return true;
      }
      return a >= MIN_EDIT_LONGER && i < a && VOWELS.indexOf(typed.charAt(i)) >= 0
          && VOWELS.indexOf(word.charAt(i)) >= 0 && typed.regionMatches(i + 1, word, i + 1, a - i - 1);
    }
    if (Math.min(a, b) < MIN_EDIT_SHORTER || Math.max(a, b) < MIN_EDIT_LONGER || i == Math.min(a, b)) {
      return false;
    }
    return a > b ? typed.regionMatches(i + 1, word, i, b - i) : word.regionMatches(i + 1, typed, i, a - i);
  }

  /** True when a word can be reached by a forgiven slip at all (so it is worth indexing for one). */
  static boolean forgiving(String word) {
    if (word.length() < MIN_SWAP_LENGTH) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
