package dev.clientlens.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small JSON writer for the data block of the HTML report, safe inside {@code <script type="application/json">}:
 * besides what JSON itself needs, {@code <}, {@code >}, {@code &}, U+2028, U+2029 and the bidi controls are
 * written as {@code \\u} escapes, so neither {@code </script} nor {@code <!--} can appear and no text from
 * mail can reorder what is around it. Maps keep their own order (pass sorted or linked maps).
 */
final class Json {
  private Json() {}

  /** Writes a value: a map with string keys, a list, a string, a number, a boolean or null. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new IllegalArgumentException("json: not a finite number: " + d);
      }
      out.append(number(d));
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string((String) e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("json: cannot write a " + value.getClass().getName());
    }
  }

  /**
   * At most three decimals, no trailing zeros, whatever the locale: the charts need no more. Rounded half
   * up from the double's shortest decimal form, as {@code String.format("%.3f")} rounds, without the
   * formatter and its patterns (a page holds tens of thousands of numbers).
   */
  static String number(double d) {
    if (!Double.isFinite(d)) {
      return String.format(Locale.ROOT, "%.3f", d);
    }
    String s = Reports.threeDecimals(d).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029
              || isBidiControl(c) || Character.isSurrogate(c) && !validPair(s, i)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** The embedding, override and isolate controls (and the marks), which can reorder displayed text. */
  static boolean isBidiControl(char c) {
    return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c;
  }

  /** A lone surrogate is escaped so the file stays valid UTF-8. */
  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
