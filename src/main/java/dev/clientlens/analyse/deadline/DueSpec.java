package dev.clientlens.analyse.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntUnaryOperator;

/**
 * What a deadline expression means before it meets a message date ("Friday 17:00", "the 12th",
 * "two working days"), and how it resolves against one. The rules are listed on {@link Deadlines}.
 * A resolved deadline is never before the message date: a moment already past is a mention, not a
 * deadline, and resolves to nothing.
 */
sealed interface DueSpec {
  LocalTime END_OF_DAY = LocalTime.of(17, 0);
  LocalTime LATE = LocalTime.of(23, 59);
  LocalTime MORNING = LocalTime.of(9, 0);
  LocalTime NOON = LocalTime.NOON;
  /** Full months a day-and-month date may lie behind the message before it means next year's. */
  int PAST_MONTHS_KEPT_AS_MENTION = 6;

  Optional<OffsetDateTime> resolve(OffsetDateTime message);

  /** A day that can take a time of day ("Friday" + "10am"). */
  sealed interface Day extends DueSpec {
    Day at(LocalTime time);
  }

  enum Unit {
    MINUTES,
    HOURS,
    DAYS,
    WORKING_DAYS,
    WEEKS,
    MONTHS
  }

  /** A time with no day: today if still ahead, else tomorrow. */
  record AtClock(LocalTime time) implements DueSpec {
    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      OffsetDateTime today = on(message, message.toLocalDate(), time);
      return Optional.of(today.isAfter(message) ? today : today.plusDays(1));
    }
  }

  /** Today, tomorrow, the day after: 17:00 unless a time is given. */
  record RelativeDay(int days, Optional<LocalTime> time) implements Day {
    @Override
    public Day at(LocalTime at) {
      return new RelativeDay(days, Optional.of(at));
    }

    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      return sameDayOrLate(message, message.toLocalDate().plusDays(days), time);
    }
  }

  /**
   * A weekday: the next such day after the message; the message's own day if a given time is still
   * ahead, or with no time if the message was written before noon. With {@code nextWeek}, that day
   * in the calendar week (Monday to Sunday) after the message's.
   */
  record OnWeekday(DayOfWeek day, boolean nextWeek, Optional<LocalTime> time) implements Day {
    @Override
    public Day at(LocalTime at) {
      return new OnWeekday(day, nextWeek, Optional.of(at));
    }

    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      LocalDate today = message.toLocalDate();
      LocalDate date;
      if (nextWeek) {
        date = today.with(DayOfWeek.MONDAY).plusWeeks(1).with(day);
      } else {
        int ahead = (day.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
        if (ahead == 0) {
          LocalTime now = message.toLocalTime();
          boolean sameDay = time.map(now::isBefore).orElse(now.isBefore(NOON));
          ahead = sameDay ? 0 : 7;
        }
        date = today.plusDays(ahead);
      }
      return Optional.of(on(message, date, time.orElse(END_OF_DAY)));
    }
  }

  /** "The 12th": the next 12th on or after the message day that has one. */
  record OnDayOfMonth(int day, Optional<LocalTime> time) implements Day {
    @Override
    public Day at(LocalTime at) {
      return new OnDayOfMonth(day, Optional.of(at));
    }

    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      LocalDate today = message.toLocalDate();
      YearMonth month = YearMonth.from(today);
      for (int k = 0; k <= 12; k++, month = month.plusMonths(1)) {
        if (day > month.lengthOfMonth() || month.atDay(day).isBefore(today)) {
          continue;
        }
        Optional<OffsetDateTime> due = sameDayOrLate(message, month.atDay(day), time);
        if (due.isPresent()) {
          return due;
        }
      }
      return Optional.empty();
    }
  }

  /**
   * A day and month, with or without a year. Without one: this year's, or next year's when this
   * year's lies more than six months behind the message (said in December, "5 January" is next
   * January); a date fewer months behind is a mention of the past.
   */
  record OnDate(int day, Month month, OptionalInt year, Optional<LocalTime> time) implements Day {
    @Override
    public Day at(LocalTime at) {
      return new OnDate(day, month, year, Optional.of(at));
    }

    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      return dateIn(message, year, month, y -> day).flatMap(date -> sameDayOrLate(message, date, time));
    }
  }

  /** "The end of May": the last day of a named month, with the year chosen as for {@link OnDate}. */
  record EndOfNamedMonth(Month month) implements DueSpec {
    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      return dateIn(message, OptionalInt.empty(), month, y -> YearMonth.of(y, month).lengthOfMonth())
          .flatMap(date -> sameDayOrLate(message, date, Optional.empty()));
    }
  }

  /**
   * Friday 17:00 of the message's week, or of a later one; once this week's Friday 17:00 has passed,
   * Sunday 23:59.
   */
  record EndOfWeek(int weeksAhead) implements DueSpec {
    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      return endOfWeek(message, message.toLocalDate().with(DayOfWeek.MONDAY).plusWeeks(weeksAhead));
    }
  }

  /** "By next week": Monday 09:00 of the week after the message's. */
  record StartOfNextWeek() implements DueSpec {
    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      return Optional.of(on(message, message.toLocalDate().with(DayOfWeek.MONDAY).plusWeeks(1), MORNING));
    }
  }

  /** The last day of the message's month, or of a later one, at 17:00 (23:59 once 17:00 has passed). */
  record EndOfMonth(int monthsAhead) implements DueSpec {
    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      LocalDate last = message.toLocalDate().plusMonths(monthsAhead).with(TemporalAdjusters.lastDayOfMonth());
      return sameDayOrLate(message, last, Optional.empty());
    }
  }

  /**
   * "Week 20", "uke 20" (ISO weeks, as Norwegian planning uses them): its Friday 17:00, or with
   * {@code start} ("before week 20") its Monday 09:00. The week is in the message's week-based year,
   * or the next one when that week's Friday lies more than six months behind the message.
   */
  record InWeek(int week, boolean start) implements DueSpec {
    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      LocalDate today = message.toLocalDate();
      int year = today.get(IsoFields.WEEK_BASED_YEAR);
      Optional<LocalDate> monday = mondayOf(year, week);
      if (monday.isEmpty() || monday.get().plusDays(4).isBefore(today.minusMonths(PAST_MONTHS_KEPT_AS_MENTION))) {
        monday = mondayOf(year + 1, week);
      }
      return monday.flatMap(
          m -> start
              ? Optional.of(on(message, m, MORNING)).filter(due -> due.isAfter(message))
              : endOfWeek(message, m));
    }

    private static Optional<LocalDate> mondayOf(int weekBasedYear, int week) {
      LocalDate probe = LocalDate.of(weekBasedYear, 6, 1);
      if (week < 1 || week > probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        return Optional.empty();
      }
      return Optional.of(probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY));
    }
  }

  /** "By next month": the first of the month after the message's, 09:00. */
  record StartOfNextMonth() implements DueSpec {
    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      return Optional.of(on(message, message.toLocalDate().plusMonths(1).withDayOfMonth(1), MORNING));
    }
  }

  /** 31 December of the message's year, 17:00 (23:59 once 17:00 has passed). */
  record EndOfYear() implements DueSpec {
    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      LocalDate last = message.toLocalDate().with(TemporalAdjusters.lastDayOfYear());
      return sameDayOrLate(message, last, Optional.empty());
    }
  }

  /**
   * "Within two days", "om en uke": whole days, weeks and months land on 17:00 of the day reached
   * (working days skip Saturdays and Sundays); hours and minutes count from the message.
   */
  record After(int amount, Unit unit) implements DueSpec {
    @Override
    public Optional<OffsetDateTime> resolve(OffsetDateTime message) {
      LocalDate today = message.toLocalDate();
      return Optional.of(
          switch (unit) {
            case MINUTES -> message.plusMinutes(amount).truncatedTo(ChronoUnit.MINUTES);
            case HOURS -> message.plusHours(amount).truncatedTo(ChronoUnit.MINUTES);
            case DAYS -> on(message, today.plusDays(amount), END_OF_DAY);
            case WORKING_DAYS -> on(message, plusWorkingDays(today, amount), END_OF_DAY);
            case WEEKS -> on(message, today.plusWeeks(amount), END_OF_DAY);
            case MONTHS -> on(message, today.plusMonths(amount), END_OF_DAY);
          });
    }

    private static LocalDate plusWorkingDays(LocalDate from, int days) {
      LocalDate date = from;
      for (int left = days; left > 0; ) {
        date = date.plusDays(1);
        if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
          left--;
        }
      }
      return date;
    }
  }

  /** Friday 17:00 of the week that starts on {@code monday}, or Sunday 23:59 once that has passed. */
  private static Optional<OffsetDateTime> endOfWeek(OffsetDateTime message, LocalDate monday) {
    OffsetDateTime friday = on(message, monday.plusDays(4), END_OF_DAY);
    if (friday.isAfter(message)) {
      return Optional.of(friday);
    }
    OffsetDateTime sunday = on(message, monday.plusDays(6), LATE);
    return sunday.isAfter(message) ? Optional.of(sunday) : Optional.empty();
  }

  private static OffsetDateTime on(OffsetDateTime message, LocalDate date, LocalTime time) {
    return OffsetDateTime.of(date, time, message.getOffset());
  }

  /**
   * The day at the given time, or at 17:00; on the message's own day with no time given and 17:00
   * past, 23:59; nothing if that too (or the given time) is past.
   */
  private static Optional<OffsetDateTime> sameDayOrLate(
      OffsetDateTime message, LocalDate date, Optional<LocalTime> time) {
    OffsetDateTime due = on(message, date, time.orElse(END_OF_DAY));
    if (due.isAfter(message)) {
      return Optional.of(due);
    }
    if (time.isEmpty() && date.equals(message.toLocalDate())) {
      OffsetDateTime late = on(message, date, LATE);
      return late.isAfter(message) ? Optional.of(late) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The date of a day and month in the given year, or in the year chosen by the rule on {@link OnDate}. */
  private static Optional<LocalDate> dateIn(
      OffsetDateTime message, OptionalInt year, Month month, IntUnaryOperator dayInYear) {
    LocalDate today = message.toLocalDate();
    if (year.isPresent()) {
      return date(year.getAsInt(), month, dayInYear);
    }
    Optional<LocalDate> thisYear = date(today.getYear(), month, dayInYear);
    if (thisYear.isPresent() && !thisYear.get().isBefore(today.minusMonths(PAST_MONTHS_KEPT_AS_MENTION))) {
      return thisYear;
    }
    return date(today.getYear() + 1, month, dayInYear);
  }

  private static Optional<LocalDate> date(int year, Month month, IntUnaryOperator dayInYear) {
    int day = dayInYear.applyAsInt(year);
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }
}
