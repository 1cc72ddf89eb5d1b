package dev.clientlens.aggregate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working week the timing metrics are judged against: working hours on working days, less public
 * holidays, always in the offset a message was written with. A message on a day that is not a working day
 * is a weekend message; one on a working day outside the hours, or on a holiday, is an after-hours message.
 *
 * @param start when the working day starts (inclusive)
 * @param end when it ends (exclusive), after {@code start}
 * @param days the working days of the week
 * @param holidays public holidays that are not working days
 */
public record WorkingTime(LocalTime start, LocalTime end, Set<DayOfWeek> days, Holidays holidays) {
  /** 08:00 to 18:00, Monday to Friday, no holidays: the figures of a scan without the options. */
  public static final WorkingTime STANDARD = new WorkingTime(LocalTime.of(8, 0), LocalTime.of(18, 0),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Holidays.NONE);

  public WorkingTime {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(holidays, "holidays");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("working time: the day must end after it starts, got " + start + "-" + end);
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException("working time: at least one working day is required");
    }
    days = Set.copyOf(days);
  }

  /** A message written on a day of the week that is not a working day. */
  public boolean isWeekend(OffsetDateTime local) {
    return !days.contains(local.getDayOfWeek());
  }

  /** A message written on a working day of the week, but outside the working hours or on a holiday. */
  public boolean isAfterHours(OffsetDateTime local) {
    if (isWeekend(local)) {
      return false;
    }
    LocalTime time = local.toLocalTime();
    return holidays.isHoliday(local.toLocalDate()) || time.isBefore(start) || !time.isBefore(end);
  }

  /**
   * Working hours between a message and its reply. The days before the reply's day are judged in the offset
   * of the message answered, the reply's day in the reply's own offset: so a reply across the change to or
   * from summer time counts each day by the clock then in force. Zero when the reply is not later.
   */
  public double hoursBetween(OffsetDateTime message, OffsetDateTime reply) {
    if (!reply.toInstant().isAfter(message.toInstant())) {
      return 0;
    }
    OffsetDateTime replyDay = reply.toLocalDate().atStartOfDay().atOffset(reply.getOffset());
    OffsetDateTime switchAt = replyDay.toInstant().isAfter(message.toInstant()) ? replyDay : message;
    long seconds = seconds(message, switchAt, message.getOffset()) + seconds(switchAt, reply, reply.getOffset());
    return seconds / 3600.0;
  }

  /** Working seconds between two moments, each day judged in {@code offset}. */
  private long seconds(OffsetDateTime from, OffsetDateTime to, ZoneOffset offset) {
    OffsetDateTime a = from.withOffsetSameInstant(offset);
    OffsetDateTime b = to.withOffsetSameInstant(offset);
    long total = 0;
    for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
      if (!days.contains(day.getDayOfWeek()) || holidays.isHoliday(day)) {
        continue;
      }
      OffsetDateTime open = day.atTime(start).atOffset(offset);
      OffsetDateTime close = day.atTime(end).atOffset(offset);
      OffsetDateTime s = open.isAfter(a) ? open : a;
      OffsetDateTime e = close.isBefore(b) ? close : b;
      if (e.isAfter(s)) {
        total += Duration.between(s, e).getSeconds();
      }
    }
    return total;
  }

  /** In words for stderr: {@code 08:00-18:00, mon-fri, holidays: none}. */
  public String describe() {
    return start + "-" + end + ", " + describeDays() + ", holidays: " + holidays.describe();
  }

  private String describeDays() {
    EnumSet<DayOfWeek> set = EnumSet.copyOf(days);
    DayOfWeek first = set.stream().filter(d -> !set.contains(d.minus(1))).findFirst().orElse(DayOfWeek.MONDAY);
    boolean run = true;
    for (int i = 0; i < set.size(); i++) {
      run &= set.contains(first.plus(i));
    }
    if (run && set.size() > 1) {
      return abbreviation(first) + "-" + abbreviation(first.plus(set.size() - 1));
    }
    return set.stream().map(WorkingTime::abbreviation).collect(Collectors.joining(","));
  }

  /** {@code mon}, {@code tue}, ...: the form {@code --work-days} takes. */
  public static String abbreviation(DayOfWeek day) {
    return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
  }
}
