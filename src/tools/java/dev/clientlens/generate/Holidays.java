package dev.clientlens.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The owner's days off in Norway: public holidays (Easter and Whitsun move every year) and the summer
 * holiday in ISO weeks 28-29, when Norway empties. Her inbox piles up then, and chasers chase.
 */
final class Holidays {
  private Holidays() {}

  static List<Away> norway(LocalDate from, LocalDate to) {
    List<Away> days = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      LocalDate easter = easterSunday(year);
      days.add(Away.quiet(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1)));
      days.add(Away.quiet(easter.minusDays(3), easter.plusDays(1)));
      days.add(Away.quiet(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 1)));
      days.add(Away.quiet(LocalDate.of(year, 5, 17), LocalDate.of(year, 5, 17)));
      days.add(Away.quiet(easter.plusDays(39), easter.plusDays(39)));
      days.add(Away.quiet(easter.plusDays(50), easter.plusDays(50)));
      LocalDate week28 = LocalDate.of(year, 7, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 28)
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      days.add(Away.quiet(week28, week28.plusDays(11)));
      days.add(Away.quiet(LocalDate.of(year, 12, 24), LocalDate.of(year, 12, 26)));
      days.add(Away.quiet(LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 31)));
    }
    days.sort((a, b) -> a.first().compareTo(b.first()));
    return days;
  }

  /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
