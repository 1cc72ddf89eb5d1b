package dev.clientlens.parse;

import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One left-to-right pass over one date value for {@link MailDates}: a cursor plus the fields read so far.
 * Single use and not thread-safe; every reader returns {@code false} (never throws) when the text does not
 * fit, so a bad value costs no exception.
 */
final class MailDateParser {

  private static final Map<String, Integer> MONTHS = months();

  private static final Set<String> WEEKDAYS =
      Set.of(
          "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
          "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
          // Norwegian, as some local mail clients write them
          "man", "mandag", "tir", "tirsdag", "ons", "onsdag", "tor", "torsdag", "fre", "fredag",
          "lør", "lørdag", "søn", "søndag");

  /** RFC 5322 obsolete zones plus the European names mailers put where the offset belongs. */
  private static final Map<String, ZoneOffset> ZONES =
      Map.ofEntries(
          Map.entry("gmt", ZoneOffset.UTC),
          Map.entry("ut", ZoneOffset.UTC),
          Map.entry("utc", ZoneOffset.UTC),
          Map.entry("z", ZoneOffset.UTC),
          Map.entry("est", ZoneOffset.ofHours(-5)),
          Map.entry("edt", ZoneOffset.ofHours(-4)),
          Map.entry("cst", ZoneOffset.ofHours(-6)),
          Map.entry("cdt", ZoneOffset.ofHours(-5)),
          Map.entry("mst", ZoneOffset.ofHours(-7)),
          Map.entry("mdt", ZoneOffset.ofHours(-6)),
          Map.entry("pst", ZoneOffset.ofHours(-8)),
          Map.entry("pdt", ZoneOffset.ofHours(-7)),
          Map.entry("wet", ZoneOffset.UTC),
          Map.entry("west", ZoneOffset.ofHours(1)),
          Map.entry("bst", ZoneOffset.ofHours(1)),
          Map.entry("cet", ZoneOffset.ofHours(1)),
          Map.entry("cest", ZoneOffset.ofHours(2)),
          Map.entry("met", ZoneOffset.ofHours(1)),
          Map.entry("mest", ZoneOffset.ofHours(2)),
          Map.entry("mez", ZoneOffset.ofHours(1)),
          Map.entry("mesz", ZoneOffset.ofHours(2)),
          Map.entry("eet", ZoneOffset.ofHours(2)),
          Map.entry("eest", ZoneOffset.ofHours(3)));

  /** Longer than any month, weekday or zone name; longer words are read but never looked up. */
  private static final int MAX_WORD_LENGTH = 12;

  /** RFC 5322 4.3: an unknown alphabetic zone of up to five letters means "offset unknown". */
  private static final int MAX_UNKNOWN_ZONE_LENGTH = 5;

  private static final int MAX_OFFSET_SECONDS = 18 * 3600;

  private final String text;
  private final int end;
  private int pos;

  private int year = -1;
  private int month = -1;
  private int day = -1;
  private int hour = -1;
  private int minute = -1;
  private int second;
  private int nano;
  private ZoneOffset offset;
  private boolean numericOffset;

  private MailDateParser(String text) {
    this.text = text;
    this.end = text.length();
  }

  /** Reads the whole of {@code text} as one date-time; empty when any part does not fit. */
  static Optional<OffsetDateTime> parse(String text) {
    MailDateParser parser = new MailDateParser(text);
    return parser.readDateTime() ? parser.result() : Optional.empty();
  }

  // ---- grammar -------------------------------------------------------------------------------------

  private boolean readDateTime() {
    skipCfws();
    if (startsIsoDate()) {
      return readIso() && readZoneAndEnd();
    }
    String word = readWord();
    if (word != null && WEEKDAYS.contains(word)) {
      skipCfws();
      if (accept(',')) {
        skipCfws();
      }
      word = readWord();
    }
    if (word == null) {
      return readDayFirst() && readZoneAndEnd();
    }
    Integer named = MONTHS.get(word);
    if (named == null) {
      return false;
    }
    month = named;
    return readMonthFirst() && readZoneAndEnd();
  }

  /** RFC 5322 and IMAP order: {@code 14 Apr 2026 09:12:33}, {@code 14-Apr-2026 09:12:33}. */
  private boolean readDayFirst() {
    day = readNumber(1, 2);
    if (day < 0) {
      return false;
    }
    skipDateSeparator();
    String word = readWord();
    Integer named = word == null ? null : MONTHS.get(word);
    if (named == null) {
      return false;
    }
    month = named;
    skipDateSeparator();
    year = readYear();
    if (year < 0) {
      return false;
    }
    skipCfws();
    if (accept(',')) {
      skipCfws();
    }
    return readTime();
  }

