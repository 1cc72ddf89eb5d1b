package dev.clientlens.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Day and month names and the date formats mail programs write, in English and Norwegian. Names are spelled
 * out here rather than taken from locale data, so the output does not depend on the JDK's CLDR version.
 */
final class Calendars {
  private static final List<String> EN_DAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  private static final List<String> NO_DAYS =
      List.of("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag");
  private static final List<String> NO_DAYS_SHORT =
      List.of("man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn.");
  private static final List<String> EN_MONTHS = List.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");
  private static final List<String> NO_MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
      "august", "september", "oktober", "november", "desember");
  private static final List<String> NO_MONTHS_SHORT = List.of("jan.", "feb.", "mar.", "apr.", "mai", "jun.",
      "jul.", "aug.", "sep.", "okt.", "nov.", "des.");

  private Calendars() {}

  static String weekday(DayOfWeek day, Language language) {
    return (language == Language.EN ? EN_DAYS : NO_DAYS).get(day.getValue() - 1);
  }

  /** "14 May" / "14. mai". */
  static String dayMonth(LocalDate day, Language language) {
    return language == Language.EN
        ? day.getDayOfMonth() + " " + EN_MONTHS.get(day.getMonthValue() - 1)
        : day.getDayOfMonth() + ". " + NO_MONTHS.get(day.getMonthValue() - 1);
  }

  /** How a deadline is said: a weekday name when it is within the week ("by Friday"), else a date. */
  static String dueExpression(LocalDate said, LocalDate due, Language language) {
    long days = ChronoUnit.DAYS.between(said, due);
    return days >= 1 && days <= 6 ? weekday(due.getDayOfWeek(), language) : dayMonth(due, language);
  }

  /** RFC 5322 {@code Date:} value: {@code Tue, 14 Apr 2026 09:12:33 +0200}. */
  static String rfc5322(ZonedDateTime t) {
    return String.format(Locale.ROOT, "%s, %d %s %d %02d:%02d:%02d %s", shortDay(t), t.getDayOfMonth(),
        shortMonth(t), t.getYear(), t.getHour(), t.getMinute(), t.getSecond(), offset(t));
  }

  /** The asctime form in an mbox {@code From } line: {@code Tue Apr 14 07:12:33 2026}, day space-padded. */
  static String asctime(ZonedDateTime utc) {
    return String.format(Locale.ROOT, "%s %s %2d %02d:%02d:%02d %d", shortDay(utc), shortMonth(utc),
        utc.getDayOfMonth(), utc.getHour(), utc.getMinute(), utc.getSecond(), utc.getYear());
  }

  /** Gmail: "On Tue, 14 Apr 2026 at 09:12, X wrote:" / "Den tir. 14. apr. 2026 kl. 09:12 skrev X:". */
  static String gmailAttribution(ZonedDateTime t, String who, Language language) {
    return language == Language.EN
        ? String.format(Locale.ROOT, "On %s, %d %s %d at %02d:%02d, %s wrote:", shortDay(t), t.getDayOfMonth(),
            shortMonth(t), t.getYear(), t.getHour(), t.getMinute(), who)
        : String.format(Locale.ROOT, "Den %s %d. %s %d kl. %02d:%02d skrev %s:",
            NO_DAYS_SHORT.get(t.getDayOfWeek().getValue() - 1), t.getDayOfMonth(),
            NO_MONTHS_SHORT.get(t.getMonthValue() - 1), t.getYear(), t.getHour(), t.getMinute(), who);
  }

  /** Apple Mail: "On 14 Apr 2026, at 09:12, X wrote:" / "14. apr. 2026 kl. 09:12 skrev X:". */
  static String appleAttribution(ZonedDateTime t, String who, Language language) {
    return language == Language.EN
        ? String.format(Locale.ROOT, "On %d %s %d, at %02d:%02d, %s wrote:", t.getDayOfMonth(), shortMonth(t),
            t.getYear(), t.getHour(), t.getMinute(), who)
        : String.format(Locale.ROOT, "%d. %s %d kl. %02d:%02d skrev %s:", t.getDayOfMonth(),
            NO_MONTHS_SHORT.get(t.getMonthValue() - 1), t.getYear(), t.getHour(), t.getMinute(), who);
  }

  /** Thunderbird: "On 14.04.2026 09:12, X wrote:" / "Den 14.04.2026 09:12, skrev X:". */
  static String thunderbirdAttribution(ZonedDateTime t, String who, Language language) {
    String stamp = String.format(Locale.ROOT, "%02d.%02d.%d %02d:%02d", t.getDayOfMonth(), t.getMonthValue(),
        t.getYear(), t.getHour(), t.getMinute());
    return language == Language.EN ? "On " + stamp + ", " + who + " wrote:" : "Den " + stamp + ", skrev " + who + ":";
  }

  /** Outlook's "Sent:" line: "Tuesday, April 14, 2026 9:12 AM" / "tirsdag 14. april 2026 09:12". */
  static String outlookSent(ZonedDateTime t, Language language) {
    if (language == Language.EN) {
      int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
      return String.format(Locale.ROOT, "%s, %s %d, %d %d:%02d %s", weekday(t.getDayOfWeek(), language),
          EN_MONTHS.get(t.getMonthValue() - 1), t.getDayOfMonth(), t.getYear(), hour, t.getMinute(),
          t.getHour() < 12 ? "AM" : "PM");
    }
    return String.format(Locale.ROOT, "%s %d. %s %d %02d:%02d", weekday(t.getDayOfWeek(), language),
        t.getDayOfMonth(), NO_MONTHS.get(t.getMonthValue() - 1), t.getYear(), t.getHour(), t.getMinute());
  }

  private static String shortDay(ZonedDateTime t) {
    return EN_DAYS.get(t.getDayOfWeek().getValue() - 1).substring(0, 3);
  }

  private static String shortMonth(ZonedDateTime t) {
    return EN_MONTHS.get(t.getMonthValue() - 1).substring(0, 3);
  }

  private static String offset(ZonedDateTime t) {
    int seconds = t.getOffset().getTotalSeconds();
    int minutes = Math.abs(seconds) / 60;
    return String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
  }
}
