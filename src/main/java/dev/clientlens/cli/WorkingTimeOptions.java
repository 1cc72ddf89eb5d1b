package dev.clientlens.cli;

import dev.clientlens.aggregate.Holidays;
import dev.clientlens.aggregate.WorkingTime;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The scan's working-time options: {@code --work-hours}, {@code --work-days}, {@code --holidays}. */
final class WorkingTimeOptions {
  @Option(names = "--work-hours", paramLabel = "HH:MM-HH:MM", converter = HoursConverter.class,
      description = "Working hours in each sender's own time, for after_hours_share and the working-hours reply "
          + "times (default: 08:00-18:00).")
  private Hours hours;

  @Option(names = "--work-days", paramLabel = "DAYS", converter = DaysConverter.class,
      description = "Working days: a range or a list of mon, tue, wed, thu, fri, sat, sun (e.g. mon-fri, sun-thu, "
          + "mon,tue,thu); the other days count as weekend (default: mon-fri).")
  private Days days;

  @Option(names = "--holidays", paramLabel = "COUNTRY", converter = HolidaysConverter.class,
      description = "Public holidays of this country (ISO code: NO, SE, GB, US, ...; a region as GB-ENG, DE-BY) "
          + "count as after hours and are not working time (default: none).")
  private Holidays holidays;

  /** Whether any of the options was given. */
  boolean given() {
    return hours != null || days != null || holidays != null;
  }

  /** Which working time the report used, for stderr. */
  String describe(WorkingTime used) {
    return "working time: " + used.describe() + (given() ? "" : " (the default; see --work-hours, --work-days, --holidays)");
  }

  WorkingTime workingTime() {
    WorkingTime standard = WorkingTime.STANDARD;
    return new WorkingTime(hours == null ? standard.start() : hours.start(), hours == null ? standard.end() : hours.end(),
        days == null ? standard.days() : days.days(), holidays == null ? standard.holidays() : holidays);
  }

  /** The working days, as given (one option value, not a repeatable list). */
  record Days(Set<DayOfWeek> days) {}

  /** A working day's start and end, as given. */
  record Hours(LocalTime start, LocalTime end) {}

  private static final Pattern HOURS = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

  static final class HoursConverter implements ITypeConverter<Hours> {
    @Override
    public Hours convert(String value) {
      Matcher m = HOURS.matcher(value.strip());
      String expected = "'" + value + "' is not a span of working hours (expected HH:MM-HH:MM with the end after the start, "
          + "e.g. 08:00-16:00)";
      if (!m.matches()) {
        throw new TypeConversionException(expected);
      }
      try {
        LocalTime start = LocalTime.parse(pad(m.group(1)));
        LocalTime end = LocalTime.parse(pad(m.group(2)));
        if (!start.isBefore(end)) {
          throw new TypeConversionException(expected);
        }
        return new Hours(start, end);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(expected);
      }
    }

    private static String pad(String time) {
      return time.length() == 4 ? "0" + time : time;
    }
  }

  static final class DaysConverter implements ITypeConverter<Days> {
    @Override
    public Days convert(String value) {
      EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      for (String part : value.strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*")) {
        String[] range = part.split("\\s*-\\s*", -1);
        if (range.length > 2) {
          throw wrong(value);
        }
        DayOfWeek first = day(range[0], value);
        DayOfWeek last = range.length == 2 ? day(range[1], value) : first;
        for (DayOfWeek d = first; ; d = d.plus(1)) {
          days.add(d);
          if (d == last) {
            break;
          }
        }
      }
      return new Days(days);
    }

    private static DayOfWeek day(String name, String value) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (WorkingTime.abbreviation(d).equals(name)) {
          return d;
        }
      }
      throw wrong(value);
    }

    private static TypeConversionException wrong(String value) {
      return new TypeConversionException("'" + value + "' is not a set of days (expected a range or a comma list "
          + "of mon, tue, wed, thu, fri, sat, sun, e.g. mon-fri, sun-thu or mon,tue,thu)");
    }
  }

  static final class HolidaysConverter implements ITypeConverter<Holidays> {
    @Override
    public Holidays convert(String value) {
      try {
        return Holidays.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
