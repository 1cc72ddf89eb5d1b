package dev.clientlens.parse;

/**
 * Characters as the parser's case-insensitive patterns see them: the white space {@code \s} matches, and
 * case folded as {@code Pattern.CASE_INSENSITIVE | UNICODE_CASE} folds it (upper case, then lower),
 * which is also how {@code String.equalsIgnoreCase} compares. The quick tests that keep the patterns off
 * most lines use these, so they give the patterns' own answers.
 */
final class PatternChars {
  private PatternChars() {}

  /** The characters {@code \s} matches. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The index of the first character of {@code line} that {@code \s} does not match; its length if none. */
  static int firstNonSpace(String line) {
    int i = 0;
    while (i < line.length() && isSpace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A character folded as case-insensitive matching folds it; ASCII without the case tables. */
  static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** {@code text} folded character by character: two texts {@code equalsIgnoreCase} finds equal fold alike. */
  static String fold(String text) {
    char[] folded = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = fold(c);
      if (f != c && folded == null) {
        folded = text.toCharArray();
      }
      if (folded != null) {
        folded[i] = f;
      }
    }
    return folded == null ? text : new String(folded);
  }
}
