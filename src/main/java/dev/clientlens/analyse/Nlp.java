package dev.clientlens.analyse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * The thin adapter around OpenNLP's tools: language, sentences, tokens and tags. The tools keep state
 * between calls, so each worker thread makes its own {@code Nlp} from the shared {@link NlpModels}.
 */
public final class Nlp {
  /** Texts shorter than this are too short to tell languages apart reliably. */
  private static final int MIN_DETECT_CHARS = 12;
  private static final Pattern NORWEGIAN_LETTERS = Pattern.compile("[æøåÆØÅ]");
  private static final Pattern FALLBACK_SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})|\\n\\s*\\n");

  private final LanguageDetectorME languages;
  private final SentenceDetectorME englishSentences;
  private final TokenizerME englishTokens;
  private final POSTaggerME englishPos;
  private final SentenceDetectorME norwegianSentences;
  private final TokenizerME norwegianTokens;
  private final POSTaggerME norwegianPos;

  public Nlp(NlpModels models) {
    languages = new LanguageDetectorME(models.languages);
    englishSentences = new SentenceDetectorME(models.englishSentences);
    englishTokens = new TokenizerME(models.englishTokens);
    englishPos = new POSTaggerME(models.englishPos);
    norwegianSentences = models.norwegianSentences.map(SentenceDetectorME::new).orElse(null);
    norwegianTokens = models.norwegianTokens.map(TokenizerME::new).orElse(null);
    norwegianPos = models.norwegianPos.map(POSTaggerME::new).orElse(null);
  }

  /**
   * The language of a text. OpenNLP's detector knows 103 languages; Danish, Nynorsk and Bokmål are
   * close, and short business mail is often taken for Danish, so those count as Norwegian here.
   */
  public Language language(String text) {
    String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
    if (sample.strip().length() < MIN_DETECT_CHARS) {
      return NORWEGIAN_LETTERS.matcher(sample).find() ? Language.NORWEGIAN : Language.OTHER;
    }
    String code = languages.predictLanguage(sample).getLang();
    switch (code) {
      case "eng":
        return Language.ENGLISH;
      case "nob":
      case "nno":
      case "dan":
      case "nor":
        return Language.NORWEGIAN;
      case "swe":
        return NORWEGIAN_LETTERS.matcher(sample).find() ? Language.NORWEGIAN : Language.OTHER;
      default:
        return Language.OTHER;
    }
  }

  /** Sentences with tokens and UPOS tags; for other languages, sentences with tokens and tag {@code X}. */
  public List<Sentence> sentences(String text, Language language) {
    List<Sentence> result = new ArrayList<>();
    for (String sentence : split(text, language)) {
      String[] tokens = tokenize(sentence, language);
      if (tokens.length == 0) {
        continue;
      }
      String[] tags = tag(tokens, language);
      result.add(new Sentence(sentence, Arrays.asList(tokens), Arrays.asList(tags), language));
    }
    return result;
  }

  private List<String> split(String text, Language language) {
    List<String> sentences = new ArrayList<>();
    // Line breaks in mail often end a sentence without punctuation (greetings, bullet lists).
    for (String paragraph : text.split("\\n\\s*\\n|\\n(?=\\s*[-*•]\\s)")) {
      String flat = paragraph.replace('\n', ' ').strip();
      if (flat.isEmpty()) {
        continue;
      }
      SentenceDetectorME detector = language == Language.ENGLISH ? englishSentences
          : language == Language.NORWEGIAN ? norwegianSentences : null;
      if (detector != null) {
        for (Span span : detector.sentPosDetect(flat)) {
          sentences.add(span.getCoveredText(flat).toString().strip());
        }
      } else {
        for (String part : FALLBACK_SENTENCE_END.split(flat)) {
          if (!part.isBlank()) {
            sentences.add(part.strip());
          }
        }
      }
    }
    return sentences;
  }

  private String[] tokenize(String sentence, Language language) {
    TokenizerME tokenizer = language == Language.ENGLISH ? englishTokens
        : language == Language.NORWEGIAN ? norwegianTokens : null;
    return tokenizer != null ? tokenizer.tokenize(sentence) : SimpleTokenizer.INSTANCE.tokenize(sentence);
  }

  private String[] tag(String[] tokens, Language language) {
    POSTaggerME tagger = language == Language.ENGLISH ? englishPos
        : language == Language.NORWEGIAN ? norwegianPos : null;
    if (tagger == null) {
      String[] unknown = new String[tokens.length];
      Arrays.fill(unknown, "X");
      return unknown;
    }
    String[] tags = tagger.tag(tokens);
    for (int i = 0; i < tags.length; i++) {
      tags[i] = tags[i].toUpperCase(Locale.ROOT);
    }
    return tags;
  }
}
