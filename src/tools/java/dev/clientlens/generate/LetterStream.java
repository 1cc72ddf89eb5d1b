package dev.clientlens.generate;

import java.time.Instant;
import java.util.List;

/** A source of letters in time order; the simulation merges many of them into one chronological mailbox. */
interface LetterStream {
  boolean hasNext();

  /** When the next letter is sent; only valid while {@link #hasNext()}. */
  Instant nextAt();

  /** The next letter, or two when the same message is filed twice. */
  List<Letter> next();
}
