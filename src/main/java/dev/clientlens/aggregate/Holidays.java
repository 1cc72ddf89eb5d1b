package dev.clientlens.aggregate;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public holidays of one country (or one of its regions), from the Jollyday library's maintained rules;
 * {@link #NONE} has none. Public and bank holidays count, observances (days with no time off) do not.
 * Each year's days are computed once per instance, when first asked for.
 */
public final class Holidays {
  /** No holidays: every working weekday is a working day. */
  public static final Holidays NONE = new Holidays("", null, new String[0]);

  private final String code;
  private final HolidayManager manager;
  private final String[] region;
  private final Map<Integer, Set<LocalDate>> years = new ConcurrentHashMap<>();

  private Holidays(String code, HolidayManager manager, String[] region) {
    this.code = code;
    this.manager = manager;
    this.region = region;
  }

  /**
   * The holidays of an ISO 3166 country code ({@code NO}, {@code GB}, {@code US}), optionally with a region
   * as Jollyday names it ({@code GB-ENG}, {@code DE-BY}, {@code US-NY}); case does not matter.
   *
   * @throws IllegalArgumentException naming the accepted form when the country or region is unknown
   */
  public static Holidays of(String code) {
    String[] parts = code.strip().toLowerCase(Locale.ROOT).split("-");
    String country = parts[0];
    Set<String> countries = new TreeSet<>();
    HolidayManager.getSupportedCalendarCodes().forEach(c -> countries.add(c.toLowerCase(Locale.ROOT)));
    if (country.isEmpty() || !countries.contains(country)) {
      throw new IllegalArgumentException("not a country with known holidays: '" + code
          + "' (expected an ISO 3166 country code such as NO, SE, DK, GB, US, optionally with a region: GB-ENG, DE-BY)");
    }
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
    String[] region = Arrays.copyOfRange(parts, 1, parts.length);
    var level = manager.getCalendarHierarchy();
    for (String part : region) {
      var child = level.getChildren().get(part);
      if (child == null) {
        throw new IllegalArgumentException("no region '" + part + "' in the holidays of " + country.toUpperCase(Locale.ROOT)
            + " (known: " + String.join(", ", new TreeSet<>(level.getChildren().keySet())).toUpperCase(Locale.ROOT) + ")");
      }
      level = child;
    }
    return new Holidays(code.strip().toUpperCase(Locale.ROOT), manager, region);
  }

  /** Whether {@code day} is a public holiday here. */
  public boolean isHoliday(LocalDate day) {
    if (manager == null) {
      return false;
    }
    return years.computeIfAbsent(day.getYear(), this::compute).contains(day);
  }

  private Set<LocalDate> compute(int year) {
    Set<LocalDate> days = new TreeSet<>();
    for (Holiday h : manager.getHolidays(Year.of(year), region)) {
      if (h.getType() != HolidayType.OBSERVANCE) {
        days.add(h.getActualDate());
      }
    }
    return Set.copyOf(days);
  }

  /** The code given ({@code NO}, {@code GB-ENG}), or {@code none}. */
  public String describe() {
    return code.isEmpty() ? "none" : code;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Holidays h && h.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return "Holidays[" + describe() + "]";
  }
}
