package dev.clientlens.analyse.politeness;

import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.analyse.phrase.PhraseTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Politeness of Norwegian Bokmål text from a hand-written lexicon of weighted phrases
 * ({@code models/politeness-nb.txt}, whose header explains the scoring): no Norwegian politeness corpus
 * could be shipped to train on.
 */
final class NorwegianPoliteness {
  private final PhraseTable<Double> lexicon;

  private NorwegianPoliteness(PhraseTable<Double> lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Reads the lexicon: {@code weight<TAB>phrase} lines.
   *
   * @throws IOException when a line is malformed (with its number)
   */
  static NorwegianPoliteness read(List<ModelResources.Entry> entries) throws IOException {
    PhraseTable.Builder<Double> lexicon = PhraseTable.builder();
    for (ModelResources.Entry entry : entries) {
      String line = entry.text();
      int tab = line.indexOf('\t');
      String phrase = tab < 0 ? "" : line.substring(tab + 1).strip();
      boolean atStart = phrase.startsWith("^");
      if (atStart) {
        phrase = phrase.substring(1);
      }
      if (phrase.isEmpty()) {
        throw entry.error("expected weight<TAB>phrase: " + line);
      }
      try {
        double weight = Double.parseDouble(line.substring(0, tab).strip());
        if (atStart) {
          lexicon.addAtStart(weight, phrase);
        } else {
          lexicon.add(weight, phrase);
        }
      } catch (NumberFormatException e) {
        throw entry.error("not a weight: " + line.substring(0, tab));
      }
    }
    return new NorwegianPoliteness(lexicon.build());
  }

  /** In [-1, 1]: tanh of the summed weights of the distinct phrases found; 0 when there are none. */
  double score(List<Sentence> sentences) {
    List<PhraseTable.Phrase<Double>> counted = new ArrayList<>();
    double sum = 0;
    for (Sentence sentence : sentences) {
      SentenceWords words = SentenceWords.of(sentence.tokens());
      if (!words.hasWords()) {
        continue;
      }
      List<PhraseTable.Phrase<Double>> found = new ArrayList<>();
      for (PhraseTable.Match<Double> match : lexicon.leftmostLongest(words)) {
        found.add(match.phrase());
      }
      boolean softened = false;
      for (PhraseTable.Phrase<Double> entry : found) {
        softened |= entry.value() > 0;
      }
      for (PhraseTable.Phrase<Double> entry : found) {
        // A softened command ("Send gjerne ...") is a polite request, not a bare order.
        boolean softenedCommand = softened && entry.atStart() && entry.value() < 0;
        if (!softenedCommand && !counted.contains(entry)) {
          counted.add(entry);
          sum += entry.value();
        }
      }
    }
    return Math.tanh(sum);
  }
}
