package dev.clientlens.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence templates for every {@link Intent} in one language. Templates hold slots such as
 * {@code {the_thing}} or {@code {day}} that {@link Composer} fills. Every intent must have phrasings.
 */
final class Phrasebook {
  private final Language language;
  private final Map<Intent, List<String>> phrases;

  private Phrasebook(Language language, Map<Intent, List<String>> phrases) {
    this.language = language;
    for (Intent intent : Intent.values()) {
      List<String> list = phrases.get(intent);
      if (list == null || list.isEmpty()) {
        throw new IllegalStateException("phrasebook " + language + ": no phrasings for " + intent);
      }
    }
    this.phrases = phrases;
  }

  static Phrasebook of(Language language) {
    return language == Language.EN ? EnglishPhrases.BOOK : NorwegianPhrases.BOOK;
  }

  List<String> all(Intent intent) {
    return phrases.get(intent);
  }

  String pick(Intent intent, Dice dice) {
    return dice.pick(phrases.get(intent));
  }

  /** Collects phrasings intent by intent; the map is an EnumMap so nothing depends on hash order. */
  static final class Builder {
    private final Language language;
    private final Map<Intent, List<String>> phrases = new EnumMap<>(Intent.class);

    Builder(Language language) {
      this.language = language;
    }

    Builder add(Intent intent, String... phrasings) {
      phrases.put(intent, List.of(phrasings));
      return this;
    }

    Phrasebook build() {
      return new Phrasebook(language, phrases);
    }
  }
}
