package dev.clientlens.aggregate;

import java.util.Locale;
import java.util.regex.Pattern;

/** Subject lines with reply and forward prefixes in the usual languages taken off, for threading. */
final class Subjects {
  /** Re, SV (Nordic), AW (German), Antw (Dutch), VS/VB (Nordic forward), Fwd/Fw/WG/Vid/Tr, with counters. */
  private static final Pattern PREFIX =
      Pattern.compile(
          "^\\s*(?:(?:re|sv|aw|antw|odp|ref|vs|vb|fwd?|wg|vid|tr|rif|enc)\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]\\s*|\\[[^\\]]{1,40}\\]\\s*)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Subjects() {}

  /** {@code "SV: Re: [ext] Budget  2026"} becomes {@code "budget 2026"}. */
  static String normalise(String subject) {
    String s = subject;
    String before;
    do {
      before = s;
      s = PREFIX.matcher(s).replaceFirst("");
    } while (!s.equals(before));
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** True when the subject starts with a reply or forward prefix. */
  static boolean isReply(String subject) {
    return PREFIX.matcher(subject).lookingAt() && !subject.strip().startsWith("[");
  }
}
