package dev.clientlens.generate;

import java.nio.charset.StandardCharsets;

/** Quoted-printable body encoding (RFC 2045) of UTF-8 text with LF line ends; lines at most 76 characters. */
final class QuotedPrintable {
  private static final int MAX_LINE = 76;

  private QuotedPrintable() {}

  static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      encodeLine(lines[i], out);
    }
    return out.toString();
  }

  private static void encodeLine(String line, StringBuilder out) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    int column = 0;
    for (int j = 0; j < bytes.length; j++) {
      int c = bytes[j] & 0xff;
      boolean last = j == bytes.length - 1;
      String token;
      if (c >= 33 && c <= 126 && c != '=') {
        token = String.valueOf((char) c);
      } else if ((c == ' ' || c == '\t') && !last) {
        token = String.valueOf((char) c);
      } else {
        token = "=" + hex(c >> 4) + hex(c & 15);
      }
      // Leave room for the "=" of a soft line break.
      if (column + token.length() > MAX_LINE - 1) {
        out.append("=\n");
        column = 0;
      }
      out.append(token);
      column += token.length();
    }
  }

  private static char hex(int nibble) {
    return Character.toUpperCase(Character.forDigit(nibble, 16));
  }
}
