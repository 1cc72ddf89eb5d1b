package dev.clientlens.analyse.cue;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import dev.clientlens.train.CueEvaluation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scores the cue rules against the hand-labelled sentences in {@code src/test/resources/cues/} and prints
 * the table (all lines and the held-out part) with every line the rules got wrong.
 */
class CueDetectorEvaluationTest {
  private static final double MIN_RECALL = 0.9;
  private static final double MAX_NEUTRAL_FALSE_ALARMS = 0.05;

  private static Nlp nlp;
  private static CueDetector detector;

  @BeforeAll
  static void load() {
    Analyser.Models models = Analyser.Models.load();
    nlp = new Nlp(models.nlp());
    detector = models.cues();
  }

  static CueEvaluation evaluate(String file, Language language) throws IOException {
    try (InputStream in = CueDetectorEvaluationTest.class.getResourceAsStream("/cues/" + file)) {
      assertNotNull(in, "/cues/" + file + " is not on the test class path");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return CueEvaluation.run(file, reader, language, nlp, detector);
    }
  }

  @ParameterizedTest
  @CsvSource({"en.tsv, ENGLISH", "nb.tsv, NORWEGIAN"})
  void everyCueIsFoundAndNeutralSentencesRarelyRaiseOne(String file, Language language) throws IOException {
    CueEvaluation evaluation = evaluate(file, language);
    System.out.println(evaluation.table());
    for (CueEvaluation.Outcome mistake : evaluation.mistakes()) {
      System.out.printf(Locale.ROOT, "  %s:%d%s expected %s found %s: %s%n", file, mistake.line(),
          mistake.heldOut() ? " [held-out]" : "", mistake.expected(), mistake.found(), mistake.text());
    }

    CueEvaluation.Scores all = evaluation.all();
    List<Executable> checks = new ArrayList<>();
    for (Cue cue : Cue.values()) {
      checks.add(() -> assertTrue(all.recall(cue) >= MIN_RECALL,
          file + ": recall of " + cue.label() + " is " + all.recall(cue)));
    }
    checks.add(() -> assertTrue(all.neutralFalseAlarmRate() <= MAX_NEUTRAL_FALSE_ALARMS,
        file + ": neutral false-alarm rate is " + all.neutralFalseAlarmRate()));
    assertAll(checks);
  }
}
