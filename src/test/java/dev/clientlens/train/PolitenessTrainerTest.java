package dev.clientlens.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.analyse.politeness.Politeness;
import dev.clientlens.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole training pipeline on an 800-request slice of the corpus (the full run takes too long here). */
class PolitenessTrainerTest {
  @TempDir
  Path dir;

  private static Path sample() throws URISyntaxException {
    return Path.of(PolitenessTrainerTest.class.getResource("/politeness/sample.csv").toURI());
  }

  @Test
  void trainsOnASliceBeatsChanceOnHeldOutFoldsAndWritesAModelThatLoads() throws Exception {
    PolitenessTrainer.Result result = PolitenessTrainer.train(sample(), dir);
    System.out.println("sample: " + result);

    assertEquals(400, result.examples(), "top and bottom quartile of 800 rows");
    assertTrue(result.accuracy() > 0.55, "cross-validated accuracy " + result.accuracy());
    assertTrue(result.stdDev() >= 0 && result.baselineAccuracy() > 0);
    String report = Files.readString(dir.resolve("politeness.md"));
    assertTrue(report.contains("java -jar target/clientlens.jar train politeness"), report);
    assertTrue(report.contains("| strategies + words + pairs |"), report);

    try (InputStream nb = ModelResources.classPath().open("/models/politeness-nb.txt")) {
      Files.copy(nb, dir.resolve("politeness-nb.txt"));
    }
    Politeness politeness = Politeness.read(ModelResources.folder(dir));
    Nlp nlp = new Nlp(Analyser.Models.load().nlp());
    double thanks = politeness.score(nlp.sentences("Thank you so much for your help!", Language.ENGLISH),
        Language.ENGLISH);
    assertTrue(thanks > -1 && thanks < 1, "score " + thanks);
  }

  @Test
  void sameDataGivesTheSameModelByteForByte() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    PolitenessTrainer.train(sample(), first);
    PolitenessTrainer.train(sample(), second);
    assertArrayEquals(Files.readAllBytes(first.resolve("politeness-en.txt")),
        Files.readAllBytes(second.resolve("politeness-en.txt")));
    assertArrayEquals(Files.readAllBytes(first.resolve("politeness.md")),
        Files.readAllBytes(second.resolve("politeness.md")));
  }

  @Test
  void aCorpusWithoutTheScoreColumnIsRejectedWithItsName() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "Id,Request\n1,Hello there\n");
    IOException e = assertThrows(IOException.class, () -> PolitenessTrainer.train(csv, dir.resolve("out")));
    assertTrue(e.getMessage().startsWith(csv + ": no column 'Normalized Score'"), e.getMessage());
  }
}
