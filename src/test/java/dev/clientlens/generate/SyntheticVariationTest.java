package dev.clientlens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The synthetic preset departs from the textbook archetypes (mixed clients, polite difficult clients, blunt
 * easy clients) while the labels stay the primary archetype; the sample cast stays plain.
 */
class SyntheticVariationTest {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private static List<Party> clients(Cast cast) {
    return cast.parties().stream().filter(Party::isClient).toList();
  }

  @Test
  void aLargeSyntheticCastHasEachVariationInAboutItsShareAndOnlyWhereItBelongs() {
    GeneratorSettings settings = GeneratorSettings.synthetic(5, 1000, 1000);
    Cast cast = SyntheticCast.create(settings, Period.of(settings.start(), settings.months(), OSLO));
    int difficult = 0;
    int easyCalm = 0;
    int mixed = 0;
    int courteous = 0;
    int curt = 0;
    for (Party p : clients(cast)) {
      if (p.archetype() == Archetype.NONE) {
        assertEquals(Archetype.NONE, p.secondary(), p.key());
        assertNotEquals(Tone.COURTEOUS, p.tone(), p.key());
        if (!p.fireRisk()) {
          easyCalm++;
        }
        if (p.tone() == Tone.CURT) {
          curt++;
          assertTrue(!p.fireRisk(), "a blunt easy client is no fire risk: " + p.key());
          assertTrue(p.meantToShow().contains("curt wording"), p.meantToShow());
        }
      } else {
        difficult++;
        assertNotEquals(Tone.CURT, p.tone(), p.key());
        if (p.secondary() != Archetype.NONE) {
          mixed++;
          assertNotEquals(p.archetype(), p.secondary(), p.key());
          assertTrue(p.secondaryRate() >= 0.25 && p.secondaryRate() <= 0.45, p.key());
          assertTrue(p.meantToShow().contains("mixed: some " + p.secondary().label()), p.meantToShow());
        }
        if (p.tone() == Tone.COURTEOUS) {
          courteous++;
        }
      }
    }
    assertShare(mixed, difficult, SyntheticCast.MIXED_SHARE);
    assertShare(courteous, difficult, SyntheticCast.COURTEOUS_SHARE);
    assertShare(curt, easyCalm, SyntheticCast.CURT_SHARE);
  }

  private static void assertShare(int count, int of, double share) {
    assertTrue(Math.abs((double) count / of - share) < 0.06, count + " of " + of + " against " + share);
  }

  @Test
  void theVariationIsSeededAndLeavesNamesAndTimingNoiseAlone() {
    GeneratorSettings settings = GeneratorSettings.synthetic(77, 50, 1000);
    Period period = Period.of(settings.start(), settings.months(), OSLO);
    assertEquals(SyntheticCast.create(settings, period), SyntheticCast.create(settings, period));
  }

  @Test
  void sampleClientsAreAllPlain() {
    GeneratorSettings settings = GeneratorSettings.sample();
    for (Party p : clients(SampleCast.create(Period.of(settings.start(), settings.months(), OSLO)))) {
      assertEquals(Tone.PLAIN, p.tone(), p.key());
      assertEquals(Archetype.NONE, p.secondary(), p.key());
    }
  }

  @Test
  void aCurtEasyClientThanksAndGreetsLessButAsksNothingDifficult() {
    Phrasebook book = Phrasebook.of(Language.EN);
    Party plain = party(Archetype.NONE, Tone.PLAIN);
    Party curt = party(Archetype.NONE, Tone.CURT);
    int[] plainCounts = counts(plain, book);
    int[] curtCounts = counts(curt, book);
    assertTrue(curtCounts[0] * 2 < plainCounts[0], "greetings " + curtCounts[0] + " vs " + plainCounts[0]);
    assertEquals(0, curtCounts[1], "a curt client writes no gratitude");
    assertTrue(plainCounts[1] > 50, "a plain easy client thanks");
    assertEquals(0, curtCounts[2], "a curt client writes no difficult cue");
  }

  @Test
  void aCourteousDifficultClientThanksMoreThanAPlainOneAndKeepsItsMark() {
    Phrasebook book = Phrasebook.of(Language.EN);
    int[] plain = counts(party(Archetype.DIY_EXPERT, Tone.PLAIN), book);
    int[] courteous = counts(party(Archetype.DIY_EXPERT, Tone.COURTEOUS), book);
    assertTrue(courteous[1] > plain[1] + 50, "gratitude " + courteous[1] + " vs " + plain[1]);
    assertTrue(courteous[2] > 150, "still prescriptive: " + courteous[2]);
  }

  /** Greetings, gratitude sentences and difficult-cue sentences in 200 feedback messages. */
  private static int[] counts(Party party, Phrasebook book) {
    int[] n = new int[3];
    for (int i = 0; i < 200; i++) {
      Composition c = new Composer(party, Language.EN, slots(), false, false, Dice.of(3, i))
          .compose(Move.FEEDBACK, Side.CLIENT);
      if (!c.greeting().isEmpty()) {
        n[0]++;
      }
      String text = String.join(" ", c.paragraphs());
      for (String s : book.all(Intent.GRATITUDE)) {
        n[1] += text.contains(s) ? 1 : 0;
      }
      for (Intent cue : List.of(Intent.URGENCY, Intent.CALL_REQUEST, Intent.DISTRUST, Intent.CONTROL,
          Intent.EXPERTISE, Intent.PRESCRIPTIVE, Intent.REVISION, Intent.SCOPE)) {
        for (String s : book.all(cue)) {
          n[2] += !s.contains("{") && text.contains(s) ? 1 : 0;
        }
      }
    }
    return n;
  }

  private static Party party(Archetype archetype, Tone tone) {
    return Party.client("example.com", "Example Ltd", Language.EN, OSLO)
        .person(Person.of("Ann Lee", "ann@example.com", Mailer.GMAIL))
        .projects("site").archetype(archetype).tone(tone).build(0);
  }

  private static Map<String, String> slots() {
    Map<String, String> slots = new HashMap<>();
    for (String s : List.of("name", "a_thing", "the_thing", "project", "day", "version", "invoice", "amount",
        "manager", "field", "weekday", "time", "company", "colleague", "back", "contact")) {
      slots.put(s, "x");
    }
    return slots;
  }
}
