package dev.clientlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Working hours between a message and its reply, and after hours, computed by hand; see each comment. */
class WorkingTimeTest {
  private static final WorkingTime STANDARD = WorkingTime.STANDARD;
  private static final WorkingTime NORWAY = new WorkingTime(LocalTime.of(8, 0), LocalTime.of(18, 0),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Holidays.of("NO"));
  private static final WorkingTime SHORT_DAYS = new WorkingTime(LocalTime.of(8, 0), LocalTime.of(16, 0),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Holidays.NONE);

  private static double hours(WorkingTime time, String message, String reply) {
    return time.hoursBetween(OffsetDateTime.parse(message), OffsetDateTime.parse(reply));
  }

  @Test
  void aReplyWithinOneWorkingDayCountsItsWholeWait() {
    // Tuesday 09:30 -> 15:00: 5.5 h, all inside 08:00-18:00.
    assertEquals(5.5, hours(STANDARD, "2026-04-14T09:30:00+02:00", "2026-04-14T15:00:00+02:00"), 1e-9);
  }

  @Test
  void aReplyOverTheWeekendCountsOnlyFridayAndMonday() {
    // Friday 10 April 2026 16:00 -> Monday 13 April 10:00: Friday 16-18 (2 h) + Monday 08-10 (2 h) = 4 h,
    // against 66 h of clock time.
    assertEquals(4.0, hours(STANDARD, "2026-04-10T16:00:00+02:00", "2026-04-13T10:00:00+02:00"), 1e-9);
    // With 08:00-16:00 days the Friday gives nothing: Monday 08-10 = 2 h.
    assertEquals(2.0, hours(SHORT_DAYS, "2026-04-10T16:00:00+02:00", "2026-04-13T10:00:00+02:00"), 1e-9);
  }

  @Test
  void aReplyWrittenAtNightCountsFromTheNextMorning() {
    // Tuesday 20:00 -> Wednesday 07:30: no working time; Tuesday 20:00 -> Wednesday 09:15: 1.25 h.
    assertEquals(0.0, hours(STANDARD, "2026-04-14T20:00:00+02:00", "2026-04-15T07:30:00+02:00"), 1e-9);
    assertEquals(1.25, hours(STANDARD, "2026-04-14T20:00:00+02:00", "2026-04-15T09:15:00+02:00"), 1e-9);
  }

  @Test
  void aReplyAcrossTheChangeToSummerTimeCountsEachDayOnItsOwnClock() {
    // Oslo moves from +01:00 to +02:00 on Sunday 29 March 2026. Friday 27 March 15:00+01:00 -> Monday 30 March
    // 09:00+02:00: Friday 15-18 on the winter clock (3 h) + Monday 08-09 on the summer clock (1 h) = 4 h.
    // (Judged only in +01:00 the reply would be at 08:00, 3 h; the clock time between them is 65 h.)
    assertEquals(4.0, hours(STANDARD, "2026-03-27T15:00:00+01:00", "2026-03-30T09:00:00+02:00"), 1e-9);
    // And back to winter time on Sunday 25 October 2026: Friday 23 October 17:00+02:00 -> Monday 26 October
    // 08:30+01:00: Friday 17-18 (1 h) + Monday 08:00-08:30 (0.5 h) = 1.5 h.
    assertEquals(1.5, hours(STANDARD, "2026-10-23T17:00:00+02:00", "2026-10-26T08:30:00+01:00"), 1e-9);
  }

  @Test
  void norwegianHolidaysAreNotWorkingTime() {
    // Thursday 16 May 2024 15:00 -> Tuesday 21 May 10:00 (+02:00). Friday 17 May is Constitution Day and
    // Monday 20 May Whit Monday. With Norway's holidays: Thursday 15-18 (3 h) + Tuesday 08-10 (2 h) = 5 h.
    // Without: 3 + Friday 10 + Monday 10 + 2 = 25 h.
    assertEquals(5.0, hours(NORWAY, "2024-05-16T15:00:00+02:00", "2024-05-21T10:00:00+02:00"), 1e-9);
    assertEquals(25.0, hours(STANDARD, "2024-05-16T15:00:00+02:00", "2024-05-21T10:00:00+02:00"), 1e-9);
  }

  @Test
  void christmasDayAndBoxingDayAreHolidaysButChristmasEveIsNot() {
    // Monday 23 December 2024 17:00 -> Friday 27 December 09:00 (+01:00). Tuesday 24 December is a working day
    // in Norway's public calendar; Wednesday 25 and Thursday 26 are holidays. Monday 17-18 (1 h) + Tuesday
    // 08-18 (10 h) + Friday 08-09 (1 h) = 12 h; without holidays 1 + 10 + 10 + 10 + 1 = 32 h.
    assertEquals(12.0, hours(NORWAY, "2024-12-23T17:00:00+01:00", "2024-12-27T09:00:00+01:00"), 1e-9);
    assertEquals(32.0, hours(STANDARD, "2024-12-23T17:00:00+01:00", "2024-12-27T09:00:00+01:00"), 1e-9);
  }

