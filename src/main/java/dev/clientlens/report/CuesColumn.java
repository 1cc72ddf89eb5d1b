package dev.clientlens.report;

import dev.clientlens.domain.Cue;
import java.util.function.Function;

/** The columns of the {@code cues} command's output, in order; {@code why} only with {@code --explain}. */
enum CuesColumn implements Column<CuesRow> {
  LINE(false, r -> Long.toString(r.line())),
  LANG(true, r -> r.analysis().languageCode()),
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
  WHY(true, r -> String.join(" | ", r.why()));

  private final Fill<CuesRow> fill;

  CuesColumn(boolean text, Function<CuesRow, String> cell) {
    fill = Fill.of(text, cell);
  }

  /** How many sentences show {@code cue}. */
  CuesColumn(Cue cue) {
    fill = Fill.count(cue, CuesRow::analysis);
  }

  @Override
  public Fill<CuesRow> fill() {
    return fill;
  }
}
