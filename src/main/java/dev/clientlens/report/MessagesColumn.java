package dev.clientlens.report;

/** The columns of {@code messages.csv}, in order: one row per message read, whatever became of it. */
public enum MessagesColumn implements Column {
  LOCATION(true),
  FOLDER(true),
  MESSAGE_ID(true),
  DATE(false),
  DATE_SOURCE(false),
  FROM(true),
  CLIENT(true),
  COUNTED_AS(false),
  REASON(true),
  THREAD(false),
  ATTACHMENTS(false),
  LANG(false),
  SENTENCES(false),
  POLITENESS(false),
  URGENCY(false),
  CHECKIN(false),
  CALL_REQUEST(false),
  DISTRUST(false),
  CONTROL(false),
  EXPERTISE(false),
  PRESCRIPTIVE(false),
  REVISION(false),
  SCOPE(false),
  PAYMENT(false),
  GRATITUDE(false),
  NOTES(true);

  private final boolean text;

  MessagesColumn(boolean text) {
    this.text = text;
  }

  @Override
  public boolean isText() {
    return text;
  }
}
