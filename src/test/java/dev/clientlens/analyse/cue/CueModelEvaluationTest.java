package dev.clientlens.analyse.cue;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped cue models against the rules alone, on the held-out sentences of {@code src/tools/data/cues}
 * (chosen before any training; see its README): "any difficult cue" (every cue but gratitude) must be
 * found with a better F1 than the rules find it, and no more neutral sentences may get a cue. The
 * figures themselves are in {@code models/cues-model.md}.
 */
@Tag("evaluation")
class CueModelEvaluationTest {
  private static final Path DATA = Path.of("src/tools/data/cues");

  /** Found and expected counts of "any difficult cue", and neutral sentences given a cue. */
  private static final class Tally {
    int expected;
    int found;
    int agreed;
    int neutral;
    int alarms;

    void add(Set<Cue> labels, Set<Cue> cues) {
      boolean want = labels.stream().anyMatch(c -> c != Cue.GRATITUDE);
      boolean got = cues.stream().anyMatch(c -> c != Cue.GRATITUDE);
      expected += want ? 1 : 0;
      found += got ? 1 : 0;
      agreed += want && got ? 1 : 0;
      if (labels.isEmpty()) {
        neutral++;
        alarms += cues.isEmpty() ? 0 : 1;
      }
    }

    double f1() {
      return agreed == 0 ? 0 : 2.0 * agreed / (expected + found);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f, %d of %d neutral given a cue",
          found == 0 ? 0 : (double) agreed / found, expected == 0 ? 0 : (double) agreed / expected, f1(), alarms,
          neutral);
    }
  }

  @ParameterizedTest
  @CsvSource({"en-real.tsv, en", "nb-written.tsv, nb", "nb-new-writers.tsv, nb"})
  void theModelFindsDifficultCuesBetterThanTheRulesWithNoMoreFalseAlarms(String file, String code)
      throws IOException {
    Language language = code.equals("en") ? Language.ENGLISH : Language.NORWEGIAN;
    Analyser.Models models = Analyser.Models.load();
    Nlp nlp = new Nlp(models.nlp());
    CueDetector detector = models.cues();
    CueDetector rules = detector.rulesOnly();
    Tally model = new Tally();
    Tally ruled = new Tally();
    List<String> lines = Files.readAllLines(DATA.resolve(file), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", -1);
      if (!fields[1].equals("heldout")) {
        continue;
      }
      Set<Cue> labels = EnumSet.noneOf(Cue.class);
      if (!fields[3].equals("-")) {
        for (String label : fields[3].split(",")) {
          labels.add(Cue.ofLabel(label).orElseThrow());
        }
      }
      Optional<Sentence> sentence = nlp.sentence(fields[4], language);
      model.add(labels, sentence.map(detector::cues).orElse(Set.of()));
      ruled.add(labels, sentence.map(rules::cues).orElse(Set.of()));
    }
    System.out.println(file + " held out: model " + model + "; rules " + ruled);
    assertAll(
        () -> assertTrue(model.expected >= 20, "held-out difficult sentences: " + model.expected),
        () -> assertTrue(model.f1() > ruled.f1(), "model " + model + ", rules " + ruled),
        () -> assertTrue(model.alarms <= ruled.alarms, "model " + model + ", rules " + ruled));
  }
}
