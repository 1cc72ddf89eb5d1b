package dev.clientlens.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trains on a 300-sentence slice of the treebank (a few seconds) and checks what the run leaves behind. */
class NorwegianModelsTest {
  @TempDir
  static Path models;
  static NorwegianModels.Evaluation evaluation;

  @BeforeAll
  static void trainOnTheSample() throws IOException, URISyntaxException {
    Path data = Path.of(NorwegianModelsTest.class.getResource("/train/nb-sample.conllu").toURI()).getParent();
    evaluation = NorwegianModels.train(data, models);
  }

  @Test
  void holdsOutEveryTenthSentence() {
    assertEquals(270, evaluation.trainSentences());
    assertEquals(30, evaluation.heldOutSentences());
  }

  @Test
  void scoresAboveFloorsEvenOnASmallSample() {
    // The full data scores about 0.92, 0.998 and 0.95; a tenth of it less, but not much less.
    assertTrue(evaluation.posAccuracy() > 0.85, () -> "POS accuracy " + evaluation.posAccuracy());
    assertTrue(evaluation.tokenF1() > 0.97, () -> "token F1 " + evaluation.tokenF1());
    assertTrue(evaluation.sentenceF1() > 0.7, () -> "sentence F1 " + evaluation.sentenceF1());
  }

  @Test
  void writesTheModelsTheCardAndTheLicence() throws IOException {
    for (String file : List.of(NorwegianModels.SENTENCES_FILE, NorwegianModels.TOKENS_FILE,
        NorwegianModels.POS_FILE, NorwegianModels.CARD_FILE, NorwegianModels.LICENSE_FILE)) {
      assertTrue(Files.size(models.resolve(file)) > 0, file);
    }
    String card = Files.readString(models.resolve(NorwegianModels.CARD_FILE));
    assertTrue(card.contains("CC BY-SA 4.0"), card);
    assertTrue(card.contains("java -jar target/clientlens.jar train nlp-nb"), card);
    assertTrue(card.contains(String.format(Locale.ROOT, "%.4f", evaluation.posAccuracy())), card);
    assertTrue(card.contains("**270** sentences for training, **30** held out"), card);
  }

  @Test
  void writtenModelsLoadAndTagInUniversalTags() throws IOException {
    TokenizerME tokenizer = new TokenizerME(new TokenizerModel(models.resolve(NorwegianModels.TOKENS_FILE)));
    POSTaggerME tagger = new POSTaggerME(new POSModel(models.resolve(NorwegianModels.POS_FILE)));

    String[] tokens = tokenizer.tokenize("Vi kan f.eks. møtes kl. 10, sa han.");

    assertEquals(List.of("Vi", "kan", "f.eks.", "møtes", "kl.", "10", ",", "sa", "han", "."), List.of(tokens));
    assertTrue(List.of(tagger.getAllPosTags()).containsAll(List.of("NOUN", "VERB", "AUX", "PRON", "PUNCT")));
  }

  @Test
  void aFolderWithoutConlluFilesIsBadInput(@TempDir Path empty) {
    IOException e = assertThrows(IOException.class, () -> NorwegianModels.train(empty, models));
    assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
    assertThrows(IOException.class, () -> NorwegianModels.train(empty.resolve("missing"), models));
  }

  @ParameterizedTest
  @CsvSource({
      "sende, send", "ringe, ring", "bekrefte, bekreft", "oppdatere, oppdater", "komme, kom", "gjøre, gjør",
      "fjerne, fjern", "endre, endre", "åpne, åpne", "sykle, sykle", "gå, gå", "ta, ta", "være, vær",
      "spørre, spør", "Sende, send"})
  void imperativeIsSpeltFromTheInfinitive(String infinitive, String imperative) {
    assertEquals(imperative, Imperatives.imperative(infinitive));
  }

  @Test
  void evaluationRejectsScoresOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> new NorwegianModels.Evaluation(9, 1, 1.2, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new NorwegianModels.Evaluation(9, 1, 1, Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> new NorwegianModels.Evaluation(9, 0, 1, 1, 1));
  }
}
