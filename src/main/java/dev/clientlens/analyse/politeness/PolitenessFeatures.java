package dev.clientlens.analyse.politeness;

import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.analyse.phrase.PhraseTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The features of the English politeness model, shared by its trainer and its scorer so both see the
 * same thing: politeness strategies in the manner of Danescu-Niculescu-Mizil et al. (ACL 2013) such as
 * gratitude, hedges, indirect requests or a sentence opening with "why", plus lower-cased words and
 * word pairs. Each feature counts once per text, however often it occurs.
 */
public final class PolitenessFeatures {
  /** Prefix of a strategy feature ({@code s:gratitude}). */
  public static final String STRATEGY = "s:";
  static final String WORD = "w:";
  static final String PAIR = "p:";
  /** Strategy of insults and exasperation; its weight is set by hand, not learned. */
  public static final String INSULT = "insult";
  /** Strategy of "no rush", "when you get a chance"; its weight is set by hand, not learned. */
  public static final String REASSURANCE = "reassurance";
  /** Stands before the first word in the word pairs, so openings ("why ...", "you ...") are pairs too. */
  private static final String START = "<s>";

  private static final PhraseTable<String> STRATEGIES = strategies();
  private static final Set<String> QUESTION_WORDS =
      Set.of("what", "why", "how", "where", "when", "which", "who", "whose", "whom");
  private static final Set<String> NOT_IMPERATIVE =
      Set.of("thank", "thanks", "please", "let", "hope", "welcome", "love", "wish");

  private PolitenessFeatures() {}

  /** Strategies, words and word pairs of a text, in a fixed order. */
  public static List<String> of(List<Sentence> sentences) {
    Set<String> features = new LinkedHashSet<>();
    int questions = 0;
    for (Sentence sentence : sentences) {
      SentenceWords sentenceWords = SentenceWords.of(sentence.tokens());
      if (!sentenceWords.hasWords()) {
        continue;
      }
      List<String> words = sentenceWords.list();
      int first = sentenceWords.first();
      if (hasToken(words, '?')) {
        questions++;
      }
      if (Character.isLowerCase(sentence.tokens().get(first).codePointAt(0))) {
        features.add(STRATEGY + "lower_case_start");
      }
      strategies(sentence, sentenceWords, features);
      String previous = START;
      for (int i = first; i < words.size(); i++) {
        String word = words.get(i);
        features.add(WORD + word);
        features.add(PAIR + previous + ' ' + word);
        previous = word;
      }
    }
    if (questions > 1) {
      features.add(STRATEGY + "several_questions");
    }
    return new ArrayList<>(features);
  }

  /** Lower-cased words only: the plain bag-of-words baseline the strategies are measured against. */
  public static List<String> bagOfWords(List<Sentence> sentences) {
    Set<String> features = new LinkedHashSet<>();
    for (Sentence sentence : sentences) {
      for (String word : SentenceWords.of(sentence.tokens()).list()) {
        features.add(WORD + word);
      }
    }
    return new ArrayList<>(features);
  }

  private static void strategies(Sentence sentence, SentenceWords sentenceWords, Set<String> features) {
    for (PhraseTable.Match<String> match : STRATEGIES.all(sentenceWords)) {
      features.add(STRATEGY + match.value());
    }
    List<String> words = sentenceWords.list();
    int first = sentenceWords.first();
    String opening = words.get(first);
    boolean question = hasToken(words, '?');
    if (question) {
      features.add(STRATEGY + "question");
      if (QUESTION_WORDS.contains(opening)) {
        features.add(STRATEGY + "direct_question");
      }
    }
    if (hasToken(words, '!')) {
      features.add(STRATEGY + "exclamation");
    }
    if (!question && imperative(sentence, words, first)) {
      features.add(STRATEGY + "imperative");
    }
  }

