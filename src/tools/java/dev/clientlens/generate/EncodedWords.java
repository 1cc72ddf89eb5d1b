package dev.clientlens.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * RFC 2047 encoded words for header text that is not plain ASCII (Norwegian names and subjects). Words are
 * at most 75 characters, never split a character, and are joined by folding whitespace.
 */
final class EncodedWords {
  private static final int MAX_WORD = 75;
  private static final String Q_PREFIX = "=?UTF-8?Q?";
  private static final String B_PREFIX = "=?UTF-8?B?";
  private static final String SUFFIX = "?=";

  private EncodedWords() {}

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 126 || c < 32) {
        return false;
      }
    }
    return true;
  }

  /** A display name: as-is, in quotes when it holds specials (the "Doyle, Margaret" case), or encoded. */
  static String phrase(String name) {
    if (!isAscii(name)) {
      return String.join("\n ", q(name));
    }
    for (int i = 0; i < name.length(); i++) {
      if ("()<>[]:;@\\,.\"".indexOf(name.charAt(i)) >= 0) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      }
    }
    return name;
  }

  /** Unstructured text such as a subject: as-is when ASCII, otherwise Q- or B-encoded words. */
  static String text(String value, boolean base64) {
    if (isAscii(value)) {
      return value;
    }
    return String.join("\n ", base64 ? b(value) : q(value));
  }

  /** Q encoding with the restricted character set that is valid in phrases as well as in text. */
  static List<String> q(String value) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int budget = MAX_WORD - Q_PREFIX.length() - SUFFIX.length();
    int i = 0;
    while (i < value.length()) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      String token = qToken(cp);
      if (word.length() + token.length() > budget) {
        words.add(Q_PREFIX + word + SUFFIX);
        word.setLength(0);
      }
      word.append(token);
    }
    words.add(Q_PREFIX + word + SUFFIX);
    return words;
  }

  static List<String> b(String value) {
    List<String> words = new ArrayList<>();
    int maxBytes = (MAX_WORD - B_PREFIX.length() - SUFFIX.length()) / 4 * 3;
    StringBuilder chunk = new StringBuilder();
    int chunkBytes = 0;
    int i = 0;
    while (i < value.length()) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      String ch = new String(Character.toChars(cp));
      int bytes = ch.getBytes(StandardCharsets.UTF_8).length;
      if (chunkBytes + bytes > maxBytes) {
        words.add(bWord(chunk.toString()));
        chunk.setLength(0);
        chunkBytes = 0;
      }
      chunk.append(ch);
      chunkBytes += bytes;
    }
    words.add(bWord(chunk.toString()));
    return words;
  }

  private static String bWord(String text) {
    return B_PREFIX + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + SUFFIX;
  }

  private static String qToken(int cp) {
    if (cp == ' ') {
      return "_";
    }
    if (cp < 128 && (Character.isLetterOrDigit(cp) || "!*+-/".indexOf(cp) >= 0)) {
      return String.valueOf((char) cp);
    }
    StringBuilder sb = new StringBuilder();
    for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
      sb.append('=').append(Character.toUpperCase(Character.forDigit((b >> 4) & 15, 16)))
          .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
    }
    return sb.toString();
  }
}
