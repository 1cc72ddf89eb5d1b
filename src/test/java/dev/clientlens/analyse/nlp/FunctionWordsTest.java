package dev.clientlens.analyse.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {
  @Test
  void plainEnglishAndPlainNorwegianAreSettledWithoutTheDetector() {
    assertEquals(Nlp.ENGLISH, FunctionWords.obvious("Hi Ingrid, can you send me the draft? We would like to have it on Friday."));
    assertEquals(Nlp.NORWEGIAN, FunctionWords.obvious("Hei Ingrid, kan du sende meg utkastet? Vi vil gjerne ha det på fredag."));
  }

  @Test
  void aShortTextNeedsOnlyTwoFunctionWordsOfOneLanguageAndNoneOfTheOther() {
    assertEquals(Nlp.ENGLISH, FunctionWords.obvious("Are you there?"));
    assertEquals(Nlp.ENGLISH, FunctionWords.obvious("where are you?????"));
    assertEquals(Nlp.NORWEGIAN, FunctionWords.obvious("Kan du ringe meg?"));
    assertNull(FunctionWords.obvious("Vi har to møter i dag."), "a word of both lists leaves it to the detector");
    assertEquals(Nlp.ENGLISH, FunctionWords.obvious("Thanks, Scott"), "in up to 30 characters one will do");
    assertEquals(Nlp.NORWEGIAN, FunctionWords.obvious("Takk!"));
    assertNull(FunctionWords.obvious("Please see attached invoice list now."), "beyond 30 characters one is not enough");
    assertNull(FunctionWords.obvious("Where are you? " + "Quarterly figures follow below; totals attached. ".repeat(3)),
        "a longer text needs four");
  }

  @Test
  void mixedShortSwedishAndOtherTextGoToTheDetector() {
    assertNull(FunctionWords.obvious("Thanks! Takk!"));
    assertNull(FunctionWords.obvious("Hej, jag har inte fått fakturan och det är bråttom med svaret på frågan."));
    assertNull(FunctionWords.obvious("Bonjour, pouvez-vous m'envoyer le brouillon avant vendredi?"));
    assertNull(FunctionWords.obvious("Hallo, können Sie mir bitte den Entwurf bis Freitag schicken?"));
    assertNull(FunctionWords.obvious("The meeting er på fredag and we skal have det with you og dere."));
  }
}
