package dev.clientlens.parse;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the date-times of mail headers and mbox separator lines, keeping the offset the sender wrote,
 * because after-hours and weekend shares are judged in the sender's own local time.
 */
final class MailDates {

  /** Real Date values are well under 100 characters; anything this long is not a date. */
  private static final int MAX_DATE_LENGTH = 512;

  private static final Instant EARLIEST_PLAUSIBLE =
      OffsetDateTime.of(1990, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

  private static final Duration MAX_AHEAD = Duration.ofDays(2);

  /** Beyond this, {@code reference + MAX_AHEAD} would overflow; no date can be that far ahead. */
  private static final Instant LATEST_BOUNDED_REFERENCE = Instant.MAX.minus(MAX_AHEAD);

  private MailDates() {}

  /**
   * Parses an RFC 5322 (or common malformed) Date value, keeping its own offset. Empty if it cannot be
   * read.
   *
   * <p>Besides the RFC form this reads weekday and month names in any case (full English names and
   * Norwegian ones too), asctime and US order, ISO-8601, {@code AM}/{@code PM}, {@code GMT+02:00} and the
   * obsolete zone names. A missing or unknown zone gives {@code +00:00}, which keeps the written
   * wall-clock time. Never throws.
   */
  static Optional<OffsetDateTime> parse(String headerValue) {
    if (headerValue == null || headerValue.length() > MAX_DATE_LENGTH) {
      return Optional.empty();
    }
    return MailDateParser.parse(headerValue);
  }

  /**
   * The date-time after the last ';' of a Received header value ("from x by y; Tue, 14 Apr 2026 09:12:33
   * +0200"). A ';' inside a trailing comment does not count. Never throws.
   */
  static Optional<OffsetDateTime> parseReceived(String receivedValue) {
    if (receivedValue == null) {
      return Optional.empty();
    }
    int outside = lastSemicolonOutsideComments(receivedValue);
    int last = receivedValue.lastIndexOf(';');
    Optional<OffsetDateTime> date =
        outside < 0 ? Optional.empty() : parse(receivedValue.substring(outside + 1));
    if (date.isEmpty() && last > outside) {
      // parentheses that do not balance (a stray ')' in a host name) misled the comment count
      date = parse(receivedValue.substring(last + 1));
    }
    return date;
  }

  /**
   * True when a date is absurd for mail: before 1990-01-01T00:00Z, or more than 2 days after {@code
   * reference} (the delivery time or now). Exactly 2 days ahead is still plausible (clock skew).
   *
   * @throws NullPointerException if either argument is null
   */
  static boolean isAbsurd(OffsetDateTime date, Instant reference) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reference, "reference");
    Instant instant = date.toInstant();
    if (instant.isBefore(EARLIEST_PLAUSIBLE)) {
      return true;
    }
    return !reference.isAfter(LATEST_BOUNDED_REFERENCE) && instant.isAfter(reference.plus(MAX_AHEAD));
  }

  /**
   * asctime form used on mbox separator lines: "Tue Apr 14 07:12:33 2026" (UTC), optionally with a
   * trailing zone/offset. The zone may also stand before the year, as date(1) writes it, and the forms
   * {@link #parse} reads are accepted too since some tools write those. Never throws.
   */
  static Optional<Instant> parseAsctime(String text) {
    return parse(text).map(OffsetDateTime::toInstant);
  }

  private static int lastSemicolonOutsideComments(String value) {
    int depth = 0;
    int last = -1;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && depth > 0) {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == ';' && depth == 0) {
        last = i;
      }
    }
    return last;
  }
}
