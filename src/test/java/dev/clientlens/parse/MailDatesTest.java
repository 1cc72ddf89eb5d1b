package dev.clientlens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MailDatesTest {

  /** Input and the expected date-time written by hand, or null where the value must be refused. */
  static Stream<Arguments> dates() {
    return Stream.of(
        // the RFC 5322 form; the offset is kept as written
        row("Tue, 14 Apr 2026 09:12:33 +0200", "2026-04-14T09:12:33+02:00"),
        row("Tue, 14 Apr 2026 22:15:00 +0200", "2026-04-14T22:15:00+02:00"),
        row("Mon, 13 Apr 2026 17:45:10 -0500", "2026-04-13T17:45:10-05:00"),
        row("14 Apr 2026 09:12:33 +0200", "2026-04-14T09:12:33+02:00"),
        row("Tue, 14 Apr 2026 09:12:33 +02:00", "2026-04-14T09:12:33+02:00"),
        row("Tue, 14 Apr 2026 09:12:33 +0545", "2026-04-14T09:12:33+05:45"),
        row("Tue, 14 Apr 2026 09:12:33 +1800", "2026-04-14T09:12:33+18:00"),
        row("Tue, 14 Apr 2026 09:12:33 -1800", "2026-04-14T09:12:33-18:00"),
        // names in any case, full names, missing comma, one-digit day
        row("tue, 14 apr 2026 09:12:33 +0200", "2026-04-14T09:12:33+02:00"),
        row("TUESDAY, 14 APRIL 2026 09:12:33 +0200", "2026-04-14T09:12:33+02:00"),
        row("Tue 14 Apr 2026 09:12:33 +0200", "2026-04-14T09:12:33+02:00"),
        row("Sat, 4 Apr 2026 09:12:33 +0200", "2026-04-04T09:12:33+02:00"),
        row("Thu, 24 September 2026 08:00:00 +0200", "2026-09-24T08:00:00+02:00"),
        // Norwegian month and weekday names
        row("14 mai 2026 09:12:33 +0200", "2026-05-14T09:12:33+02:00"),
        row("fre, 16 okt 2026 16:30:00 +0200", "2026-10-16T16:30:00+02:00"),
        row("tor, 24 des 2026 11:00:00 +0100", "2026-12-24T11:00:00+01:00"),
        // years: two digits per RFC 5322, three digits from old y2k bugs
        row("Sat, 04 Apr 26 09:12:33 +0200", "2026-04-04T09:12:33+02:00"),
        row("04 Apr 99 23:59:59 -0000", "1999-04-04T23:59:59Z"),
        row("1 Jan 49 00:00:00 +0000", "2049-01-01T00:00:00Z"),
        row("1 Jan 50 00:00:00 +0000", "1950-01-01T00:00:00Z"),
        row("Tue, 14 Apr 126 09:12:33 +0200", "2026-04-14T09:12:33+02:00"),
        // times without seconds, one-digit hour, AM/PM, leap second
        row("Tue, 14 Apr 2026 09:12 +0200", "2026-04-14T09:12:00+02:00"),
        row("Tue, 14 Apr 2026 9:05 +0200", "2026-04-14T09:05:00+02:00"),
        row("Tuesday, April 14, 2026 9:12 PM -0500", "2026-04-14T21:12:00-05:00"),
        row("Tue, 14 Apr 2026 12:00:00 AM +0000", "2026-04-14T00:00:00Z"),
        row("Tue, 30 Jun 2026 23:59:60 +0000", "2026-06-30T23:59:59Z"),
        row("Sat, 29 Feb 2020 12:00:00 +0100", "2020-02-29T12:00:00+01:00"),
        // obsolete and common zone names
        row("Tue, 14 Apr 2026 09:12:33 GMT", "2026-04-14T09:12:33Z"),
        row("Tue, 14 Apr 2026 09:12:33 UT", "2026-04-14T09:12:33Z"),
        row("Tue, 14 Apr 2026 09:12:33 utc", "2026-04-14T09:12:33Z"),
        row("Tue, 14 Apr 2026 09:12:33 Z", "2026-04-14T09:12:33Z"),
        row("Tue, 14 Apr 2026 09:12:33 EST", "2026-04-14T09:12:33-05:00"),
        row("Tue, 14 Apr 2026 09:12:33 EDT", "2026-04-14T09:12:33-04:00"),
        row("Tue, 14 Apr 2026 09:12:33 CST", "2026-04-14T09:12:33-06:00"),
        row("Tue, 14 Apr 2026 09:12:33 CDT", "2026-04-14T09:12:33-05:00"),
        row("Tue, 14 Apr 2026 09:12:33 MST", "2026-04-14T09:12:33-07:00"),
        row("Tue, 14 Apr 2026 09:12:33 MDT", "2026-04-14T09:12:33-06:00"),
        row("Tue, 14 Apr 2026 09:12:33 PST", "2026-04-14T09:12:33-08:00"),
        row("Tue, 14 Apr 2026 09:12:33 PDT", "2026-04-14T09:12:33-07:00"),
        row("Tue, 14 Apr 2026 09:12:33 CET", "2026-04-14T09:12:33+01:00"),
        row("Tue, 14 Apr 2026 09:12:33 CEST", "2026-04-14T09:12:33+02:00"),
        row("Tue, 14 Apr 2026 09:12:33 BST", "2026-04-14T09:12:33+01:00"),
        row("Tue, 14 Apr 2026 09:12:33 GMT+0200", "2026-04-14T09:12:33+02:00"),
        // missing, unknown and "-0000" zones keep the written wall-clock time at +00:00
        row("Tue, 14 Apr 2026 09:12:33", "2026-04-14T09:12:33Z"),
        row("Tue, 14 Apr 2026 09:12:33 -0000", "2026-04-14T09:12:33Z"),
        row("Tue, 14 Apr 2026 09:12:33 MSK", "2026-04-14T09:12:33Z"),
        // comments, folding, odd spacing
        row("Tue, 14 Apr 2026 09:12:33 +0200 (CEST)", "2026-04-14T09:12:33+02:00"),
        row("Tue, 14 Apr 2026 09:12:33 +0100 (GMT+01:00)", "2026-04-14T09:12:33+01:00"),
        row("Tue, 14 Apr 2026 09:12:33 +0200 (a (nested) comment)", "2026-04-14T09:12:33+02:00"),
        row("(sent by phone) Tue, 14 Apr 2026 09:12:33 +0200", "2026-04-14T09:12:33+02:00"),
        row("Tue, 14 Apr 2026 09:12:33 +0200 CEST", "2026-04-14T09:12:33+02:00"),
        row("  Tue,\t14  Apr\r\n 2026   09:12:33\t+0200  ", "2026-04-14T09:12:33+02:00"),
        row("Tue,14 Apr 2026 09:12:33 +0200", "2026-04-14T09:12:33+02:00"),
        // other layouts: IMAP, asctime, ISO-8601
        row("14-Apr-2026 09:12:33 +0200", "2026-04-14T09:12:33+02:00"),
        row("Tue Apr 14 07:12:33 2026", "2026-04-14T07:12:33Z"),
        row("2026-04-14T09:12:33+02:00", "2026-04-14T09:12:33+02:00"),
        row("2026-04-14T09:12:33Z", "2026-04-14T09:12:33Z"),
        row("2026-04-14T09:12:33.250-05:00", "2026-04-14T09:12:33.250-05:00"),
        row("2026-04-14 09:12:33 +0200", "2026-04-14T09:12:33+02:00"),
        row("2026-04-14T09:12", "2026-04-14T09:12:00Z"),
        // refused
        row(null, null),
        row("", null),
        row(" \t\r\n ", null),
        row("garbage", null),
        row("Funday, 14 Apr 2026 09:12:33 +0200", null),
        row("Tue, 14 Foo 2026 09:12:33 +0200", null),
        row("Tue, 14 Apr 2026", null),
        row("2026-04-14", null),
        row("Tue, 14 Apr 2026 25:00:00 +0200", null),
        row("Tue, 14 Apr 2026 24:00:00 +0200", null),
        row("Tue, 14 Apr 2026 09:60:00 +0200", null),
        row("Tue, 14 Apr 2026 09:12:61 +0200", null),
        row("Tue, 14 Apr 2026 9:5 +0200", null),
        row("Tue, 32 Apr 2026 09:12:33 +0200", null),
        row("Tue, 31 Apr 2026 09:12:33 +0200", null),
        row("Sun, 29 Feb 2026 09:12:33 +0200", null),
        row("Tue, 00 Apr 2026 09:12:33 +0200", null),
        row("2026-13-14T09:12:33Z", null),
        row("Tue, 14 Apr 99999 09:12:33 +0200", null),
        row("Tue, 14 Apr 6 09:12:33 +0200", null),
        row("Tue, 14 Apr 2026 09:12:33 +2", null),
        row("Tue, 14 Apr 2026 09:12:33 +020", null),
        row("Tue, 14 Apr 2026 09:12:33 +02000", null),
        row("Tue, 14 Apr 2026 09:12:33 +1801", null),
        row("Tue, 14 Apr 2026 09:12:33 -1900", null),
        row("Tue, 14 Apr 2026 09:12:33 +0260", null),
        row("Tue, 14 Apr 2026 09:12:33 +0200 +0200", null),
        row("Tue, 14 Apr 2026 09:12:33 Europe/Oslo", null),
        row("Tue, 14 Apr 2026 09:12:33 EST+0500", null),
        row("Tue, 14 Apr 2026 13:00 PM +0000", null),
        row("Tue, 14 Apr 2026 09:12:33 +0200" + "9".repeat(100_000), null));
  }

  private static Arguments row(String input, String expected) {
    return Arguments.of(input, expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("dates")
  void parsesDateValues(String input, String expected) {
    Optional<OffsetDateTime> expectedDate = Optional.ofNullable(expected).map(OffsetDateTime::parse);
    assertEquals(expectedDate, MailDates.parse(input));
  }

  @Test
  void keepsTheSendersOffsetRatherThanNormalising() {
    OffsetDateTime date = MailDates.parse("Tue, 14 Apr 2026 22:15:00 +0200").orElseThrow();
    assertEquals(22, date.getHour());
    assertEquals("+02:00", date.getOffset().getId());
  }

  // ---- Received ------------------------------------------------------------------------------------

  static Stream<Arguments> receivedValues() {
    return Stream.of(
        row(
            "from mx.example.com (mx.example.com [192.0.2.1]) by mail.fjordlys.no (Postfix) with ESMTPS"
                + " id 4F2A1; Tue, 14 Apr 2026 09:12:33 +0200 (CEST)",
            "2026-04-14T09:12:33+02:00"),
        row(
            "from mx.example.com (mx.example.com [192.0.2.1])\r\n"
                + "\tby mail.fjordlys.no (Postfix) with ESMTPS id 4F2A1\r\n"
                + "\tfor <kari@fjordlys.no>; Tue, 14 Apr 2026 09:12:33 +0200 (CEST)",
            "2026-04-14T09:12:33+02:00"),
        row(
            "from client (helo=laptop; auth=plain) by smtp.example.com with ESMTPSA\r\n"
                + " id 1a2B3c; for <ola@example.com>;\r\n"
                + " Mon, 13 Apr 2026 17:45:10 -0500",
            "2026-04-13T17:45:10-05:00"),
        row(
            "by mail.fjordlys.no with LMTP id x; Tue, 14 Apr 2026 09:12:33 +0200 (CEST; envelope-from a)",
            "2026-04-14T09:12:33+02:00"),
        row(
            "from broken (unclosed comment by mx; Tue, 14 Apr 2026 09:12:33 +0200",
            "2026-04-14T09:12:33+02:00"),
        row("by mx.example.com;Tue, 14 Apr 2026 07:12:33 GMT", "2026-04-14T07:12:33Z"),
        row("from x by y with SMTP id 12345", null),
        row("from x by y; garbage", null),
        row("from x by y;", null),
        row("", null),
        row(null, null));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("receivedValues")
  void parsesTheDateAfterTheLastSemicolonOfReceived(String input, String expected) {
    Optional<OffsetDateTime> expectedDate = Optional.ofNullable(expected).map(OffsetDateTime::parse);
    assertEquals(expectedDate, MailDates.parseReceived(input));
  }

  // ---- asctime -------------------------------------------------------------------------------------

  static Stream<Arguments> asctimeValues() {
    return Stream.of(
        row("Tue Apr 14 07:12:33 2026", "2026-04-14T07:12:33Z"),
        row("Sat Apr  4 07:12:33 2026", "2026-04-04T07:12:33Z"),
        row("Tue Apr 14 07:12 2026", "2026-04-14T07:12:00Z"),
        row("Tue Apr 14 07:12:33 2026 +0200", "2026-04-14T05:12:33Z"),
        row("Tue Apr 14 07:12:33 2026 UTC", "2026-04-14T07:12:33Z"),
        row("Tue Apr 14 07:12:33 CEST 2026", "2026-04-14T05:12:33Z"),
        row("Tue Apr 14 07:12:33 -0500 2026", "2026-04-14T12:12:33Z"),
        row("tue apr 14 07:12:33 2026\n", "2026-04-14T07:12:33Z"),
        row("Tue, 14 Apr 2026 09:12:33 +0200", "2026-04-14T07:12:33Z"),
        row("Tue Apr 14 07:12:33", null),
        row("Tue Apr 14 2026", null),
        row("Tue Apr 31 07:12:33 2026", null),
        row("Tue Apr 14 07:12:33 2026 +0200 +0200", null),
        row("From kari@fjordlys.no", null),
        row("", null),
        row(null, null));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("asctimeValues")
  void parsesAsctimeAsUtcUnlessAZoneIsGiven(String input, String expected) {
    Optional<Instant> expectedInstant = Optional.ofNullable(expected).map(Instant::parse);
    assertEquals(expectedInstant, MailDates.parseAsctime(input));
  }

  // ---- isAbsurd ------------------------------------------------------------------------------------

  private static final Instant REFERENCE = Instant.parse("2026-04-14T12:00:00Z");

  @Test
  void datesBefore1990AreAbsurd() {
    assertTrue(MailDates.isAbsurd(OffsetDateTime.parse("1989-12-31T23:59:59Z"), REFERENCE));
    assertTrue(MailDates.isAbsurd(OffsetDateTime.parse("1970-01-01T00:00Z"), REFERENCE));
    assertFalse(MailDates.isAbsurd(OffsetDateTime.parse("1990-01-01T00:00Z"), REFERENCE));
    // the bound is an instant: local new year in Oslo is still 1989 in UTC
    assertTrue(MailDates.isAbsurd(OffsetDateTime.parse("1990-01-01T00:30+01:00"), REFERENCE));
    assertFalse(MailDates.isAbsurd(OffsetDateTime.parse("1989-12-31T19:00-05:00"), REFERENCE));
  }

  @Test
  void datesMoreThanTwoDaysAfterTheReferenceAreAbsurd() {
    assertFalse(MailDates.isAbsurd(OffsetDateTime.parse("2026-04-14T12:00Z"), REFERENCE));
    assertFalse(MailDates.isAbsurd(OffsetDateTime.parse("2026-04-16T12:00Z"), REFERENCE));
    assertFalse(MailDates.isAbsurd(OffsetDateTime.parse("2026-04-16T14:00+02:00"), REFERENCE));
    assertTrue(MailDates.isAbsurd(OffsetDateTime.parse("2026-04-16T12:00:00.000000001Z"), REFERENCE));
    assertTrue(MailDates.isAbsurd(OffsetDateTime.parse("2026-04-16T12:00:01Z"), REFERENCE));
    assertTrue(MailDates.isAbsurd(OffsetDateTime.parse("2026-04-16T13:00:01+01:00"), REFERENCE));
    assertTrue(MailDates.isAbsurd(OffsetDateTime.parse("2038-01-19T03:14:08Z"), REFERENCE));
  }

  @Test
  void pastDatesAfter1990AreNotAbsurd() {
    assertFalse(MailDates.isAbsurd(OffsetDateTime.parse("2001-09-09T01:46:40Z"), REFERENCE));
  }

  @Test
  void extremeReferencesDoNotOverflow() {
    assertFalse(MailDates.isAbsurd(OffsetDateTime.parse("2026-04-14T12:00Z"), Instant.MAX));
    assertFalse(MailDates.isAbsurd(OffsetDateTime.MAX, Instant.MAX));
    assertTrue(MailDates.isAbsurd(OffsetDateTime.parse("2026-04-14T12:00Z"), Instant.MIN));
    assertTrue(MailDates.isAbsurd(OffsetDateTime.MIN, REFERENCE));
  }

  @Test
  void nullArgumentsToIsAbsurdAreMisuse() {
    OffsetDateTime date = OffsetDateTime.parse("2026-04-14T12:00Z");
    assertThrows(NullPointerException.class, () -> MailDates.isAbsurd(null, REFERENCE));
    assertThrows(NullPointerException.class, () -> MailDates.isAbsurd(date, null));
  }
}
