package dev.clientlens.analyse;

import dev.clientlens.domain.Cue;
import java.util.Objects;

/**
 * One sentence of a message's clean text that shows a cue, for {@code --evidence-text}: the only value
 * that carries mail text past the analysis, and it is never stored.
 *
 * @param position the sentence's index in the message's clean text, from 0
 * @param text the sentence on one line (runs of white space, line breaks included, become one space)
 */
public record CueSentence(Cue cue, int position, String text) {
  public CueSentence {
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(text, "text");
    if (position < 0) {
      throw new IllegalArgumentException("cue sentence: negative position " + position);
    }
    text = text.replaceAll("\\s+", " ").strip();
  }
}
