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
  void mixedShortSwedishAndOtherTextGoToTheDetector() {
    assertNull(FunctionWords.obvious("Thanks! Takk!"));
    assertNull(FunctionWords.obvious("Hej, jag har inte fått fakturan och det är bråttom med svaret på frågan."));
    assertNull(FunctionWords.obvious("Bonjour, pouvez-vous m'envoyer le brouillon avant vendredi?"));
    assertNull(FunctionWords.obvious("Hallo, können Sie mir bitte den Entwurf bis Freitag schicken?"));
    assertNull(FunctionWords.obvious("The meeting er på fredag and we skal have det with you og dere."));
  }
}
