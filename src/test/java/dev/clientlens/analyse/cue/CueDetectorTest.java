package dev.clientlens.analyse.cue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CueDetectorTest {
  private static Nlp nlp;
  private static CueDetector detector;

  @BeforeAll
  static void load() {
    Analyser.Models models = Analyser.Models.load();
    nlp = new Nlp(models.nlp());
    // the rules alone: what this test pins down (the sentence models are tested in CueModelTest)
    detector = models.cues().rulesOnly();
  }

  /** The cues of a whole text, sentences split and tagged by the real NLP stage. */
  private static Set<Cue> cues(String text, Language language) {
    Set<Cue> found = EnumSet.noneOf(Cue.class);
    for (Sentence sentence : nlp.sentences(text, language)) {
      found.addAll(detector.cues(sentence));
    }
    return found;
  }

  private static Set<Cue> english(String text) {
    return cues(text, Language.ENGLISH);
  }

  private static Set<Cue> norwegian(String text) {
    return cues(text, Language.NORWEGIAN);
  }

  /** A sentence with the given tokens and tags, as a tokenizer or tagger might produce it. */
  private static Sentence sentence(String text, Language language, String tokens, String tags) {
    return new Sentence(text, Arrays.asList(tokens.split(" ")), Arrays.asList(tags.split(" ")), language);
  }

  // ---- negation ---------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"No rush at all.", "There's no hurry.", "This is not urgent.", "This isn't urgent.",
      "It’s not really that urgent.", "Whenever suits you is fine.", "Take your time with it.",
      "I can't wait to see it!"})
  void relaxedTimingIsNotUrgency(String text) {
    assertFalse(english(text).contains(Cue.URGENCY), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ingen hast.", "Det haster ikke.", "Det haster egentlig ikke.", "Ikke noe stress.",
      "Det er ingen hast, ta den tiden du trenger."})
  void norwegianRelaxedTimingIsNotUrgency(String text) {
    assertFalse(norwegian(text).contains(Cue.URGENCY), text);
  }

  @Test
  void theSameWordsWithoutNegationAreUrgency() {
    assertTrue(english("This is urgent.").contains(Cue.URGENCY));
    assertTrue(english("We're in a rush.").contains(Cue.URGENCY));
    assertTrue(norwegian("Det haster!").contains(Cue.URGENCY));
    assertTrue(norwegian("Dette kan ikke vente.").contains(Cue.URGENCY), "the negation is part of the cue");
  }

  @Test
  void negationStaysInItsClause() {
    assertEquals(EnumSet.of(Cue.CALL_REQUEST, Cue.URGENCY),
        english("It's not a big deal, but please call me asap."));
  }

  @Test
  void doubtNegatedIsNotDistrust() {
    assertFalse(english("I don't doubt that you know your stuff.").contains(Cue.DISTRUST));
    assertFalse(english("I don’t doubt it.").contains(Cue.DISTRUST), "curly apostrophe");
    assertFalse(norwegian("Jeg tviler ikke på at du kan faget ditt.").contains(Cue.DISTRUST));
    assertTrue(english("I doubt you can deliver by June.").contains(Cue.DISTRUST));
    assertTrue(norwegian("Jeg tviler på at dette vil fungere.").contains(Cue.DISTRUST));
  }

  @Test
  void negationThatIsTheCueItselfStands() {
    assertTrue(english("I can't thank you enough.").contains(Cue.GRATITUDE));
    assertTrue(norwegian("Jeg kan ikke takke deg nok.").contains(Cue.GRATITUDE));
    assertTrue(english("Nothing goes out without my approval.").contains(Cue.CONTROL));
    assertTrue(english("We won't pay until it's finished.").contains(Cue.PAYMENT));
    assertTrue(norwegian("Tallene dine stemmer ikke.").contains(Cue.DISTRUST));
  }

  @Test
  void thanksToIsNotGratitude() {
    assertFalse(english("Thanks to the new system we saved time.").contains(Cue.GRATITUDE));
    assertFalse(norwegian("Takket være det nye systemet sparte vi tid.").contains(Cue.GRATITUDE));
    assertTrue(english("Huge thanks to you and the team.").contains(Cue.GRATITUDE));
  }

  // ---- imperatives ------------------------------------------------------------------------------

  @Test
  void craftInstructionsInTheImperativeArePrescriptive() {
    assertTrue(english("Change the font to Arial.").contains(Cue.PRESCRIPTIVE));
    assertTrue(english("Please, just swap the images on slide 3.").contains(Cue.PRESCRIPTIVE));
    assertTrue(english("Hi John, rewrite the headline so it sounds less formal.").contains(Cue.PRESCRIPTIVE));
    assertTrue(english("Don’t use stock photos.").contains(Cue.PRESCRIPTIVE));
  }

  @Test
  void imperativesAboutOtherThingsAreNotPrescriptive() {
    assertFalse(english("Send me the invoice.").contains(Cue.PRESCRIPTIVE));
    assertFalse(english("Call me when you're free.").contains(Cue.PRESCRIPTIVE));
    assertFalse(english("The font was changed last year.").contains(Cue.PRESCRIPTIVE));
  }

  @Test
  void theTaggerDecidesWhetherAListedVerbIsANoun() {
    Sentence noun = sentence("Style matters more than colour.", Language.ENGLISH, "Style matters more than colour .",
        "NOUN VERB ADJ ADP NOUN PUNCT");
    Sentence verb = sentence("Style the buttons in our colour.", Language.ENGLISH,
        "Style the buttons in our colour .", "VERB DET NOUN ADP PRON NOUN PUNCT");
    assertFalse(detector.cues(noun).contains(Cue.PRESCRIPTIVE));
    assertTrue(detector.cues(verb).contains(Cue.PRESCRIPTIVE));
  }

  @Test
  void norwegianImperativesWorkWithoutTags() {
    assertTrue(norwegian("Bruk en annen font.").contains(Cue.PRESCRIPTIVE));
    assertTrue(norwegian("Hei Anna, kort ned overskriften til fem ord.").contains(Cue.PRESCRIPTIVE));
    assertTrue(norwegian("Vennligst skriv om innledningen.").contains(Cue.PRESCRIPTIVE));
    assertFalse(norwegian("Bruk av farger er viktig for oss.").contains(Cue.PRESCRIPTIVE), "a noun");
    assertFalse(norwegian("Send meg fakturaen.").contains(Cue.PRESCRIPTIVE), "not about the craft");
  }

  @Test
  void norwegianTagsAreUsedOnceTheModelIsThere() {
    String text = "Tegn også en plakat.";
    Sentence untagged = sentence(text, Language.NORWEGIAN, "Tegn også en plakat .", "X X X X X");
    Sentence tagged = sentence(text, Language.NORWEGIAN, "Tegn også en plakat .", "VERB ADV DET NOUN PUNCT");
    assertFalse(detector.cues(untagged).contains(Cue.SCOPE), "an unlisted verb needs a tag to count");
    assertTrue(detector.cues(tagged).contains(Cue.SCOPE));

    String usage = "Bruk gjør teksten mer lesbar";
    Sentence noun = sentence(usage, Language.NORWEGIAN, usage, "NOUN VERB NOUN ADV ADJ");
    Sentence unknown = sentence(usage, Language.NORWEGIAN, usage, "X X X X X");
    assertFalse(detector.cues(noun).contains(Cue.PRESCRIPTIVE), "a noun followed by its verb");
    assertTrue(detector.cues(unknown).contains(Cue.PRESCRIPTIVE), "without tags the listed form is trusted");
  }

  // ---- tokens -----------------------------------------------------------------------------------

  @Test
  void contractionsSplitByAnotherTokenizerReadTheSame() {
    Sentence split = sentence("I don't doubt it", Language.ENGLISH, "I don ' t doubt it", "X X X X X X");
    Sentence whole = sentence("I doubt it", Language.ENGLISH, "I doubt it", "X X X");
    assertFalse(detector.cues(split).contains(Cue.DISTRUST));
    assertTrue(detector.cues(whole).contains(Cue.DISTRUST));
  }

  @Test
  void spellingVariantsHyphensAndTypos() {
    assertTrue(english("can u call me").contains(Cue.CALL_REQUEST));
    assertTrue(english("pls hurry").contains(Cue.URGENCY));
    assertTrue(english("It is time-sensitive.").contains(Cue.URGENCY));
    assertTrue(english("Nothing goes out without my aproval.").contains(Cue.CONTROL));
    assertTrue(english("Thnaks a lot!").contains(Cue.GRATITUDE));
    assertFalse(english("Its extensive network is great.").contains(Cue.PAYMENT), "a typo must not make a word");
    assertTrue(norwegian("Tussen takk!").contains(Cue.GRATITUDE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"I was thinking it would be fun to meet.", "Thinking through this, I agree.",
      "I am not up to speed on the current thinking.", "When are you thinking of meeting Beck?"})
  void aCommonWordIsNeverReadAsATypoOfARuleWord(String text) {
    // "thinking" is one vowel away from "thanking"; it is in models/words-en.txt, so it stays itself
    assertFalse(english(text).contains(Cue.GRATITUDE), text);
  }

  @Test
  void typosThatAreNoWordsAreStillForgiven() {
    assertTrue(english("We need this urgnetly.").contains(Cue.URGENCY));
    assertTrue(english("Much apreciated.").contains(Cue.GRATITUDE));
    assertTrue(english("I apprecaite it.").contains(Cue.GRATITUDE));
    assertTrue(english("Thanking you in advance.").contains(Cue.GRATITUDE));
  }

  @Test
  void decomposedLettersMatchComposedRules() {
    assertTrue(norwegian("Kan vi ta det pa\u030a Teams?").contains(Cue.CALL_REQUEST));
    assertTrue(norwegian("Jeg setter stor pris pa\u030a det.").contains(Cue.GRATITUDE));
  }

  @Test
  void emptyInputShowsNothing() {
    assertEquals(Set.of(), detector.cues(new Sentence("", List.of(), List.of(), Language.ENGLISH)));
    assertEquals(Set.of(), detector.cues(new Sentence("", List.of(), List.of(), Language.OTHER)));
    assertEquals(Set.of(), english(""));
    assertEquals(Set.of(), english(" \n\t "));
    assertTrue(detector.count(List.of()).values().stream().allMatch(n -> n == 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Привет, как дела? Срочно!", "你好，请尽快回复。", "مرحبا، شكرا جزيلا", "😡😡😡", "🙏",
      "!!!???...", "'", "-", "’’", "a-", "-a", "--", "e-", "\u0301", "\ud83d", "x\u0000y", "½ ² ⅞"})
  void oddTextNeverThrows(String text) {
    for (Language language : Language.values()) {
      for (Sentence sentence : nlp.sentences(text, language)) {
        detector.cues(sentence);
      }
      List<String> tokens = Arrays.asList(text.split(" "));
      detector.cues(new Sentence(text, tokens, Collections.nCopies(tokens.size(), "X"), language));
    }
  }

  @Test
  void emojiDoNotHideWords() {
    assertEquals(EnumSet.of(Cue.GRATITUDE, Cue.URGENCY), english("Thanks 🙏🙏 but I need it asap!!! 😡"));
  }

  @Test
  void tokensThatAreNotInTheTextAreStillRead() {
    Sentence odd = sentence("something else entirely", Language.ENGLISH, "this is urgent", "PRON AUX ADJ");
    assertEquals(Set.of(Cue.URGENCY), detector.cues(odd));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void veryLongSentencesAreReadInLinearTime() {
    int size = 200_000;
    List<String> tokens = new ArrayList<>(Collections.nCopies(size, "change"));
    tokens.set(size - 1, "asap");
    String text = String.join(" ", tokens);
    Sentence longOne = new Sentence(text, tokens, Collections.nCopies(size, "VERB"), Language.ENGLISH);
    assertTrue(detector.cues(longOne).contains(Cue.URGENCY));

    String glued = "ab".repeat(100_000);
    assertEquals(Set.of(), detector.cues(new Sentence(glued, List.of(glued), List.of("X"), Language.NORWEGIAN)));
  }

  // ---- counting and sharing ---------------------------------------------------------------------

  @Test
  void countsSentencesPerCue() {
    List<Sentence> sentences = nlp.sentences("Any update? We need this asap, it's urgent. Thanks!", Language.ENGLISH);
    Map<Cue, Integer> counts = detector.count(sentences);
    assertEquals(Cue.values().length, counts.size());
    assertEquals(1, counts.get(Cue.CHECKIN));
    assertEquals(1, counts.get(Cue.URGENCY), "two urgency words in one sentence count once");
    assertEquals(1, counts.get(Cue.GRATITUDE));
    assertEquals(0, counts.get(Cue.PAYMENT));
  }

  @Test
  void shortTextsOfUnknownLanguageTryBothRuleSets() {
    assertTrue(cues("Thanks!", Language.OTHER).contains(Cue.GRATITUDE));
    assertTrue(cues("Takk!", Language.OTHER).contains(Cue.GRATITUDE));
    assertTrue(cues("Any news?", Language.OTHER).contains(Cue.CHECKIN));
  }

  @Test
  void oneDetectorServesManyThreads() throws Exception {
    List<Sentence> sentences = new ArrayList<>();
    for (String text : List.of("Can you change the font to Arial asap?", "Tusen takk for hjelpen!",
        "I've cc'd my manager.", "Kan du ringe meg?", "We can't pay this month.", "The office is closed.")) {
      sentences.addAll(nlp.sentences(text, text.matches(".*(takk|ringe).*") ? Language.NORWEGIAN : Language.ENGLISH));
    }
    List<Set<Cue>> expected = sentences.stream().map(detector::cues).collect(Collectors.toList());
    List<Sentence> many = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      many.addAll(sentences);
    }
    List<Set<Cue>> parallel = many.parallelStream().map(detector::cues).collect(Collectors.toList());
    for (int i = 0; i < many.size(); i++) {
      assertEquals(expected.get(i % sentences.size()), parallel.get(i));
    }
  }
}
