package dev.clientlens.analyse.nlp;

import dev.clientlens.domain.Language;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Pattern;

/**
 * The adapter around OpenNLP's language detector (run by {@link FastLanguageDetector}): plainly English or
 * Norwegian text is told by its function words, the rest by the model. Danish, Nynorsk and Bokmål are
 * close, and short business mail is often taken for Danish, so those count as Norwegian here. Not
 * thread-safe: one per thread.
 */
final class LanguageDetector {
  /** Texts shorter than this are too short to tell languages apart reliably. */
  private static final int MIN_DETECT_CHARS = 12;
  /** The detector's answer settles within a few hundred characters; more only costs time. */
  private static final int DETECT_CHARS = 600;
  private static final Pattern NORWEGIAN_LETTERS = Pattern.compile("[æøåÆØÅ]");
  private static final Nlp.Detected UNDETERMINED = new Nlp.Detected(Language.OTHER, "und");
  /** OpenNLP names languages by ISO 639-3; reports use the two-letter code where there is one. */
  private static final Map<String, String> ISO_639_1 = isoCodes();

  private final NlpModels models;
  /** Made at the first text its function words do not settle, so most texts never wait for the model. */
  private FastLanguageDetector model;

  LanguageDetector(NlpModels models) {
    this.models = models;
  }

  private FastLanguageDetector model() {
    if (model == null) {
      model = new FastLanguageDetector(models.languages());
    }
    return model;
  }

  private static Map<String, String> isoCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        codes.put(new Locale(two).getISO3Language(), two);
      } catch (MissingResourceException noThreeLetterCode) {
        // a few codes have no three-letter form; they cannot be detected either
      }
    }
    return Map.copyOf(codes);
  }

  /** The language of a text: one of ours, or {@code OTHER} with the ISO 639 code that was detected. */
  Nlp.Detected detect(String text) {
    String sample = text.length() > DETECT_CHARS ? text.substring(0, DETECT_CHARS) : text;
    if (sample.strip().length() < MIN_DETECT_CHARS) {
      return NORWEGIAN_LETTERS.matcher(sample).find() ? Nlp.NORWEGIAN : UNDETERMINED;
    }
    Nlp.Detected plain = FunctionWords.obvious(sample);
    if (plain != null) {
      return plain;
    }
    String code = model().predict(sample);
    switch (code) {
      case "eng":
        return Nlp.ENGLISH;
      case "nob":
      case "nno":
      case "dan":
      case "nor":
        return Nlp.NORWEGIAN;
      case "swe":
        return NORWEGIAN_LETTERS.matcher(sample).find() ? Nlp.NORWEGIAN : new Nlp.Detected(Language.OTHER, "sv");
      default:
        return new Nlp.Detected(Language.OTHER, ISO_639_1.getOrDefault(code, code));
    }
  }
}
