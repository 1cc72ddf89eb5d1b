package dev.clientlens.analyse.cue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.analyse.nlp.NlpModels;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trained cue model as the detector reads it: columns by label, calibrated decisions, explanations. */
class CueModelTest {
  private static Nlp nlp;
  @TempDir Path dir;

  @BeforeAll
  static void load() throws IOException {
    nlp = new Nlp(NlpModels.read(ModelResources.classPath()));
  }

  /** A folder with the shipped rule files and an English model of two features, columns in this order. */
  private CueDetector detector(List<Cue> columns) throws IOException {
    for (String file : List.of("cues-en.txt", "cues-nb.txt", "words-en.txt", "words-nb.txt")) {
      Files.write(dir.resolve(file), ModelResources.classPath().lines("/models/" + file));
    }
    StringBuilder model = new StringBuilder("# a test model\ncues");
    columns.forEach(cue -> model.append(' ').append(cue.label()));
    StringBuilder plattA = new StringBuilder("platt-a");
    StringBuilder plattB = new StringBuilder("platt-b");
    StringBuilder threshold = new StringBuilder("threshold");
    StringBuilder bias = new StringBuilder("bias");
    StringBuilder thanks = new StringBuilder("w=thanks");
    StringBuilder asap = new StringBuilder("w=asap");
    for (Cue cue : columns) {
      plattA.append(" 1");
      plattB.append(" 0");
      threshold.append(" 0.5");
      bias.append(" -3");
      thanks.append(cue == Cue.GRATITUDE ? " 5" : " 0");
      asap.append(cue == Cue.URGENCY ? " 5" : " 0");
    }
    Files.writeString(dir.resolve("cue-model-en.txt"), String.join("\n", model, plattA, plattB, threshold, bias,
        thanks, asap) + "\n");
    return CueDetector.read(ModelResources.folder(dir));
  }

  private static Sentence english(String text) {
    return nlp.sentence(text, Language.ENGLISH).orElseThrow();
  }

  @Test
  void reorderingTheColumnsCannotMislabelACue() throws IOException {
    List<Cue> shuffled = new ArrayList<>(List.of(Cue.values()));
    Collections.shuffle(shuffled, new Random(11));
    for (List<Cue> columns : List.of(List.of(Cue.values()), shuffled)) {
      CueDetector detector = detector(columns);
      assertEquals(Set.of(Cue.GRATITUDE), detector.cues(english("Many thanks for the draft.")), columns.toString());
      assertEquals(Set.of(Cue.URGENCY), detector.cues(english("We need the file asap.")), columns.toString());
      assertEquals(Set.of(), detector.cues(english("The office is on the third floor.")), columns.toString());
    }
  }

  @Test
  void explainGivesTheProbabilityAndTheFeatureThatRaisedIt() throws IOException {
    Map<Cue, String> why = detector(List.of(Cue.values())).explain(english("Many thanks for the draft."));
    assertEquals(Set.of(Cue.GRATITUDE), why.keySet());
    // sigmoid(5 - 3) = 0.88; the rule for thanks matched as well
    assertTrue(why.get(Cue.GRATITUDE).startsWith("gratitude p=0.88: rule cues-en.txt:"), why.toString());
    assertTrue(why.get(Cue.GRATITUDE).endsWith("; w=thanks +5.00"), why.toString());
  }

  /** The test model with a {@code decided-by} line that leaves urgency to the rules. */
  private CueDetector urgencyByRules() throws IOException {
    return urgencyDecidedBy("rules");
  }

  /** The test model with a {@code decided-by} line that leaves urgency to {@code decider}. */
  private CueDetector urgencyDecidedBy(String decider) throws IOException {
    detector(List.of(Cue.values()));
    Path model = dir.resolve("cue-model-en.txt");
    StringBuilder decided = new StringBuilder("decided-by");
    for (Cue cue : Cue.values()) {
      decided.append(cue == Cue.URGENCY ? " " + decider : " model");
    }
    Files.writeString(model, Files.readString(model).replace("\nbias ", "\n" + decided + "\nbias "));
    return CueDetector.read(ModelResources.folder(dir));
  }

