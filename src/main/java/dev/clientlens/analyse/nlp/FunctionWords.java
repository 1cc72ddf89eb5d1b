package dev.clientlens.analyse.nlp;

import java.util.Set;

/**
 * The quick answer for text that is plainly English or plainly Norwegian, by counting the commonest
 * function words; anything less clear-cut goes to OpenNLP's detector. Most client mail is one of the two,
 * and the statistical detector was a quarter of a scan's time.
 */
final class FunctionWords {
  private static final Set<String> ENGLISH = Set.of(
      "the", "and", "you", "to", "is", "are", "we", "it", "of", "this", "that", "with", "have", "can",
      "please", "will", "be", "on", "not", "my", "our", "your", "would", "could", "thanks", "thank", "hi",
      "what", "when", "there", "was", "just", "know", "let", "me", "do", "if", "about", "from", "they");
  private static final Set<String> NORWEGIAN = Set.of(
      "og", "det", "er", "jeg", "du", "på", "til", "med", "som", "ikke", "har", "vi", "en", "et", "å", "om",
      "hei", "takk", "dere", "meg", "deg", "skal", "vil", "hvis", "når", "men", "også", "av", "den", "så",
      "kan", "må", "hva", "noe", "bare", "fra", "blir", "var", "ha", "oss");
  /** Words that are Swedish and not Norwegian: their presence sends the text to the detector. */
  private static final Set<String> SWEDISH = Set.of("och", "är", "jag", "inte", "också", "hej", "tack", "att", "ni");
  /** The length of the longest word of the three lists ("please", "thanks"). */
  private static final int LONGEST = java.util.stream.Stream.of(ENGLISH, NORWEGIAN, SWEDISH)
      .flatMap(Set::stream).mapToInt(String::length).max().orElseThrow();
  /** At least this many function words of one language, ... */
  private static final int MIN_HITS = 4;
  /** ... and at most this share of the other's, make a text obvious. */
  private static final double MAX_OTHER_SHARE = 0.2;
  /**
   * A text of at most this many characters is obvious with fewer function words: at least
   * {@value #MIN_SHORT_HITS} of one language (one in up to {@value #VERY_SHORT_TEXT} characters) and none of
   * the other's (nor Swedish ones). On so little text the detector guesses ("Are you there?" read as Maori,
   * "Thanks, Scott" as Waray), and a client's short English mail went unread for tone.
   */
  private static final int SHORT_TEXT = 120;
  private static final int MIN_SHORT_HITS = 2;
  /** In a text of at most this many characters one function word will do ("Thanks!", "Takk!"). */
  private static final int VERY_SHORT_TEXT = 30;

  private FunctionWords() {}

  /** English or Norwegian when the text is plainly that; {@code null} when the detector must decide. */
  static Nlp.Detected obvious(String text) {
    int english = 0;
    int norwegian = 0;
    int swedish = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0 && i - start > LONGEST) {
        start = -1; // longer than any function word, and lower case never makes a word shorter
      } else if (!letter && start >= 0) {
        String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        if (ENGLISH.contains(word)) {
          english++;
        } else if (NORWEGIAN.contains(word)) {
          norwegian++;
        } else if (SWEDISH.contains(word)) {
          swedish++;
        }
        start = -1;
      }
    }
    if (swedish > 1) {
      return null;
    }
    if (text.length() <= SHORT_TEXT && swedish == 0) {
      int needed = text.length() <= VERY_SHORT_TEXT ? 1 : MIN_SHORT_HITS;
      if (english >= needed && norwegian == 0) {
        return Nlp.ENGLISH;
      }
      if (norwegian >= needed && english == 0) {
        return Nlp.NORWEGIAN;
      }
    }
    if (english >= MIN_HITS && norwegian <= english * MAX_OTHER_SHARE) {
      return Nlp.ENGLISH;
    }
    if (norwegian >= MIN_HITS && english <= norwegian * MAX_OTHER_SHARE) {
      return Nlp.NORWEGIAN;
    }
    return null;
  }
}
