package dev.clientlens.generate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The time the mailbox covers: from the first day at midnight to the moment the export was taken, which
 * is 18:00 on the last working day before {@code start + months} (so the sample ends Friday 2026-10-30).
 */
record Period(Instant start, Instant end, ZoneId home) {

  Period {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("period: end " + end + " is not after start " + start);
    }
  }

  static Period of(LocalDate first, int months, ZoneId home) {
    LocalDate last = first.plusMonths(months).minusDays(1);
    while (last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY) {
      last = last.minusDays(1);
    }
    return new Period(first.atStartOfDay(home).toInstant(), last.atTime(LocalTime.of(18, 0)).atZone(home).toInstant(),
        home);
  }

  long seconds() {
    return Duration.between(start, end).getSeconds();
  }

  /** Inbox mail this close to the export is still unread, so a Maildir files it under {@code new/}. */
  boolean isRecent(Instant at) {
    return at.isAfter(end.minus(Duration.ofHours(36)));
  }
}