  @Test
  void aReplyInAnotherOffsetIsJudgedOnTheReplysClockOnItsOwnDay() {
    // Our message Tuesday 10:00+02:00 (08:00 UTC); a reply from New York Tuesday 09:00-04:00 (13:00 UTC). On the
    // reply's own day, in -04:00: from 04:00 (the message) to 09:00, of which 08:00-09:00 is working time: 1 h.
    assertEquals(1.0, hours(STANDARD, "2026-04-14T10:00:00+02:00", "2026-04-14T09:00:00-04:00"), 1e-9);
  }

  @Test
  void aReplyThatIsNotLaterCountsNothing() {
    assertEquals(0.0, hours(STANDARD, "2026-04-14T10:00:00+02:00", "2026-04-14T10:00:00+02:00"), 1e-9);
    assertEquals(0.0, hours(STANDARD, "2026-04-14T10:00:00+02:00", "2026-04-14T09:00:00+02:00"), 1e-9);
  }

  @Test
  void afterHoursAndWeekendFollowTheWorkingWeek() {
    // The standard week: Saturday is weekend, not after hours; 07:59 and 18:00 on a weekday are after hours.
    assertTrue(STANDARD.isWeekend(OffsetDateTime.parse("2026-04-18T10:00:00+02:00")));
    assertFalse(STANDARD.isAfterHours(OffsetDateTime.parse("2026-04-18T22:00:00+02:00")));
    assertTrue(STANDARD.isAfterHours(OffsetDateTime.parse("2026-04-14T07:59:59+02:00")));
    assertFalse(STANDARD.isAfterHours(OffsetDateTime.parse("2026-04-14T08:00:00+02:00")));
    assertFalse(STANDARD.isAfterHours(OffsetDateTime.parse("2026-04-14T17:59:59+02:00")));
    assertTrue(STANDARD.isAfterHours(OffsetDateTime.parse("2026-04-14T18:00:00+02:00")));
    // 17 May 2024 at 10:00 is a Friday morning: after hours only with Norway's holidays.
    assertFalse(STANDARD.isAfterHours(OffsetDateTime.parse("2024-05-17T10:00:00+02:00")));
    assertTrue(NORWAY.isAfterHours(OffsetDateTime.parse("2024-05-17T10:00:00+02:00")));
    // A Sunday-to-Thursday week: Friday is weekend, Sunday a working day.
    WorkingTime gulf = new WorkingTime(LocalTime.of(8, 0), LocalTime.of(16, 0),
        EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
        Holidays.NONE);
    assertTrue(gulf.isWeekend(OffsetDateTime.parse("2026-04-17T10:00:00+04:00")));
    assertFalse(gulf.isWeekend(OffsetDateTime.parse("2026-04-19T10:00:00+04:00")));
    assertTrue(gulf.isAfterHours(OffsetDateTime.parse("2026-04-19T16:30:00+04:00")));
    assertEquals("08:00-16:00, sun-thu, holidays: none", gulf.describe());
  }

  @Test
  void holidaysComeFromTheLibraryPerCountryAndRegion() {
    Holidays norway = Holidays.of("no");
    assertEquals("NO", norway.describe());
    assertTrue(norway.isHoliday(LocalDate.of(2026, 5, 17)));
    assertTrue(norway.isHoliday(LocalDate.of(2026, 4, 2))); // Maundy Thursday 2026
    assertFalse(norway.isHoliday(LocalDate.of(2026, 12, 24)));
    assertTrue(Holidays.of("GB-ENG").isHoliday(LocalDate.of(2026, 4, 6))); // Easter Monday in England
    assertFalse(Holidays.of("GB-SCT").isHoliday(LocalDate.of(2026, 4, 6))); // not in Scotland
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Holidays.of("XX"));
    assertTrue(unknown.getMessage().contains("expected an ISO 3166 country code"), unknown.getMessage());
    IllegalArgumentException region = assertThrows(IllegalArgumentException.class, () -> Holidays.of("GB-XYZ"));
    assertTrue(region.getMessage().contains("ENG"), region.getMessage());
  }

  @Test
  void theDayMustEndAfterItStarts() {
    assertThrows(IllegalArgumentException.class, () -> new WorkingTime(LocalTime.of(16, 0), LocalTime.of(8, 0),
        EnumSet.of(DayOfWeek.MONDAY), Holidays.NONE));
    assertThrows(IllegalArgumentException.class, () -> new WorkingTime(LocalTime.of(8, 0), LocalTime.of(16, 0),
        EnumSet.noneOf(DayOfWeek.class), Holidays.NONE));
  }
}
