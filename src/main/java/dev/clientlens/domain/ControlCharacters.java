package dev.clientlens.domain;

/**
 * Characters that mail headers may carry but a report must not: control characters, which break or hide
 * text (a NUL ends a string in many programs), and the bidirectional controls that reorder what a reader
 * sees (the "Trojan Source" characters: embeddings, overrides and isolates, U+202A to U+202E and U+2066 to
 * U+2069). The bidi marks U+200E, U+200F and U+061C stay: they cannot reorder strong letters, and names in
 * right-to-left scripts use them.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** Tab and the line and paragraph breaks: in a one-line cell they become spaces. */
  public static boolean isBreak(int c) {
    return c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /** Every other C0 and C1 control, DEL, and the bidi embeddings, overrides and isolates: removed. */
  public static boolean isRemoved(int c) {
    return (c < 0x20 || (c >= 0x7F && c <= 0x9F)) && !isBreak(c)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** Whether {@code text} holds a character that {@link #isRemoved} (breaks and tabs are not counted). */
  public static boolean anyRemoved(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isRemoved(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
