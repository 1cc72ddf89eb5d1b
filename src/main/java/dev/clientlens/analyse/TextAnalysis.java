package dev.clientlens.analyse;

import dev.clientlens.domain.Language;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the analysis found in one message's clean text.
 *
 * @param languageCode ISO 639-1 code where there is one ({@code en}, {@code nb}, {@code de}), {@code und}
 *     when the text is too short to tell, empty when there was no text
 * @param sentences how many sentences the text has, and one more when the tone was analysed with a closing
 *     of thanks cut from the text (so no cue count exceeds it)
 * @param cues sentences per cue (none for text whose tone is not analysed, such as our own mail)
 * @param politeness in [-1, 1], for English and Norwegian client text; empty otherwise
 * @param deadlines the moments the text names as deadlines, resolved against the message date
 * @param depth how far the text was analysed: what lies beyond it was not looked for ({@link #NONE} is
 *     {@link Analyser.Depth#NOTHING})
 */
public record TextAnalysis(
    Language language, String languageCode, int sentences, CueCounts cues, OptionalDouble politeness,
    List<OffsetDateTime> deadlines, Analyser.Depth depth) {
  public static final TextAnalysis NONE =
      new TextAnalysis(Language.OTHER, "", 0, CueCounts.NONE, OptionalDouble.empty(), List.of(), Analyser.Depth.NOTHING);

  public TextAnalysis {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(languageCode, "languageCode");
    Objects.requireNonNull(cues, "cues");
    Objects.requireNonNull(politeness, "politeness");
    deadlines = List.copyOf(deadlines);
    Objects.requireNonNull(depth, "depth");
    if (politeness.isPresent() && (politeness.getAsDouble() < -1 || politeness.getAsDouble() > 1)) {
      throw new IllegalArgumentException("text analysis: politeness outside [-1, 1]: " + politeness.getAsDouble());
    }
  }

  /** The same findings, marked as analysed to {@code newDepth} (a blank text has nothing more to find). */
  TextAnalysis to(Analyser.Depth newDepth) {
    return new TextAnalysis(language, languageCode, sentences, cues, politeness, deadlines, newDepth);
  }
}