  /**
   * After a month name: asctime {@code Apr 14 07:12:33 [zone] 2026} or US order {@code April 14, 2026
   * 09:12}.
   */
  private boolean readMonthFirst() {
    skipCfws();
    day = readNumber(1, 2);
    if (day < 0) {
      return false;
    }
    skipCfws();
    if (accept(',')) {
      skipCfws();
    }
    if (timeAhead()) {
      if (!readTime()) {
        return false;
      }
      skipCfws();
      if (!isDigitAt(pos)) {
        if (!readZone()) {
          return false;
        }
        skipCfws();
      }
      year = readYear();
      return year >= 0;
    }
    year = readYear();
    if (year < 0) {
      return false;
    }
    skipCfws();
    if (accept(',')) {
      skipCfws();
    }
    return readTime();
  }

  /** {@code 2026-04-14T09:12:33}, also with a space instead of the {@code T}. */
  private boolean readIso() {
    year = readNumber(4, 4);
    if (year < 0 || !accept('-')) {
      return false;
    }
    month = readNumber(1, 2);
    if (month < 0 || !accept('-')) {
      return false;
    }
    day = readNumber(1, 2);
    if (day < 0) {
      return false;
    }
    if (!accept('T') && !accept('t')) {
      int before = pos;
      skipCfws();
      if (pos == before) {
        return false;
      }
    }
    return readTime();
  }

  /** {@code h:mm[:ss[.fraction]]}, then an optional {@code AM}/{@code PM}. */
  private boolean readTime() {
    hour = readNumber(1, 2);
    if (hour < 0 || !accept(':')) {
      return false;
    }
    minute = readNumber(2, 2);
    if (minute < 0) {
      return false;
    }
    if (accept(':')) {
      second = readNumber(2, 2);
      if (second < 0) {
        return false;
      }
      if (accept('.') && !readFraction()) {
        return false;
      }
    }
    return readMeridiem();
  }

  private boolean readFraction() {
    int start = pos;
    int digits = 0;
    int value = 0;
    while (isDigitAt(pos)) {
      if (digits < 9) {
        value = value * 10 + (text.charAt(pos) - '0');
        digits++;
      }
      pos++;
    }
    if (pos == start) {
      return false;
    }
    for (int i = digits; i < 9; i++) {
      value *= 10;
    }
    nano = value;
    return true;
  }

  /** Without this, "9:12 PM" would read as 09:12 in an unknown zone "PM". */
  private boolean readMeridiem() {
    int before = pos;
    skipCfws();
    String word = readWord();
    boolean am = "am".equals(word);
    boolean pm = "pm".equals(word);
    if (!am && !pm) {
      pos = before;
      return true;
    }
    if (hour < 1 || hour > 12) {
      return false;
    }
    hour = hour % 12 + (pm ? 12 : 0);
    return true;
  }

  /** The zone, unless already read (asctime puts it before the year), then nothing but comments. */
  private boolean readZoneAndEnd() {
    skipCfws();
    if (offset == null && pos < end) {
      if (!readZone()) {
        return false;
      }
      skipCfws();
      if (numericOffset && readWord() != null) {
        // "+0200 CEST": a zone name after the offset, as some mailers write it without parentheses
        skipCfws();
      }
    }
    if (offset == null) {
      // RFC 5322: no zone, like -0000, means the offset is unknown; the wall-clock time is still the
      // sender's, which is what local-time measures need.
      offset = ZoneOffset.UTC;
    }
    return pos == end;
  }

  private boolean readZone() {
    if (pos >= end) {
      return false;
    }
    char c = text.charAt(pos);
    if (c == '+' || c == '-') {
      return readNumericOffset();
    }
    String word = readWord();
    if (word == null) {
      return false;
    }
    if (pos < end && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
      // "GMT+0200"
      return (word.equals("gmt") || word.equals("utc") || word.equals("ut")) && readNumericOffset();
    }
    ZoneOffset known = ZONES.get(word);
    if (known != null) {
      offset = known;
      return true;
    }
    if (!word.isEmpty() && word.length() <= MAX_UNKNOWN_ZONE_LENGTH && isAsciiLetters(word)) {
      offset = ZoneOffset.UTC;
      return true;
    }
    return false;
  }

