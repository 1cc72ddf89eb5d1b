package dev.clientlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The page's numbers (three decimals at most) and the CSV reports' (three decimals), rounded as the
 * formatter rounds, whatever the locale.
 */
class JsonTest {
  /** The definition the page's numbers follow, through the formatter and patterns. */
  private static String byFormatter(double d) {
    String s = String.format(Locale.ROOT, "%.3f", d);
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }

  @Test
  void numbersHaveAtMostThreeDecimalsAndNoTrailingZeros() {
    assertEquals("0.5", Json.number(0.5));
    assertEquals("2", Json.number(2.0));
    assertEquals("0.001", Json.number(0.0005));
    assertEquals("1.001", Json.number(1.0005));
    assertEquals("0", Json.number(-0.0001));
    assertEquals("0", Json.number(-0.0));
    assertEquals("-1.25", Json.number(-1.25));
    assertEquals("123456789.124", Json.number(123456789.1235));
  }

  /** Edge cases, then 200,000 values of four kinds, halfway cases at the third decimal among them. */
  private static List<Double> values() {
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.0005, -0.0005, 1.0005, 0.9995, -0.9995, 0.1245,
        0.1255, 1e-10, -1e-10, -0.0004999, 1e20, -1e20, 1000.0004999, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      values.add(switch (i % 4) {
        case 0 -> random.nextDouble();
        case 1 -> random.nextGaussian() * 1000;
        case 2 -> (random.nextInt(20_000) - 10_000) / 2000.0 + 0.0005; // halfway at the third decimal
        default -> Math.round(random.nextDouble() * 100_000) / 100_000.0;
      });
    }
    return values;
  }

  @Test
  void numbersRoundAsTheFormatterDoes() {
    for (double d : values()) {
      assertEquals(byFormatter(d), Json.number(d), () -> "for " + d);
    }
  }

  /** The CSV reports' numbers: exactly the formatter's three decimals, the sign of a negative zero kept. */
  @Test
  void reportNumbersAreTheFormattersThreeDecimals() {
    assertEquals("-0.000", Reports.number(-0.0001));
    assertEquals("-0.000", Reports.number(-0.0));
    assertEquals("0.500", Reports.number(0.5));
    assertEquals("1.001", Reports.number(1.0005));
    for (double d : values()) {
      assertEquals(String.format(Locale.ROOT, "%.3f", d), Reports.number(d), () -> "for " + d);
    }
  }
}
