package dev.clientlens.analyse.cue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CueRuleParserTest {

  private static CueRules rules(String... lines) {
    return CueRuleParser.parse("test.txt", Arrays.asList(lines));
  }

  /** The cues of a sentence given as space-separated tokens without tags. */
  private static Set<Cue> match(CueRules rules, String text) {
    List<String> tokens = Arrays.asList(text.split(" "));
    Sentence sentence = new Sentence(text, tokens, Collections.nCopies(tokens.size(), "X"), Language.ENGLISH);
    return rules.match(rules.tokens(sentence));
  }

  @Test
  void gapsAlternativesWildcardsAndOptionalSteps() {
    CueRules rules = rules(
        "revision  can|could you ...{0,2} revis*",
        "control   *leder ...{0,1} [må] godkjenne",
        "urgency   asap END");
    assertEquals(Set.of(Cue.REVISION), match(rules, "could you please quickly revise it"));
    assertEquals(Set.of(), match(rules, "could you please very quickly revise it"), "gap too long");
    assertEquals(Set.of(Cue.CONTROL), match(rules, "avdelingsleder må godkjenne"));
    assertEquals(Set.of(Cue.CONTROL), match(rules, "leder godkjenne"));
    assertEquals(Set.of(), match(rules, "avdelingslederen godkjenne"), "a suffix ends the word");
    assertEquals(Set.of(Cue.URGENCY), match(rules, "send it asap !"));
    assertEquals(Set.of(), match(rules, "asap would be nice"));
  }

  @Test
  void anchorsSkipOpenersAndAnEarlyComma() {
    CueRules rules = rules("@openers please just hi", "prescriptive  ^ use ...{0,3} font");
    assertEquals(Set.of(Cue.PRESCRIPTIVE), match(rules, "please just use another font"));
    assertEquals(Set.of(Cue.PRESCRIPTIVE), match(rules, "hi Anna , use another font"));
    assertEquals(Set.of(), match(rules, "we use another font"));
  }

  @Test
  void negatorsSuppressorsAndRulesThatStand() {
    CueRules rules = rules(
        "@negators not no",
        "@negation-window 2 1",
        "urgency   urgent",
        "urgency!  can not wait",
        "gratitude thanks",
        "-gratitude ^ thanks to the");
    assertEquals(Set.of(), match(rules, "it is not urgent"));
    assertEquals(Set.of(), match(rules, "it is urgent not"), "one word after");
    assertEquals(Set.of(Cue.URGENCY), match(rules, "not that it is urgent"), "outside the window");
    assertEquals(Set.of(Cue.URGENCY), match(rules, "no , this is urgent"), "another clause");
    assertEquals(Set.of(Cue.URGENCY), match(rules, "this can not wait"));
    assertEquals(Set.of(), match(rules, "thanks to the rain we stayed in"));
    assertEquals(Set.of(Cue.GRATITUDE), match(rules, "many thanks to the team"));
  }

  @Test
  void spellingDirectivesApplyToTokensAndPatterns() {
    CueRules rules = rules(
        "@same you u|ya",
        "@split can't can not",
        "@suffix n't not",
        "@suffix 's",
        "call_request  can you call",
        "distrust      do not trust",
        "control       boss approval");
    assertEquals(Set.of(Cue.CALL_REQUEST), match(rules, "can u call"));
    assertEquals(Set.of(Cue.DISTRUST), match(rules, "I don't trust it"));
    assertEquals(Set.of(Cue.CONTROL), match(rules, "my boss's approval"));
  }

  @Test
  void mistakesNameTheFileAndLine() {
    IllegalArgumentException cue = assertThrows(IllegalArgumentException.class,
        () -> rules("# comment", "urgent  asap"));
    assertTrue(cue.getMessage().startsWith("test.txt:2: unknown cue 'urgent'; valid cues: urgency, checkin"),
        cue.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> rules("urgency  $nothing")).getMessage()
        .contains("test.txt:1: unknown list $nothing"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> rules("@split can't can not", "urgency can't"))
        .getMessage().contains("'can't' is read as 'can not'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> rules("urgency time-sensitive")).getMessage()
        .contains("write 'time sensitive'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> rules("urgency ...")).getMessage()
        .contains("at least one word"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> rules("@nonsense x")).getMessage()
        .contains("unknown directive @nonsense"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> rules("urgency asap", "@same you u"))
        .getMessage().contains("before the first rule"));
  }

  @Test
  void theShippedRuleFilesCompile() throws IOException {
    assertTrue(CueDetector.rules(ModelResources.classPath(), CueDetector.ENGLISH_RULES).ruleCount() > 100);
    assertTrue(CueDetector.rules(ModelResources.classPath(), CueDetector.NORWEGIAN_RULES).ruleCount() > 100);
  }

  @Test
  void typosThatAreForgivenAndTheOnesThatMakeOtherWords() {
    assertTrue(Typos.close("thnaks", "thanks"), "swapped letters");
    assertTrue(Typos.close("aproval", "approval"), "missing letter");
    assertTrue(Typos.close("meeeting", "meeting"), "extra letter");
    assertTrue(Typos.close("experiance", "experience"), "vowel for vowel");
    assertTrue(Typos.close("htanks", "thanks"), "the first two swapped");
    assertFalse(Typos.close("approved", "approve"), "an ending is not a typo");
    assertFalse(Typos.close("extensive", "expensive"), "a consonant makes another word");
    assertFalse(Typos.close("charges", "changes"));
    assertFalse(Typos.close("form", "from"), "too short");
    assertFalse(Typos.close("thanks", "thanks"), "equal is not a typo");
    assertFalse(Typos.close("xyanks", "thanks"));
  }
}
