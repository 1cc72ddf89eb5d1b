package dev.clientlens.report;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.domain.Cue;
import java.util.function.Function;

/** The columns of {@code messages.csv}, in order: one row per message read, whatever became of it. */
enum MessagesColumn implements Column<MessageRow> {
  LOCATION(true, MessageRow::location),
  FOLDER(true, MessageRow::folder),
  MESSAGE_ID(true, MessageRow::messageId),
  DATE(false, MessageRow::date),
  DATE_SOURCE(false, MessageRow::dateSource),
  FROM(true, MessageRow::from),
  CLIENT(true, MessageRow::client),
  COUNTED_AS(false, MessageRow::countedAs),
  REASON(true, MessageRow::reason),
  THREAD(false, MessageRow::thread),
  ATTACHMENTS(false, r -> Integer.toString(r.attachments())),
  LANG(false, r -> r.analysis().languageCode()),
  SENTENCES(false, r -> r.analysis().depth().covers(Analyser.Depth.DEADLINES)
      ? Integer.toString(r.analysis().sentences()) : ""),
  POLITENESS(false, r -> Reports.number(r.analysis().politeness())),
  URGENCY(Cue.URGENCY),
  CHECKIN(Cue.CHECKIN),
  CALL_REQUEST(Cue.CALL_REQUEST),
  DISTRUST(Cue.DISTRUST),
  CONTROL(Cue.CONTROL),
  EXPERTISE(Cue.EXPERTISE),
  PRESCRIPTIVE(Cue.PRESCRIPTIVE),
  REVISION(Cue.REVISION),
  SCOPE(Cue.SCOPE),
  PAYMENT(Cue.PAYMENT),
  GRATITUDE(Cue.GRATITUDE),
  NOTES(true, MessageRow::notes);

  private final Fill<MessageRow> fill;

  MessagesColumn(boolean text, Function<MessageRow, String> cell) {
    fill = Fill.of(text, cell);
  }

  /**
   * How many sentences show {@code cue}; empty for a message not analysed for tone (what was not looked
   * for is not written as none found).
   */
  MessagesColumn(Cue cue) {
    fill = Fill.of(cue, (row, c) -> row.analysis().depth().covers(Analyser.Depth.TONE)
        ? Integer.toString(row.analysis().cues().count(c)) : "");
  }

  @Override
  public Fill<MessageRow> fill() {
    return fill;
  }
}
