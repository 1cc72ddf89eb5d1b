package dev.clientlens.analyse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Analyses one message's clean text: language, sentences, cues, politeness and stated deadlines. The
 * models are shared; an {@code Analyser} holds per-thread OpenNLP tools, so each worker makes its own.
 */
public final class Analyser {
  /** How much of a text to analyse: tone only for client mail; deadlines for every counted message. */
  public enum Depth {
    TONE_AND_DEADLINES,
    DEADLINES_ONLY
  }

  /** Everything loaded once per run and shared by all threads. */
  public record Models(NlpModels nlp, CueDetector cues, Politeness politeness, Deadlines deadlines) {
    public Models {
      Objects.requireNonNull(nlp, "nlp");
      Objects.requireNonNull(cues, "cues");
      Objects.requireNonNull(politeness, "politeness");
      Objects.requireNonNull(deadlines, "deadlines");
    }

    public static Models load() {
      return new Models(NlpModels.load(), CueDetector.load(), Politeness.load(), new Deadlines());
    }
  }

  private final Models models;
  private final Nlp nlp;

  public Analyser(Models models) {
    this.models = models;
    this.nlp = new Nlp(models.nlp());
  }

  public TextAnalysis analyse(String text, Optional<OffsetDateTime> date, Depth depth) {
    if (text.isBlank()) {
      return TextAnalysis.NONE;
    }
    Nlp.Detected detected = nlp.detect(text);
    Language language = detected.language();
    List<Sentence> sentences = nlp.sentences(text, language);
    List<OffsetDateTime> deadlines = date.isEmpty() || language == Language.OTHER
        ? List.of()
        : models.deadlines().find(sentences, date.get()).stream().map(Deadline::due).toList();
    if (depth == Depth.DEADLINES_ONLY || language == Language.OTHER) {
      return new TextAnalysis(language, detected.code(), sentences.size(), CueCounts.NONE, OptionalDouble.empty(),
          deadlines);
    }
    return new TextAnalysis(language, detected.code(), sentences.size(), CueCounts.of(models.cues().count(sentences)),
        OptionalDouble.of(models.politeness().score(sentences, language)), deadlines);
  }
}
