package dev.clientlens.analyse.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.domain.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped Norwegian models, through the same adapters the pipeline uses. Expected tags are UPOS as
 * the Norwegian UD treebank uses them (modal and perfect "kan", "må", "har" are AUX, so is the copula
 * "er"; "ha" of possession is VERB; "ikke" is PART; "at", "om" (whether), "før", "mens" joining clauses
 * are SCONJ), worked out from the grammar of each sentence, not read off the tagger.
 */
class NorwegianNlpTest {
  private static Nlp nlp;

  @BeforeAll
  static void loadModels() {
    NlpModels models = Analyser.Models.load().nlp();
    assertTrue(models.hasNorwegianModels(), "models/nb-*.bin must be on the class path");
    nlp = new Nlp(models);
  }

  @Test
  void splitsAGreetingAQuestionAndASentenceWithAbbreviations() {
    List<Sentence> sentences = nlp.sentences(
        "Hei Ingrid! Kan du sende rapporten innen fredag? Vi trenger den f.eks. til styremøtet kl. 14.",
        Language.NORWEGIAN);

    assertEquals(List.of("Hei Ingrid!", "Kan du sende rapporten innen fredag?",
        "Vi trenger den f.eks. til styremøtet kl. 14."), sentences.stream().map(Sentence::text).toList());
    assertTrue(sentences.get(2).tokens().contains("f.eks."), sentences.get(2).tokens()::toString);
    assertTrue(sentences.get(2).tokens().contains("kl."), sentences.get(2).tokens()::toString);
    assertEquals("AUX", tagOf(sentences.get(1), "Kan"));
    assertEquals("VERB", tagOf(sentences.get(1), "sende"));
  }

  @Test
  void aDateWithAnOrdinalDoesNotEndTheSentence() {
    List<Sentence> sentences = nlp.sentences("Lever utkastet innen 12. mars. Takk!", Language.NORWEGIAN);

    assertEquals(List.of("Lever utkastet innen 12. mars.", "Takk!"),
        sentences.stream().map(Sentence::text).toList());
  }

  @Test
  void tagsAreUniversalDependenciesTags() {
    List<String> universal = List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
        "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
    for (Sentence sentence : nlp.sentences("Vi har ikke mottatt fakturaen på 12 500 kr ennå, og det haster!",
        Language.NORWEGIAN)) {
      assertTrue(universal.containsAll(sentence.tags()), sentence.tags()::toString);
    }
  }

  /**
   * Hand-checked sentences with the tags of their key words: {@code word=TAG} must come out so;
   * {@code word~TAG} is what grammar says but the tagger is known to miss (see {@code models/nb-models.md}),
   * counted only in {@link #keyWordsAreRightOverall()}.
   */
  static final List<String[]> BUSINESS_MAIL = List.of(
      new String[] {"Send meg et oppdatert tilbud så snart som mulig.",
          "Send=VERB meg=PRON tilbud=NOUN mulig=ADJ"},
      new String[] {"Jeg må dessverre be om en rabatt på prisen.",
          "Jeg=PRON må=AUX dessverre=ADV be=VERB rabatt=NOUN prisen=NOUN"},
      new String[] {"Er du sikker på at tallene stemmer?",
          "Er=AUX du=PRON sikker=ADJ at=SCONJ tallene=NOUN stemmer=VERB"},
      new String[] {"Jeg vil godkjenne hvert steg før dere går videre.",
          "vil=AUX godkjenne=VERB steg=NOUN før=SCONJ går=VERB"},
      new String[] {"Ring meg i morgen, er du snill.",
          "Ring=VERB meg=PRON er=AUX snill=ADJ"},
      new String[] {"Betalingen kommer dessverre litt senere enn avtalt.",
          "Betalingen=NOUN kommer=VERB dessverre=ADV"},
      new String[] {"Kan dere legge til en ekstra side mens dere holder på?",
          "Kan=AUX dere=PRON legge=VERB side=NOUN mens=SCONJ"},
      new String[] {"Fakturaen må betales innen 30 dager.",
          "Fakturaen=NOUN må=AUX betales=VERB innen=ADP 30=NUM dager=NOUN"},
      new String[] {"Jeg har selv jobbet med design i mange år, så jeg vet hva som fungerer.",
          "har=AUX jobbet=VERB design=NOUN vet=VERB fungerer=VERB"},
      new String[] {"Takk for raskt svar, Ingrid!",
          "Takk=NOUN svar=NOUN Ingrid=PROPN"},
      // Perfect "har" with "ikke" between it and the participle: the tagger takes it for "ha" = own.
      new String[] {"Vi har ikke mottatt fakturaen ennå.",
          "Vi=PRON har~AUX ikke=PART mottatt=VERB fakturaen=NOUN"},
      // "Har" = own, opening a question: most such questions in the treebank are perfect tense.
      new String[] {"Har dere noen oppdatering på saken?",
          "Har~VERB dere=PRON oppdatering=NOUN saken=NOUN"},
      // "om" = whether is rarer in the treebank than the preposition "om".
      new String[] {"Kan du sjekke om den er sendt?",
          "Kan=AUX sjekke=VERB om~SCONJ er=AUX sendt=VERB"});

  static Stream<Arguments> businessMail() {
    return BUSINESS_MAIL.stream().map(entry -> Arguments.of(entry[0], entry[1]));
  }

  @ParameterizedTest
  @MethodSource("businessMail")
  void tagsKeyWordsOfBusinessMail(String text, String keyWords) {
    Sentence sentence = onlySentence(text);
    List<String> wrong = new ArrayList<>();
    for (String key : keyWords.split(" ")) {
      String[] wordAndTag = key.split("=");
      if (wordAndTag.length == 2 && !wordAndTag[1].equals(tagOf(sentence, wordAndTag[0]))) {
        wrong.add(wordAndTag[0] + " " + tagOf(sentence, wordAndTag[0]) + " (expected " + wordAndTag[1] + ")");
      }
    }
    assertEquals(List.of(), wrong, () -> "tokens " + sentence.tokens() + ", tags " + sentence.tags());
  }

  @Test
  void keyWordsAreRightOverall() {
    int keys = 0;
    List<String> wrong = new ArrayList<>();
    for (String[] entry : BUSINESS_MAIL) {
      Sentence sentence = onlySentence(entry[0]);
      for (String key : entry[1].split(" ")) {
        String[] wordAndTag = key.split("[=~]");
        keys++;
        if (!wordAndTag[1].equals(tagOf(sentence, wordAndTag[0]))) {
          wrong.add(wordAndTag[0] + " in \"" + entry[0] + "\"");
        }
      }
    }
    assertTrue(BUSINESS_MAIL.size() >= 8 && keys >= 50, "enough hand-checked cases");
    assertTrue(wrong.size() <= keys / 10, () -> wrong.size() + " of the key words are wrong: " + wrong);
  }

  private static Sentence onlySentence(String text) {
    List<Sentence> sentences = nlp.sentences(text, Language.NORWEGIAN);
    assertEquals(1, sentences.size(), () -> "one sentence: " + sentences);
    return sentences.get(0);
  }

  private static String tagOf(Sentence sentence, String word) {
    int index = sentence.tokens().indexOf(word);
    assertTrue(index >= 0, () -> word + " is not a token of " + sentence.tokens());
    return sentence.tags().get(index);
  }
}
