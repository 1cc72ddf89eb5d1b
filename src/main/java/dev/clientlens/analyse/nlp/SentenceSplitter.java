package dev.clientlens.analyse.nlp;

import dev.clientlens.domain.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * The adapter around OpenNLP's sentence detector: a text's sentences, after cutting it at blank lines
 * and bullets. Other languages (and Norwegian without its model) are cut after a stop before a capital.
 * Keeps state between calls: one per thread.
 */
final class SentenceSplitter {
  private static final Pattern FALLBACK_SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})|\\n\\s*\\n");

  private final SentenceDetectorME english;
  private final SentenceDetectorME norwegian;

  SentenceSplitter(NlpModels models) {
    english = new SentenceDetectorME(models.englishSentences);
    norwegian = models.norwegianSentences.map(SentenceDetectorME::new).orElse(null);
  }

  List<String> split(String text, Language language) {
    List<String> sentences = new ArrayList<>();
    // Line breaks in mail often end a sentence without punctuation (greetings, bullet lists).
    for (String paragraph : text.split("\\n\\s*\\n|\\n(?=\\s*[-*•]\\s)")) {
      String flat = paragraph.replace('\n', ' ').strip();
      if (flat.isEmpty()) {
        continue;
      }
      SentenceDetectorME detector = language == Language.ENGLISH ? english
          : language == Language.NORWEGIAN ? norwegian : null;
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
}
