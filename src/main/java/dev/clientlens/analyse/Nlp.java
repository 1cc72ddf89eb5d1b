package dev.clientlens.analyse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.SimpleTokenizer;
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

  private final FastLanguageDetector languages;
  private final SentenceDetectorME englishSentences;
  private final CachedTokenizer englishTokens;
  private final GreedyTagger englishPos;
  private final SentenceDetectorME norwegianSentences;
  private final CachedTokenizer norwegianTokens;
  private final GreedyTagger norwegianPos;

  public Nlp(NlpModels models) {
    languages = new FastLanguageDetector(models.languages);
    englishSentences = new SentenceDetectorME(models.englishSentences);
    englishTokens = new CachedTokenizer(models.englishTokens);
    englishPos = new GreedyTagger(models.englishPos);
    norwegianSentences = models.norwegianSentences.map(SentenceDetectorME::new).orElse(null);
    norwegianTokens = models.norwegianTokens.map(CachedTokenizer::new).orElse(null);
    norwegianPos = models.norwegianPos.map(GreedyTagger::new).orElse(null);
  }

  /** A detected language: one we analyse, or {@code OTHER} with the ISO 639 code that was detected. */
  public record Detected(Language language, String code) {}

  /** The language of a text, for the analysis. */
  public Language language(String text) {
    return detect(text).language();
  }

  /**
   * The language of a text. OpenNLP's detector knows 103 languages; Danish, Nynorsk and Bokmål are
   * close, and short business mail is often taken for Danish, so those count as Norwegian here.
   */
  public Detected detect(String text) {
    String sample = text.length() > DETECT_CHARS ? text.substring(0, DETECT_CHARS) : text;
    if (sample.strip().length() < MIN_DETECT_CHARS) {
      return NORWEGIAN_LETTERS.matcher(sample).find() ? NORWEGIAN : UNDETERMINED;
    }
    Detected plain = FunctionWords.obvious(sample);
    if (plain != null) {
      return plain;
    }
    String code = languages.predict(sample);
    switch (code) {
      case "eng":
        return ENGLISH;
      case "nob":
      case "nno":
      case "dan":
      case "nor":
        return NORWEGIAN;
      case "swe":
        return NORWEGIAN_LETTERS.matcher(sample).find() ? NORWEGIAN : new Detected(Language.OTHER, "sv");
      default:
        return new Detected(Language.OTHER, ISO_639_1.getOrDefault(code, code));
    }
  }

  /** The detector's answer settles within a few hundred characters; more only costs time. */
  private static final int DETECT_CHARS = 600;
  static final Detected ENGLISH = new Detected(Language.ENGLISH, "en");
  static final Detected NORWEGIAN = new Detected(Language.NORWEGIAN, "nb");
  private static final Detected UNDETERMINED = new Detected(Language.OTHER, "und");
  /** OpenNLP names languages by ISO 639-3; reports use the two-letter code where there is one. */
  private static final java.util.Map<String, String> ISO_639_1 = isoCodes();

  private static java.util.Map<String, String> isoCodes() {
    java.util.Map<String, String> codes = new java.util.HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        codes.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException noThreeLetterCode) {
        // a few codes have no three-letter form; they cannot be detected either
      }
    }
    return java.util.Map.copyOf(codes);
  }

  /**
   * Sentences with tokens and UPOS tags; for other languages, sentences with tokens and tag {@code X}.
   * The tags are decided when read, from the left (see {@link LazyTags}): a text read only for its
   * deadlines is never tagged.
   */
  public List<Sentence> sentences(String text, Language language) {
    List<Sentence> result = new ArrayList<>();
    for (String sentence : split(text, language)) {
      sentence(sentence, language).ifPresent(result::add);
    }
    return result;
  }

  /** A text taken as one sentence, not split further (a closing line); empty when it has no tokens. */
  public Optional<Sentence> sentence(String text, Language language) {
    String flat = text.replace('\n', ' ').strip();
    String[] tokens = tokenize(flat, language);
    if (tokens.length == 0) {
      return Optional.empty();
    }
    return Optional.of(new Sentence(flat, Arrays.asList(tokens), tags(tokens, language), language));
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
    CachedTokenizer tokenizer = language == Language.ENGLISH ? englishTokens
        : language == Language.NORWEGIAN ? norwegianTokens : null;
    return tokenizer != null ? tokenizer.tokenize(sentence) : SimpleTokenizer.INSTANCE.tokenize(sentence);
  }

  private List<String> tags(String[] tokens, Language language) {
    GreedyTagger tagger = language == Language.ENGLISH ? englishPos
        : language == Language.NORWEGIAN ? norwegianPos : null;
    if (tagger == null) {
      String[] unknown = new String[tokens.length];
      Arrays.fill(unknown, "X");
      return Arrays.asList(unknown);
    }
    return tagger.lazily(tokens);
  }
}
