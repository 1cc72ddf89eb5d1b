package dev.clientlens.analyse.nlp;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's language detector giving only its best language. {@code LanguageDetectorME} turns the
 * character n-gram counts of a text into probabilities for all 103 languages ({@code StrictMath.exp}
 * for each) and sorts them; the best one is the largest sum of the model's weights, which
 * {@link FastMaxent} finds without either. The n-grams are counted as {@code LanguageDetectorME} counts
 * them, in the same order. Not thread-safe: one per thread.
 */
final class FastLanguageDetector {
  private final LanguageDetectorME detector;
  private final LanguageDetectorContextGenerator contexts;
  private final MaxentModel model;
  private final FastMaxent fast;

  FastLanguageDetector(LanguageDetectorModel model) {
    this.detector = new LanguageDetectorME(model);
    this.contexts = model.getFactory().getContextGenerator();
    this.model = model.getMaxentModel();
    this.fast = FastMaxent.of(this.model) instanceof FastMaxent f ? f : null;
  }

  /** The ISO 639-3 code of the most likely language, as {@code LanguageDetectorME.predictLanguage} gives it. */
  String predict(String text) {
    if (fast == null) {
      return detector.predictLanguage(text).getLang();
    }
    CharSequence[] grams = contexts.getContext(text);
    Map<CharSequence, int[]> counts = new HashMap<>();
    for (CharSequence gram : grams) {
      int[] count = counts.get(gram);
      if (count == null) {
        counts.put(gram, new int[] {1});
      } else {
        count[0]++;
      }
    }
    String[] features = new String[counts.size()];
    float[] values = new float[counts.size()];
    int i = 0;
    for (Map.Entry<CharSequence, int[]> entry : counts.entrySet()) {
      features[i] = entry.getKey().toString();
      values[i] = entry.getValue()[0];
      i++;
    }
    return model.getOutcome(fast.best(features, values));
  }
}
