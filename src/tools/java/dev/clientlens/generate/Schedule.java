package dev.clientlens.generate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When a person writes, in their own time zone (with its real DST rules): office hours, how willing they are
 * to write in the evening or at the weekend, and their holidays. Given the earliest moment a message could
 * be written, it says when it actually is.
 */
final class Schedule {
  /** Nobody in the cast writes between half past eleven at night and seven in the morning. */
  private static final LocalTime WAKE = LocalTime.of(7, 0);
  private static final LocalTime SLEEP = LocalTime.of(23, 30);

  private final ZoneId zone;
  private final LocalTime dayStart;
  private final LocalTime dayEnd;
  private final double pEvening;
  private final double pWeekend;
  private final List<Away> away;

  Schedule(ZoneId zone, LocalTime dayStart, LocalTime dayEnd, double pEvening, double pWeekend, List<Away> away) {
    this.zone = zone;
    this.dayStart = dayStart;
    this.dayEnd = dayEnd;
    this.pEvening = pEvening;
    this.pWeekend = pWeekend;
    this.away = List.copyOf(away);
  }

  static Schedule of(Party party) {
    Behaviour b = party.behaviour();
    return new Schedule(party.zone(), LocalTime.of(8, 0), LocalTime.of(16, 30), b.pEvening(), b.pWeekend(),
        party.away());
  }

  /** Ingrid: a long office day, the odd evening, almost never weekends, and a summer holiday. */
  static Schedule owner(ZoneId zone, List<Away> holidays) {
    return new Schedule(zone, LocalTime.of(8, 0), LocalTime.of(17, 0), 0.08, 0.03, holidays);
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * The moment a message written no earlier than {@code earliest} is sent: at once in office hours; outside
   * them only if the person is one who writes evenings or weekends (a dice roll); otherwise the next
   * working morning. Holidays are skipped.
   */
  Instant place(Instant earliest, Dice dice) {
    ZonedDateTime t = afterHoliday(earliest.atZone(zone), dice);
    if (isOffice(t)) {
      return t.toInstant();
    }
    LocalTime time = t.toLocalTime();
    boolean awake = !time.isBefore(WAKE) && time.isBefore(SLEEP);
    if (awake && dice.chance(isWeekend(t.toLocalDate()) ? pWeekend : pEvening)) {
      return t.toInstant();
    }
    return afterHoliday(nextMorning(t).plusMinutes(dice.between(2, 150)), dice).toInstant();
  }

  /** Chasing and checking in happens at any waking hour, weekends included; only holidays stop it. */
  Instant anyHour(Instant earliest, Dice dice) {
    ZonedDateTime t = afterHoliday(earliest.atZone(zone), dice);
    LocalTime time = t.toLocalTime();
    if (time.isBefore(WAKE)) {
      return t.toLocalDate().atTime(WAKE).atZone(zone).plusMinutes(dice.between(0, 90)).toInstant();
    }
    if (!time.isBefore(SLEEP)) {
      return t.toLocalDate().plusDays(1).atTime(WAKE).atZone(zone).plusMinutes(dice.between(0, 90)).toInstant();
    }
    return t.toInstant();
  }

  /**
   * The next evening (19:00-22:30) or weekend day (10:00-21:00) at or after {@code earliest}, weekend with a
   * chance in proportion to the person's weekend appetite: when a micromanager reads our work at home.
   */
  Instant offHours(Instant earliest, Dice dice) {
    ZonedDateTime t = afterHoliday(earliest.atZone(zone), dice);
    LocalDate day = t.toLocalDate();
    ZonedDateTime pick;
    LocalDate weekend = t.getHour() >= 20 ? day.plusDays(1) : day;
    while (!isWeekend(weekend)) {
      weekend = weekend.plusDays(1);
    }
    // Only a weekend that is at most two days away: nobody saves a reply for next week's Saturday.
    boolean soon = weekend.toEpochDay() - day.toEpochDay() <= 2;
    if (soon && dice.chance(pWeekend / Math.max(1e-9, pWeekend + pEvening))) {
      pick = weekend.atTime(10, 0).plusMinutes(dice.between(0, 11 * 60)).atZone(zone);
    } else {
      if (t.getHour() >= 22) {
        day = day.plusDays(1);
      }
      pick = day.atTime(19, 0).plusMinutes(dice.between(0, 210)).atZone(zone);
    }
    pick = pick.plusSeconds(dice.below(60));
    return pick.toInstant().isAfter(earliest) ? pick.toInstant() : earliest.plusSeconds(60L * dice.between(5, 40));
  }

  /** A time between {@code from} and {@code to} on the given day, or the next working time if that day is off. */
  Instant on(LocalDate day, LocalTime from, LocalTime to, Dice dice) {
    int minutes = dice.between(0, Math.max(0, (to.toSecondOfDay() - from.toSecondOfDay()) / 60));
    ZonedDateTime t = day.atTime(from).plusMinutes(minutes).plusSeconds(dice.below(60)).atZone(zone);
    if (isWeekend(day) || holiday(day).isPresent()) {
      return place(t.toInstant(), dice);
    }
    return t.toInstant();
  }

  /** The day {@code n} working days after {@code day}, skipping weekends and holidays. */
  LocalDate addWorkingDays(LocalDate day, int n) {
    LocalDate d = day;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (!isWeekend(d) && holiday(d).isEmpty()) {
        left--;
      }
    }
    return d;
  }

  Optional<Away> holiday(LocalDate day) {
    for (Away window : away) {
      if (window.covers(day)) {
        return Optional.of(window);
      }
    }
    return Optional.empty();
  }

  Optional<Away> holidayAt(Instant at) {
    return holiday(at.atZone(zone).toLocalDate());
  }

  LocalDate dateOf(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  private boolean isOffice(ZonedDateTime t) {
    LocalTime time = t.toLocalTime();
    return !isWeekend(t.toLocalDate()) && !time.isBefore(dayStart) && time.isBefore(dayEnd);
  }

  private ZonedDateTime nextMorning(ZonedDateTime t) {
    LocalDate day = t.toLocalTime().isBefore(dayStart) ? t.toLocalDate() : t.toLocalDate().plusDays(1);
    while (isWeekend(day)) {
      day = day.plusDays(1);
    }
    return day.atTime(dayStart).atZone(zone);
  }

  private ZonedDateTime afterHoliday(ZonedDateTime t, Dice dice) {
    ZonedDateTime result = t;
    Optional<Away> window = holiday(result.toLocalDate());
    while (window.isPresent()) {
      LocalDate back = window.get().last().plusDays(1);
      while (isWeekend(back)) {
        back = back.plusDays(1);
      }
      result = back.atTime(dayStart).atZone(zone).plusMinutes(dice.between(5, 120));
      window = holiday(result.toLocalDate());
    }
    return result;
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