  /** Whether a punctuation token holds the mark: the tokenizer keeps "!!" and "?!" whole. */
  private static boolean hasToken(List<String> words, char mark) {
    for (String word : words) {
      if (word.indexOf(mark) >= 0 && !Character.isLetterOrDigit(word.codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** A command: the sentence opens with a verb ("Send it", "Fix this") or with "don't". */
  private static boolean imperative(Sentence sentence, List<String> words, int first) {
    String opening = words.get(first);
    if (opening.equals("don't") || opening.equals("do") && first + 1 < words.size()
        && (words.get(first + 1).equals("n't") || words.get(first + 1).equals("not"))) {
      return true;
    }
    return sentence.tags().get(first).equals("VERB") && !NOT_IMPERATIVE.contains(opening)
        && Character.isUpperCase(sentence.tokens().get(first).charAt(0));
  }

  private static PhraseTable<String> strategies() {
    PhraseTable.Builder<String> b = PhraseTable.builder();
    b.add("gratitude", "thanks", "thank", "thx", "appreciate", "appreciated", "grateful",
        "thankful", "cheers");
    b.add("apology", "sorry", "apologies", "apologize", "apologise", "apology", "excuse me",
        "forgive me", "pardon", "oops", "my bad", "my mistake", "regret");
    b.add("hedge", "i think", "i believe", "i guess", "i suppose", "i assume", "i feel",
        "maybe", "perhaps", "possibly", "probably", "might", "it seems", "seems", "not sure",
        "i wonder", "wondering", "somewhat", "kind of", "sort of", "would you mind", "if possible",
        "if you can", "apparently", "presumably", "likely", "suggest", "in my opinion", "i'd say",
        "i would say", "could be", "may be");
    b.addAtStart("deference", "great", "good", "nice", "excellent", "awesome", "interesting", "cool",
        "wonderful", "brilliant", "impressive", "fantastic", "lovely");
    b.add("deference", "great work", "nice work", "good work", "good job", "great job",
        "well done", "good point", "great point", "great question", "good question", "great answer",
        "nice answer", "good answer", "helpful", "great idea", "good idea", "nice idea");
    b.addAtStart("please_start", "please", "pls", "plz", "kindly");
    b.add("please", "please", "pls", "plz", "kindly");
    b.add("counterfactual", "could you", "would you", "could u", "would u", "could we",
        "would it be possible", "would be great", "would be grateful", "would appreciate",
        "i'd appreciate", "we'd appreciate", "i'd be grateful", "would be nice", "would help", "i was wondering");
    b.add("indicative", "can you", "will you", "can u", "will u", "can we");
    b.addAtStart("second_person_start", "you", "your", "yours", "u");
    b.add("second_person", "you", "your", "yours", "yourself", "u");
    b.addAtStart("first_person_start", "i", "my", "me", "mine");
    b.add("first_person", "i", "my", "me", "mine", "myself");
    b.add("first_person_plural", "we", "our", "us", "ours", "ourselves");
    b.add("negative", "stupid", "obviously", "seriously", "dumb", "silly", "worst", "insane",
        "annoying", "ugh", "duh", "clearly", "simply", "come on", "disappointed", "disappointing");
    // Rare on Stack Exchange, so their weights are set by hand (see the trainer): insults, harsh verdicts,
    // exasperation and swearing.
    b.add(INSULT, "ridiculous", "unacceptable", "idiot", "idiots", "idiotic", "moron", "morons",
        "incompetent", "pathetic", "useless", "sloppy", "unprofessional", "terrible", "awful", "horrible",
        "garbage", "rubbish", "nonsense", "absurd", "lazy", "clueless", "amateurish", "hopeless",
        "embarrassing", "outrageous", "disgraceful", "shameful", "waste of", "what on earth",
        "what the hell", "how hard can it be", "how hard is it", "did you even",
        "do you even", "do your job", "for god's sake", "are you kidding", "you people", "i told you",
        "how many times", "for the last time", "not good enough", "completely wrong", "totally wrong",
        "fed up", "sick of", "sick and tired", "shut up", "wtf", "wth", "damn", "damned", "hell", "crap",
        "crappy", "fucking", "fuck", "shit", "goddamn", "bullshit");
    // Also set by hand: telling the reader there is no hurry, common in mail, rare in the corpus.
    b.add(REASSURANCE, "no worries", "no problem", "no rush", "no hurry", "take your time",
        "when you get a chance", "whenever you get a chance", "when you have a moment", "whenever you can",
        "no pressure", "when you have time", "at your convenience");
    b.addAtStart("greeting", "hi", "hello", "hey", "dear", "good morning", "good afternoon",
        "good evening", "greetings", "howdy");
    b.add("factuality", "in fact", "actually", "the fact", "the point is", "the truth is",
        "really", "honestly", "frankly", "in reality");
    b.add("by_the_way", "by the way", "btw", "incidentally");
    b.add("hope", "i hope", "hope you", "hope this", "hopefully");
    b.addAtStart("direct_start", "so", "then", "and", "but", "or");
    b.add("just", "just");
    return b.build();
  }
}
