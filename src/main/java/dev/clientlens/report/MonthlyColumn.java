package dev.clientlens.report;

/** The columns of {@code clients-monthly.csv}, in order: one row per client and calendar month with mail. */
public enum MonthlyColumn implements Column {
  CLIENT(true),
  MONTH(false),
  MESSAGES_IN(false),
  MESSAGES_OUT(false),
  MEDIAN_CLIENT_REPLY_HOURS(false),
  MEDIAN_OUR_REPLY_HOURS(false),
  NUDGE_RATE(false),
  AFTER_HOURS_SHARE(false),
  WEEKEND_SHARE(false),
  HANDS_ON(false),
  UNTRUSTING(false),
  DIY_EXPERT(false),
  FIRE_RISK(false);

  private final boolean text;

  MonthlyColumn(boolean text) {
    this.text = text;
  }

  @Override
  public boolean isText() {
    return text;
  }
}
