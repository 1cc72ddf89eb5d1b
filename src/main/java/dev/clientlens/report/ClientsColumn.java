package dev.clientlens.report;

/** The columns of {@code clients.csv}, in order. */
public enum ClientsColumn implements Column {
  CLIENT(true),
  DISPLAY_NAME(true),
  MESSAGES_IN(false),
  MESSAGES_OUT(false),
  THREADS(false),
  FIRST_SEEN(false),
  LAST_SEEN(false),
  HANDS_ON(false),
  UNTRUSTING(false),
  DIY_EXPERT(false),
  FIRE_RISK(false),
  PRIMARY_ARCHETYPE(true),
  EVIDENCE(true),
  RELATIONSHIP(true),
  CORRESPONDENTS(false),
  MESSAGES_PER_ACTIVE_WEEK(false),
  MEDIAN_CLIENT_REPLY_HOURS(false),
  MEDIAN_OUR_REPLY_HOURS(false),
  NUDGES(false),
  NUDGE_RATE(false),
  MEDIAN_HOURS_BEFORE_NUDGE(false),
  AFTER_HOURS_SHARE(false),
  WEEKEND_SHARE(false),
  OUR_OUTBOUND_SHARE(false),
  PRE_DEADLINE_CHECKINS(false),
  MEAN_POLITENESS(false),
  URGENCY_RATE(false),
  CHECKIN_RATE(false),
  CALL_REQUEST_RATE(false),
  DISTRUST_RATE(false),
  CONTROL_RATE(false),
  EXPERTISE_RATE(false),
  PRESCRIPTIVE_RATE(false),
  REVISION_RATE(false),
  SCOPE_RATE(false),
  PAYMENT_RATE(false),
  GRATITUDE_RATE(false),
  MEDIAN_CLIENT_REPLY_WORK_HOURS(false),
  MEDIAN_OUR_REPLY_WORK_HOURS(false);

  private final boolean text;

  ClientsColumn(boolean text) {
    this.text = text;
  }

  @Override
  public boolean isText() {
    return text;
  }
}
