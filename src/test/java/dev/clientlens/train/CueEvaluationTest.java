package dev.clientlens.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.cue.CueDetector;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueEvaluationTest {
  private static Nlp nlp;
  private static CueDetector detector;

  @BeforeAll
  static void load() {
    Analyser.Models models = Analyser.Models.load();
    nlp = new Nlp(models.nlp());
    detector = models.cues();
  }

  private static CueEvaluation run(String text) throws IOException {
    return CueEvaluation.run("t.tsv", new BufferedReader(new StringReader(text)), Language.ENGLISH, nlp, detector);
  }

  @Test
  void scoresRecallPrecisionAndNeutralFalseAlarms() throws IOException {
    CueEvaluation evaluation = run("# a comment\n"
        + "We need this asap.\turgency\n"
        + "Thanks, we need this asap.\turgency,gratitude\n"
        + "Can you call me?\tcall_request, urgency\n"
        + "\n"
        + "The office is closed.\t\n"
        + CueEvaluation.HELD_OUT_MARKER + "\n"
        + "We need this asap, sorry.\t\n"
        + "Thanks a lot!\t\n");

    CueEvaluation.Scores all = evaluation.all();
    assertEquals(6, all.texts());
    assertEquals(3, all.neutral());
    assertEquals(1, all.neutralFalseAlarms(), "gratitude in a neutral line is no false alarm");
    assertEquals(2.0 / 3, all.recall(Cue.URGENCY), 1e-9);
    assertEquals(2.0 / 3, all.precision(Cue.URGENCY), 1e-9);
    assertEquals(1.0, all.recall(Cue.CALL_REQUEST));
    assertTrue(Double.isNaN(all.recall(Cue.PAYMENT)));
    assertTrue(Double.isNaN(all.precision(Cue.PAYMENT)));

    CueEvaluation.Scores held = evaluation.heldOut();
    assertEquals(2, held.texts());
    assertEquals(0.5, held.neutralFalseAlarmRate());
    assertEquals(3, evaluation.mistakes().size());
    assertTrue(evaluation.table().contains("t.tsv: 6 texts (3 neutral), 2 of them held out (2 neutral)"),
        evaluation.table());
  }

  @Test
  void badLinesSayWhereAndWhatIsValid() {
    IOException tab = assertThrows(IOException.class, () -> run("ok\turgency\nno tab here\n"));
    assertEquals("t.tsv:2: no tab between the text and its cues", tab.getMessage());
    IOException label = assertThrows(IOException.class, () -> run("text\turgent\n"));
    assertTrue(label.getMessage().startsWith("t.tsv:1: unknown cue 'urgent'; valid cues: urgency, checkin,"),
        label.getMessage());
  }

  @Test
  void readsAFile(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("mine.tsv");
    Files.writeString(file, "Tusen takk!\tgratitude\n");
    CueEvaluation evaluation = CueEvaluation.run(file, Language.NORWEGIAN, nlp, detector);
    assertEquals("mine.tsv", evaluation.name());
    assertEquals(1.0, evaluation.all().recall(Cue.GRATITUDE));
  }
}
