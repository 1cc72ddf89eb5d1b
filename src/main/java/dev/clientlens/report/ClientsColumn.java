package dev.clientlens.report;

import static dev.clientlens.report.Reports.number;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.domain.Cue;
import java.util.function.Function;

/** The columns of {@code clients.csv}, in order. */
enum ClientsColumn implements Column<ClientRow> {
  CLIENT(true, m -> m.client().value()),
  DISPLAY_NAME(true, ClientMetrics::displayName),
  MESSAGES_IN(false, m -> Integer.toString(m.messagesIn())),
  MESSAGES_OUT(false, m -> Integer.toString(m.messagesOut())),
  THREADS(false, m -> Integer.toString(m.threads())),
  FIRST_SEEN(false, m -> Reports.timestamp(m.firstSeen())),
  LAST_SEEN(false, m -> Reports.timestamp(m.lastSeen())),
  HANDS_ON(r -> r.score(ClientScores::handsOn), false),
  UNTRUSTING(r -> r.score(ClientScores::untrusting), false),
  DIY_EXPERT(r -> r.score(ClientScores::diyExpert), false),
  FIRE_RISK(r -> r.score(ClientScores::fireRisk), false),
  PRIMARY_ARCHETYPE(r -> r.scores().map(s -> s.primaryArchetype().label()).orElse(""), true),
  EVIDENCE(r -> r.scores().map(ClientScores::evidence).orElse(r.unscored()), true),
  RELATIONSHIP(true, m -> m.relationship().label()),
  CORRESPONDENTS(false, m -> Integer.toString(m.correspondents())),
  MESSAGES_PER_ACTIVE_WEEK(false, m -> number(m.messagesPerActiveWeek())),
  MEDIAN_CLIENT_REPLY_HOURS(false, m -> number(m.clientReplyHours())),
  MEDIAN_OUR_REPLY_HOURS(false, m -> number(m.ourReplyHours())),
  NUDGES(false, m -> Integer.toString(m.nudges())),
  NUDGE_RATE(false, m -> number(m.nudgeRate())),
  MEDIAN_HOURS_BEFORE_NUDGE(false, m -> number(m.hoursBeforeNudge())),
  AFTER_HOURS_SHARE(false, m -> number(m.afterHoursShare())),
  WEEKEND_SHARE(false, m -> number(m.weekendShare())),
  OUR_OUTBOUND_SHARE(false, m -> number(m.ourOutboundShare())),
  PRE_DEADLINE_CHECKINS(false, m -> Integer.toString(m.preDeadlineCheckins())),
  MEAN_POLITENESS(false, m -> number(m.meanPoliteness())),
  URGENCY_RATE(Cue.URGENCY),
  CHECKIN_RATE(Cue.CHECKIN),
  CALL_REQUEST_RATE(Cue.CALL_REQUEST),
  DISTRUST_RATE(Cue.DISTRUST),
  CONTROL_RATE(Cue.CONTROL),
  EXPERTISE_RATE(Cue.EXPERTISE),
  PRESCRIPTIVE_RATE(Cue.PRESCRIPTIVE),
  REVISION_RATE(Cue.REVISION),
  SCOPE_RATE(Cue.SCOPE),
  PAYMENT_RATE(Cue.PAYMENT),
  GRATITUDE_RATE(Cue.GRATITUDE),
  MEDIAN_CLIENT_REPLY_WORK_HOURS(false, m -> number(m.clientReplyWorkHours())),
  MEDIAN_OUR_REPLY_WORK_HOURS(false, m -> number(m.ourReplyWorkHours()));

  private final Fill<ClientRow> fill;

  /** A column of the client's metrics. */
  ClientsColumn(boolean text, Function<ClientMetrics, String> cell) {
    fill = Fill.of(text, row -> cell.apply(row.metrics()));
  }

  /** A column of the client's scores (empty when it is not scored), or why it is not scored. */
  ClientsColumn(Function<ClientRow, String> cell, boolean text) {
    fill = Fill.of(text, cell);
  }

  /** The share of the client's messages that show {@code cue}; empty when none was read for tone. */
  ClientsColumn(Cue cue) {
    fill = Fill.of(cue, (row, c) -> row.metrics().cueRates().isEmpty() ? "" : number(row.metrics().cueRates().get(c)));
  }

  @Override
  public Fill<ClientRow> fill() {
    return fill;
  }
}
