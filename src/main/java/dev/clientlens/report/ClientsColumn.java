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
  CORRESPONDENTS(false),
  MESSAGES_PER_ACTIVE_WEEK(false),
  MEDIAN_CLIENT_REPLY_HOURS(false),
  MEDIAN_OUR_REPLY_HOURS(false),
  NUDGES(false),
  NUDGE_RATE(false),
  MEDIAN_HOURS_BEFORE_NUDGE(false),
  AFTER_HOURS_SHARE(false),
  WEEKEND_SHARE(false),
  OUR_OUTBOUND_SHARE(false);

  private final boolean text;

  ClientsColumn(boolean text) {
    this.text = text;
  }

  @Override
  public boolean isText() {
    return text;
  }
}
