package dev.clientlens.analyse.cue;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.domain.Language;
import dev.clientlens.train.CueEvaluation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The hand-labelled sentences of {@code src/test/resources/cues/}, scored by the shipped cue rules alone:
 * these tests pin the rules down. The sentence models, trained on part of these files, are measured on
 * held-out data in {@link CueModelEvaluationTest} and {@code models/cues-model.md}.
 */
final class LabelledCues {
  private static Nlp nlp;
  private static CueDetector detector;

  private LabelledCues() {}

  /** Scores one labelled file, whose texts are in {@code language}, and prints the table and every mistake. */
  static synchronized CueEvaluation evaluate(String file, Language language) throws IOException {
    if (detector == null) {
      Analyser.Models models = Analyser.Models.load();
      nlp = new Nlp(models.nlp());
      detector = models.cues().rulesOnly();
    }
    CueEvaluation evaluation;
    try (InputStream in = LabelledCues.class.getResourceAsStream("/cues/" + file)) {
      assertNotNull(in, "/cues/" + file + " is not on the test class path");
      evaluation = CueEvaluation.run(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
          language, nlp, detector);
    }
    System.out.println(evaluation.table());
    for (CueEvaluation.Outcome mistake : evaluation.mistakes()) {
      System.out.printf(Locale.ROOT, "  %s:%d%s expected %s found %s: %s%n", file, mistake.line(),
          mistake.heldOut() ? " [held-out]" : "", mistake.expected(), mistake.found(), mistake.text());
    }
    return evaluation;
  }
}
