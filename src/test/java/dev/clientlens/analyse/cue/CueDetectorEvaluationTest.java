package dev.clientlens.analyse.cue;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import dev.clientlens.train.CueEvaluation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scores the cue rules against the hand-labelled sentences in {@code src/test/resources/cues/} and prints
 * the table (all lines and the held-out part) with every line the rules got wrong.
 */
@Tag("evaluation")
class CueDetectorEvaluationTest {
  private static final double MIN_RECALL = 0.9;
  private static final double MAX_NEUTRAL_FALSE_ALARMS = 0.05;

  @ParameterizedTest
  @CsvSource({"en.tsv, ENGLISH", "nb.tsv, NORWEGIAN"})
  void everyCueIsFoundAndNeutralSentencesRarelyRaiseOne(String file, Language language) throws IOException {
    CueEvaluation evaluation = LabelledCues.evaluate(file, language);

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
