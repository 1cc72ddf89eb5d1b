package dev.clientlens.analyse.politeness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.domain.Language;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shipped English model on client mail we wrote ourselves: it was trained on Stack Exchange
 * requests, so this checks it carries over to business mail.
 */
@Tag("evaluation")
class EnglishPolitenessTest {
  private static final List<String> POLITE = List.of(
      "Thank you so much for the quick turnaround, the new draft looks great.",
      "Could you please send me the updated invoice when you have a moment?",
      "Sorry to bother you again, but would you mind having another look at the logo?",
      "I really appreciate all the work you have put into this project.",
      "Would it be possible to move our meeting to Thursday?",
      "Thanks for your patience while we sorted out the approvals.",
      "Great work on the launch, everyone here is delighted.",
      "I was wondering if you could share the source files as well.",
      "No rush at all, whenever you get a chance is fine.",
      "Many thanks for your help with the annual accounts.",
      "Perhaps we could have a quick chat about the budget next week?",
      "I hope you had a lovely weekend, and thanks again for yesterday.",
      "Apologies for the late reply, it has been a hectic week.",
      "Would you be able to take a look at the figures before Friday? Thank you!",
      "Thank you, this is exactly what we needed.",
      "We are very grateful that you could help us at such short notice.",
      "If possible, could you add the new address to the invoice? Thanks in advance.",
      "Nice job on the presentation, the client was really impressed.",
      "I think it might be worth trying the blue version, but I'm happy either way.",
      "Thanks a lot for the update, much appreciated.");

  private static final List<String> RUDE = List.of(
      "This is ridiculous, why is it still not fixed?",
      "Why haven't you answered my last three emails?",
      "Seriously, did you even read the brief?",
      "Fix it today.",
      "This is completely unacceptable.",
      "What on earth were you thinking?",
      "Obviously this is wrong, any idiot can see that.",
      "You clearly have no idea what you are doing.",
      "Send me the files now.",
      "Why is this taking so long?",
      "Don't send me half-finished work again.",
      "This design is terrible and you know it.",
      "You didn't do what I asked you to do.",
      "How hard can it be to follow simple instructions?",
      "Stop making excuses and do your job.",
      "What is wrong with you people?",
      "I told you twice already, the logo must be blue.",
      "This is a waste of my time and money.",
      "Why would you send this to the client without asking me first?",
      "Your work is sloppy and unprofessional.");

  /**
   * Written after the hand-set insult list was fixed and never used to tune anything: the lists above
   * were, in part (the insult markers were completed after seeing misses there).
   */
  private static final List<String> HELD_OUT_POLITE = List.of(
      "Hope you're well! Just checking whether you had a chance to look at the proposal.",
      "Thank you for staying late to get this finished.",
      "Would you mind resending the contract? I can't find it in my inbox.",
      "We love the new homepage, great job everyone.",
      "Could we possibly push the deadline to next Monday?",
      "Sorry for the confusion about the invoice, my mistake.",
      "Really appreciate your flexibility on this.",
      "Whenever it suits you, I'd be happy to go through the numbers together.",
      "Kind regards, and thanks again for a smooth project.",
      "If it's not too much trouble, could you add a short summary at the top?");

  private static final List<String> HELD_OUT_RUDE = List.of(
      "I'm not paying for this mess.",
      "Nobody on your team seems to have a clue.",
      "Why do I have to explain this every single time?",
      "This is the third time I've asked. Answer me.",
      "Redo the whole thing by tomorrow.",
      "Frankly, a child could have done a better job.",
      "Are you even listening to what I say?",
      "I expected much better from a so-called professional agency.",
      "Unbelievable. You missed the deadline again.",
      "Just do what I tell you.");

  /** Plain business statements: neutral mail lands between the rude and the polite. */
  private static final List<String> NEUTRAL = List.of(
      "The meeting has been moved to Tuesday at 10.",
      "The report for the third quarter is attached.",
      "The invoice was sent to our accounts department.",
      "We have updated the website with the new prices.",
      "Delivery is planned for week 42.",
      "The contract starts on 1 January.",
      "I am in the office all day tomorrow.",
      "The project has three phases: analysis, design and development.",
      "The files are on the shared drive.",
      "We chose option B.");

  private static Nlp nlp;
  private static Politeness politeness;

  @BeforeAll
  static void load() {
    Analyser.Models models = Analyser.Models.load();
    nlp = new Nlp(models.nlp());
    politeness = models.politeness();
  }

  private static double score(String text) {
    return politeness.score(nlp.sentences(text, Language.ENGLISH), Language.ENGLISH);
  }

  @Test
  void politeMailScoresAboveZero() {
    assertMostlyOnSide(POLITE, +1);
  }

  @Test
  void rudeMailScoresBelowZero() {
    assertMostlyOnSide(RUDE, -1);
  }

  @Test
  void heldOutMailIsMostlyOnTheRightSide() {
    int right = 0;
    for (String text : HELD_OUT_POLITE) {
      right += score(text) > 0 ? 1 : 0;
    }
    for (String text : HELD_OUT_RUDE) {
      right += score(text) < 0 ? 1 : 0;
    }
    int all = HELD_OUT_POLITE.size() + HELD_OUT_RUDE.size();
    System.out.printf(Locale.ROOT, "English held out: %d/%d on the right side%n", right, all);
    HELD_OUT_POLITE.forEach(t -> System.out.printf(Locale.ROOT, "  polite %+.2f  %s%n", score(t), t));
    HELD_OUT_RUDE.forEach(t -> System.out.printf(Locale.ROOT, "  rude   %+.2f  %s%n", score(t), t));
    assertTrue(right >= 0.7 * all, right + "/" + all);
  }

  @Test
  void neutralMailScoresBetweenRudeAndPolite() {
    double neutral = NEUTRAL.stream().mapToDouble(EnglishPolitenessTest::score).average().orElseThrow();
    double polite = POLITE.stream().mapToDouble(EnglishPolitenessTest::score).average().orElseThrow();
    double rude = RUDE.stream().mapToDouble(EnglishPolitenessTest::score).average().orElseThrow();
    assertTrue(rude < neutral && neutral < polite, "rude " + rude + ", neutral " + neutral + ", polite " + polite);
  }

  @Test
  void emptyTextAndOtherLanguagesScoreZero() {
    assertEquals(0, politeness.score(List.of(), Language.ENGLISH));
    assertEquals(0, politeness.score(nlp.sentences("Danke schön, sehr nett!", Language.OTHER), Language.OTHER));
  }

  @Test
  void scoresStayWithinMinusOneAndOne() {
    String everything = String.join(" ", POLITE) + " " + String.join(" ", RUDE);
    double score = score(everything);
    assertTrue(score >= -1 && score <= 1, "score " + score);
  }

  private static void assertMostlyOnSide(List<String> texts, int sign) {
    int right = 0;
    for (String text : texts) {
      double score = score(text);
      boolean ok = Math.signum(score) == sign;
      right += ok ? 1 : 0;
      System.out.printf(Locale.ROOT, "  %s %+.2f  %s%n", ok ? "ok  " : "MISS", score, text);
    }
    System.out.printf(Locale.ROOT, "English %s: %d/%d on the right side%n", sign > 0 ? "polite" : "rude", right,
        texts.size());
    assertTrue(right >= 0.9 * texts.size(), right + "/" + texts.size() + " on the right side");
  }
}