  /** {@code +hhmm} or {@code +hh:mm}; {@code +2} and {@code +020} are not offsets. */
  private boolean readNumericOffset() {
    int sign = text.charAt(pos) == '-' ? -1 : 1;
    pos++;
    int start = pos;
    int first = readNumber(2, 4);
    int hours;
    int minutes;
    if (first >= 0 && pos - start == 4) {
      hours = first / 100;
      minutes = first % 100;
    } else if (first >= 0 && pos - start == 2 && accept(':')) {
      hours = first;
      minutes = readNumber(2, 2);
    } else {
      return false;
    }
    if (minutes < 0 || minutes > 59) {
      return false;
    }
    int seconds = hours * 3600 + minutes * 60;
    if (seconds > MAX_OFFSET_SECONDS) {
      return false;
    }
    offset = ZoneOffset.ofTotalSeconds(sign * seconds);
    numericOffset = true;
    return true;
  }

  private Optional<OffsetDateTime> result() {
    if (year < 1 || year > 9999 || month < 1 || month > 12) {
      return Optional.empty();
    }
    if (day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      return Optional.empty();
    }
    if (hour > 23 || minute > 59 || second > 60) {
      return Optional.empty();
    }
    // 60 is a leap second, which RFC 5322 allows and java.time does not
    int wholeSecond = Math.min(second, 59);
    return Optional.of(OffsetDateTime.of(year, month, day, hour, minute, wholeSecond, nano, offset));
  }

  // ---- lexing --------------------------------------------------------------------------------------

  /** Whitespace (folded lines included) and comments, which may nest. */
  private void skipCfws() {
    while (pos < end) {
      char c = text.charAt(pos);
      if (c <= ' ' || c == '\u00a0') {
        pos++;
      } else if (c == '(') {
        skipComment();
      } else {
        return;
      }
    }
  }

  /** An unclosed comment runs to the end of the text. */
  private void skipComment() {
    int depth = 0;
    while (pos < end) {
      char c = text.charAt(pos++);
      if (c == '\\') {
        if (pos < end) {
          pos++;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return;
      }
    }
  }

  private void skipDateSeparator() {
    skipCfws();
    if (accept('-')) {
      skipCfws();
    }
  }

  private boolean accept(char expected) {
    if (pos < end && text.charAt(pos) == expected) {
      pos++;
      return true;
    }
    return false;
  }

  /** Reads a run of digits; its value when the run has an allowed length, else -1. */
  private int readNumber(int minDigits, int maxDigits) {
    int start = pos;
    int value = 0;
    while (isDigitAt(pos)) {
      if (pos - start < 9) {
        value = value * 10 + (text.charAt(pos) - '0');
      }
      pos++;
    }
    int length = pos - start;
    return length >= minDigits && length <= maxDigits ? value : -1;
  }

  /** RFC 5322 4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999; three digits add 1900. */
  private int readYear() {
    int start = pos;
    int value = readNumber(2, 4);
    if (value < 0) {
      return -1;
    }
    return switch (pos - start) {
      case 2 -> value < 50 ? 2000 + value : 1900 + value;
      case 3 -> 1900 + value;
      default -> value;
    };
  }

  /** A lower-cased run of letters, "" when too long to be a name, null when there is none. */
  private String readWord() {
    int start = pos;
    while (pos < end && Character.isLetter(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      return null;
    }
    return pos - start > MAX_WORD_LENGTH ? "" : text.substring(start, pos).toLowerCase(Locale.ROOT);
  }

  private boolean startsIsoDate() {
    return pos + 4 < end
        && isDigitAt(pos)
        && isDigitAt(pos + 1)
        && isDigitAt(pos + 2)
        && isDigitAt(pos + 3)
        && text.charAt(pos + 4) == '-';
  }

  /** Digits followed by ':' — the asctime time that comes before the year. */
  private boolean timeAhead() {
    int i = pos;
    while (isDigitAt(i)) {
      i++;
    }
    return i > pos && i < end && text.charAt(i) == ':';
  }

  private boolean isDigitAt(int index) {
    if (index >= end) {
      return false;
    }
    char c = text.charAt(index);
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"jan", "january", "januar"},
      {"feb", "february", "februar"},
      {"mar", "march", "mars"},
      {"apr", "april"},
      {"may", "mai"},
      {"jun", "june", "juni"},
      {"jul", "july", "juli"},
      {"aug", "august"},
      {"sep", "sept", "september"},
      {"oct", "october", "okt", "oktober"},
      {"nov", "november"},
      {"dec", "december", "des", "desember"},
    };
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
