package dev.clientlens.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One message a conversation decides to send, before any words are chosen: what it does, who writes it and
 * when, the deadline it promises or refers to, whether it is a reply without threading headers, whether the
 * recipient files a second copy of it, and the holiday an out-of-office notice refers to.
 */
record Step(
    Move move,
    Side side,
    Instant at,
    Person author,
    Optional<LocalDate> due,
    boolean unlinked,
    boolean duplicate,
    Optional<Away> away) {

  Step {
    if (move == null || side == null || at == null || author == null) {
      throw new IllegalArgumentException("step: move, side, time and author are required");
    }
  }

  static Step of(Move move, Side side, Instant at, Person author) {
    return new Step(move, side, at, author, Optional.empty(), false, false, Optional.empty());
  }

  Step at(Instant time) {
    return new Step(move, side, time, author, due, unlinked, duplicate, away);
  }

  Step due(LocalDate day) {
    return new Step(move, side, at, author, Optional.of(day), unlinked, duplicate, away);
  }

  Step asUnlinked() {
    return new Step(move, side, at, author, due, true, duplicate, away);
  }

  Step duplicated() {
    return new Step(move, side, at, author, due, unlinked, true, away);
  }

  Step away(Away window) {
    return new Step(move, side, at, author, due, unlinked, duplicate, Optional.of(window));
  }

  /** Files this step becomes: a duplicated message is filed twice. */
  int files() {
    return duplicate ? 2 : 1;
  }
}
