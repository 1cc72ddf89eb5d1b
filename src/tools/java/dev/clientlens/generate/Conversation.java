package dev.clientlens.generate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A thread being written: its script decides the next step, its writer renders it. */
final class Conversation implements LetterStream {
  private final ThreadScript script;
  private final ThreadWriter writer;
  private Optional<Step> pending;

  Conversation(Cast cast, ThreadPlan plan, Period period, Schedule us) {
    this.script = new ThreadScript(at -> cast.party(plan.party(), at), plan, period, cast.owner(), us);
    this.writer = new ThreadWriter(cast, script, period, us);
    this.pending = script.next();
  }

  int party() {
    return script.party().index();
  }

  @Override
  public boolean hasNext() {
    return pending.isPresent();
  }

  @Override
  public Instant nextAt() {
    return pending.orElseThrow().at();
  }

  @Override
  public List<Letter> next() {
    List<Letter> letters = writer.write(pending.orElseThrow());
    pending = script.next();
    return letters;
  }
}