  @Test
  void aCueDecidedByTheRulesIsTheRulesAnswerWhateverItsWeights() throws IOException {
    CueDetector detector = urgencyByRules();
    // the rules find urgency here and the model's two words do not
    Sentence pressed = english("Could you send me the numbers as soon as possible?");
    assertTrue(detector.rulesOnly().cues(pressed).contains(Cue.URGENCY));
    assertEquals(Set.of(Cue.URGENCY), detector.cues(pressed));
    assertTrue(detector.explain(pressed).get(Cue.URGENCY).startsWith("urgency (the rules decide this cue): rule "),
        detector.explain(pressed).toString());
    // the model's weight for "asap" no longer decides urgency: the rules do not know "asap" alone
    Sentence asap = english("We need the file asap.");
    assertEquals(detector.rulesOnly().cues(asap).contains(Cue.URGENCY), detector.cues(asap).contains(Cue.URGENCY));
    // the other cues are still the model's
    assertEquals(Set.of(Cue.GRATITUDE), detector.cues(english("Many thanks for the draft.")));
  }

  @Test
  void aDecidedByLineWithAnotherWordIsRefused() throws IOException {
    urgencyByRules();
    Path model = dir.resolve("cue-model-en.txt");
    Files.writeString(model, Files.readString(model).replace("decided-by rules", "decided-by maybe"));
    IOException e = assertThrows(IOException.class, () -> CueDetector.read(ModelResources.folder(dir)));
    assertTrue(e.getMessage().contains("decided by model, rules or either, not maybe"), e.getMessage());
  }

  @Test
  void aCueDecidedByEitherIsFoundByTheRulesOrByTheModel() throws IOException {
    urgencyDecidedBy("either");
    // one more word the model weighs for urgency, which the rules do not know
    Path model = dir.resolve("cue-model-en.txt");
    StringBuilder weights = new StringBuilder("w=pronto");
    for (Cue cue : Cue.values()) {
      weights.append(cue == Cue.URGENCY ? " 5" : " 0");
    }
    Files.writeString(model, Files.readString(model) + weights + "\n");
    CueDetector detector = CueDetector.read(ModelResources.folder(dir));
    // the rules find urgency here and the model's words do not
    Sentence pressed = english("Could you send me the numbers as soon as possible?");
    assertEquals(Set.of(Cue.URGENCY), detector.cues(pressed));
    assertTrue(detector.explain(pressed).get(Cue.URGENCY).startsWith("urgency (found by the rules; the rules or the model "
        + "decide this cue): rule "), detector.explain(pressed).toString());
    // the model finds it from "pronto", which the rules do not know
    Sentence pronto = english("Send it over pronto.");
    assertFalse(detector.rulesOnly().cues(pronto).contains(Cue.URGENCY));
    assertEquals(Set.of(Cue.URGENCY), detector.cues(pronto));
    assertTrue(detector.explain(pronto).get(Cue.URGENCY).startsWith("urgency p=0.88: "), detector.explain(pronto).toString());
    assertEquals(Set.of(), detector.cues(english("The office is on the third floor.")));
  }

  @Test
  void aModelFileNamingAnUnknownCueIsRefusedWithItsLine() throws IOException {
    detector(List.of(Cue.values()));
    Path model = dir.resolve("cue-model-en.txt");
    Files.writeString(model, Files.readString(model).replace("cues urgency", "cues haste"));
    IOException e = assertThrows(IOException.class, () -> CueDetector.read(ModelResources.folder(dir)));
    assertTrue(e.getMessage().contains("cue-model-en.txt: line 2: unknown cue haste"), e.getMessage());
  }

  @Test
  void withoutAModelFileTheRulesDecide() throws IOException {
    CueDetector detector = detector(List.of(Cue.values()));
    Files.delete(dir.resolve("cue-model-en.txt"));
    CueDetector rules = CueDetector.read(ModelResources.folder(dir));
    Sentence sentence = english("Could you send me the numbers as soon as possible?");
    assertEquals(detector.rulesOnly().cues(sentence), rules.cues(sentence));
    assertTrue(rules.cues(sentence).contains(Cue.URGENCY));
  }
}
