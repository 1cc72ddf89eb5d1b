package dev.clientlens.report;

import static dev.clientlens.report.Reports.number;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.classify.History;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** The columns of {@code clients-monthly.csv}, in order: one row per client and calendar month with mail. */
enum MonthlyColumn implements Column<History.Month> {
  CLIENT(true, r -> metrics(r).client().value()),
  MONTH(false, r -> r.month().month().toString()),
  MESSAGES_IN(false, r -> Integer.toString(metrics(r).messagesIn())),
  MESSAGES_OUT(false, r -> Integer.toString(metrics(r).messagesOut())),
  MEDIAN_CLIENT_REPLY_HOURS(false, r -> number(metrics(r).clientReplyHours())),
  MEDIAN_OUR_REPLY_HOURS(false, r -> number(metrics(r).ourReplyHours())),
  NUDGE_RATE(false, r -> withMail(r, ClientMetrics::nudgeRate)),
  AFTER_HOURS_SHARE(false, r -> withMail(r, ClientMetrics::afterHoursShare)),
  WEEKEND_SHARE(false, r -> withMail(r, ClientMetrics::weekendShare)),
  HANDS_ON(false, r -> score(r, ClientScores::handsOn)),
  UNTRUSTING(false, r -> score(r, ClientScores::untrusting)),
  DIY_EXPERT(false, r -> score(r, ClientScores::diyExpert)),
  FIRE_RISK(false, r -> score(r, ClientScores::fireRisk));

  private final Fill<History.Month> fill;

  MonthlyColumn(boolean text, Function<History.Month, String> cell) {
    fill = Fill.of(text, cell);
  }

  @Override
  public Fill<History.Month> fill() {
    return fill;
  }

  private static ClientMetrics metrics(History.Month row) {
    return row.month().metrics();
  }

  /** A share of the client's messages that month; empty when the client wrote none. */
  private static String withMail(History.Month row, ToDoubleFunction<ClientMetrics> share) {
    return metrics(row).messagesIn() == 0 ? "" : number(share.applyAsDouble(metrics(row)));
  }

  /** A score of the month; empty when the month is not scored. */
  private static String score(History.Month row, ToDoubleFunction<ClientScores> score) {
    return row.scores().map(s -> number(score.applyAsDouble(s))).orElse("");
  }
}
