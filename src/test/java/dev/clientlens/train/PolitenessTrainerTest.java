package dev.clientlens.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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
    assertTrue(result.acrossCommunities() > 0 && result.acrossCommunities() <= 1
        && result.acrossCommunitiesStdDev() >= 0 && result.baselineAcrossCommunities() > 0
        && result.baselineAcrossCommunitiesStdDev() >= 0, result::toString);
    assertTrue(report.contains("### Across communities"), report);
    assertTrue(report.contains("(Stack Overflow, "), "the largest community is fold 1: " + report);

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
  void communitiesAreHeldOutWholeTheLargestAloneTheOthersDealtEvenly() {
    List<String> communities = communities();
    List<Integer> folds = PolitenessTrainer.foldsByCommunity(communities, 5, PolitenessTrainer.SEED);

    assertEquals(communities.size(), folds.size());
    Map<String, Integer> foldOf = foldOf(communities, folds);
    assertEquals(0, foldOf.get("big"), "the largest community is fold 0");
    Map<Integer, Integer> perFold = new TreeMap<>();
    foldOf.forEach((community, fold) -> perFold.merge(fold, 1, Integer::sum));
    assertEquals(Map.of(0, 1, 1, 3, 2, 3, 3, 3, 4, 3), perFold, "big alone, 12 others dealt 3 to each fold");
  }

  @Test
  void theFoldsDependOnTheSeedAndTheCommunitiesNotOnTheOrderOfTheExamples() {
    List<String> communities = communities();
    List<String> reordered = new ArrayList<>(communities);
    Collections.shuffle(reordered, new Random(99));
    Map<String, Integer> first = foldOf(communities,
        PolitenessTrainer.foldsByCommunity(communities, 5, PolitenessTrainer.SEED));

    assertEquals(first, foldOf(communities, PolitenessTrainer.foldsByCommunity(communities, 5,
        PolitenessTrainer.SEED)));
    assertEquals(first, foldOf(reordered, PolitenessTrainer.foldsByCommunity(reordered, 5,
        PolitenessTrainer.SEED)));
    assertNotEquals(first, foldOf(communities, PolitenessTrainer.foldsByCommunity(communities, 5, 1)),
        "another seed deals the communities differently");
  }

  @Test
  void fewerCommunitiesThanFoldsCannotBeDealt() {
    assertThrows(IllegalArgumentException.class,
        () -> PolitenessTrainer.foldsByCommunity(List.of("a", "b", "b", "c", "d"), 5, PolitenessTrainer.SEED));
  }

  /** 50 examples of "big", then c01 ... c12 with 1 to 12 examples each, interleaved. */
  private static List<String> communities() {
    List<String> communities = new ArrayList<>(Collections.nCopies(50, "big"));
    for (int round = 0; round < 12; round++) {
      for (int c = 1; c <= 12; c++) {
        if (round < c) {
          communities.add(String.format(Locale.ROOT, "c%02d", c));
        }
      }
    }
    return communities;
  }

  /** Each community's fold, failing if any community's examples were given more than one fold. */
  private static Map<String, Integer> foldOf(List<String> communities, List<Integer> folds) {
    Map<String, Integer> foldOf = new TreeMap<>();
    for (int i = 0; i < communities.size(); i++) {
      Integer earlier = foldOf.putIfAbsent(communities.get(i), folds.get(i));
      if (earlier != null) {
        assertEquals(earlier, folds.get(i), communities.get(i) + " is split across folds");
      }
    }
    return foldOf;
  }

  @Test
  void aCorpusWithoutTheScoreColumnIsRejectedWithItsName() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "Id,Request\n1,Hello there\n");
    IOException e = assertThrows(IOException.class, () -> PolitenessTrainer.train(csv, dir.resolve("out")));
    assertTrue(e.getMessage().startsWith(csv + ": no column 'Normalized Score'"), e.getMessage());
  }
}
