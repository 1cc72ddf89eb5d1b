package dev.clientlens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random inputs: mangled dates must never throw, and dates java.time writes must read back. */
class MailDatesFuzzTest {

  private static final List<String> SEEDS =
      List.of(
          "Tue, 14 Apr 2026 09:12:33 +0200",
          "Tuesday, April 14, 2026 9:12 PM -0500",
          "14-Apr-2026 09:12:33 +0200",
          "Tue, 14 Apr 2026 09:12:33 +0100 (GMT+01:00)",
          "  Tue,\t14  Apr\r\n 2026   09:12:33\t+0200 (CEST) ",
          "Sat, 04 Apr 26 09:12 GMT+02:00",
          "fre, 16 okt 2026 16:30:00 CEST",
          "Tue Apr 14 07:12:33 CEST 2026",
          "Tue Apr 14 07:12:33 2026 +0200",
          "2026-04-14T09:12:33.250-05:00",
          "2026-04-14 09:12:33 +0200",
          "from mx.example.com (mx.example.com [192.0.2.1])\r\n\tby mail.fjordlys.no (Postfix)"
              + " with ESMTPS id 4F2A1; Tue, 14 Apr 2026 09:12:33 +0200 (CEST)");

  private static final String NOISE = "0123456789 ,:;+-.()\\\t\r\nTZaAmMpPéø\u0000\u00a0\ud83d\uffff";

  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);

  @Test
  void mangledDatesNeverThrow() {
    Random random = new Random(20260414L);
    int read = 0;
    for (int i = 0; i < 10_000; i++) {
      String input = SEEDS.get(random.nextInt(SEEDS.size()));
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        input = mutate(input, random);
      }
      try {
        Optional<OffsetDateTime> date = MailDates.parse(input);
        assertNotNull(MailDates.parseReceived(input));
        assertNotNull(MailDates.parseAsctime(input));
        date.ifPresent(d -> MailDates.isAbsurd(d, Instant.EPOCH));
        read += date.isPresent() ? 1 : 0;
      } catch (RuntimeException e) {
        fail("threw on input #" + i + " " + visible(input), e);
      }
    }
    // both outcomes must occur, or the mutations are not exploring the edge of the grammar
    assertTrue(read > 200 && read < 9_800, "inputs still read as dates: " + read);
  }

  @Test
  void readsBackWhatJavaTimeWritesInRfc1123() {
    Random random = new Random(1123L);
    for (int i = 0; i < 2_000; i++) {
      OffsetDateTime date = randomDate(random).truncatedTo(ChronoUnit.SECONDS);
      String text = DateTimeFormatter.RFC_1123_DATE_TIME.format(date);
      assertEquals(Optional.of(date), MailDates.parse(text), text);
    }
  }

  @Test
  void readsBackWhatJavaTimeWritesInIso8601() {
    Random random = new Random(8601L);
    for (int i = 0; i < 2_000; i++) {
      OffsetDateTime date = randomDate(random);
      String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
      assertEquals(Optional.of(date), MailDates.parse(text), text);
    }
  }

  @Test
  void readsBackAsctimeInUtc() {
    Random random = new Random(1970L);
    for (int i = 0; i < 2_000; i++) {
      OffsetDateTime date =
          randomDate(random).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
      String text = ASCTIME.format(date);
      assertEquals(Optional.of(date.toInstant()), MailDates.parseAsctime(text), text);
    }
  }

  private static OffsetDateTime randomDate(Random random) {
    long from = OffsetDateTime.parse("1990-01-01T00:00Z").toEpochSecond();
    long to = OffsetDateTime.parse("2100-01-01T00:00Z").toEpochSecond();
    long second = from + (long) (random.nextDouble() * (to - from));
    Instant instant = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
    ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(2 * 18 * 60 + 1) - 18 * 60) * 60);
    return instant.atOffset(offset);
  }

  private static String mutate(String text, Random random) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length());
    char noise = NOISE.charAt(random.nextInt(NOISE.length()));
    switch (random.nextInt(8)) {
      case 0:
        return text.substring(0, at);
      case 1:
        return text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1);
      case 2:
        return text.substring(0, at) + noise + text.substring(at);
      case 3:
        return text.isEmpty() ? text : text.substring(0, at) + noise + text.substring(at + 1);
      case 4:
        return text.substring(0, at) + "99999999999999999999" + text.substring(at);
      case 5:
        return text.substring(at) + text.substring(0, at);
      case 6:
        return text.substring(0, at) + "(".repeat(1 + random.nextInt(50)) + text.substring(at);
      default:
        int length = random.nextInt(text.length() - at + 1);
        String piece = text.substring(at, at + length);
        return text.substring(0, at) + piece.repeat(1 + random.nextInt(600)) + text.substring(at);
    }
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      out.append(c >= ' ' && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.append('"').toString();
  }
}
