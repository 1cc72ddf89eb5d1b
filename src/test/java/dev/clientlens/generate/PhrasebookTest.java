package dev.clientlens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhrasebookTest {
  private static final Set<String> SLOTS = Set.of("name", "a_thing", "the_thing", "project", "day", "version",
      "invoice", "amount", "manager", "field", "weekday", "time", "company", "colleague", "back", "contact");

  @Test
  void everyIntentHasSeveralDistinctPhrasingsInBothLanguages() {
    for (Language language : Language.values()) {
      Phrasebook book = Phrasebook.of(language);
      for (Intent intent : Intent.values()) {
        List<String> phrasings = book.all(intent);
        assertTrue(phrasings.size() >= 3, language + " " + intent + ": " + phrasings.size());
        assertEquals(phrasings.size(), new HashSet<>(phrasings).size(), language + " " + intent + " has repeats");
      }
    }
  }

  @Test
  void cueIntentsHaveRealVariety() {
    for (Intent intent : List.of(Intent.NUDGE, Intent.CHECKIN_DEADLINE, Intent.DISTRUST, Intent.CONTROL,
        Intent.EXPERTISE, Intent.PRESCRIPTIVE, Intent.REVISION, Intent.SCOPE, Intent.PAYMENT, Intent.GRATITUDE)) {
      for (Language language : Language.values()) {
        assertTrue(Phrasebook.of(language).all(intent).size() >= 6, language + " " + intent);
      }
      assertEquals(Phrasebook.of(Language.EN).all(intent).size(), Phrasebook.of(Language.NO).all(intent).size(),
          intent + ": both languages say the same things");
    }
  }

  @Test
  void templatesUseOnlyKnownSlots() {
    Pattern slot = Pattern.compile("\\{([^}]*)}");
    for (Language language : Language.values()) {
      for (Intent intent : Intent.values()) {
        for (String phrasing : Phrasebook.of(language).all(intent)) {
          Matcher m = slot.matcher(phrasing);
          while (m.find()) {
            assertTrue(SLOTS.contains(m.group(1)), language + " " + intent + ": {" + m.group(1) + "}");
          }
        }
      }
    }
  }

  @Test
  void someSentencesStartWithFromSoMboxEscapingIsExercised() {
    assertTrue(Phrasebook.of(Language.EN).all(Intent.CONTROL).stream().anyMatch(p -> p.startsWith("From ")));
    assertTrue(Phrasebook.of(Language.EN).all(Intent.EXPERTISE).stream().anyMatch(p -> p.startsWith("From ")));
  }
}
