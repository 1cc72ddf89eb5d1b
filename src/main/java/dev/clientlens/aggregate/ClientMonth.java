package dev.clientlens.aggregate;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One client's metrics over one calendar month (by each message's own date and offset): counts, timing and
 * cue rates of that month's mail, with replies, nudges and check-ins in the month they were written, and
 * {@link ClientMetrics#ourOutboundShare} as a share of all our mail to clients that month.
 */
public record ClientMonth(YearMonth month, ClientMetrics metrics) {
  public ClientMonth {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(metrics, "metrics");
  }
}
