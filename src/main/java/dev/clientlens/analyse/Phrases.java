package dev.clientlens.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Word sequences ("no later than", "i løpet av") with a value each, looked up at a token position by
 * their first word; the longest sequence that matches wins.
 */
final class Phrases<V> {
  /** A phrase found: the token after its last word, and its value. */
  record Hit<V>(int end, V value) {}

  private record Entry<V>(List<String> words, V value) {}

  private final Map<String, List<Entry<V>>> byFirstWord;

  private Phrases(Map<String, List<Entry<V>>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  Optional<Hit<V>> match(DeadlineTokens tokens, int at) {
    List<Entry<V>> entries = byFirstWord.get(tokens.word(at));
    if (entries == null) {
      return Optional.empty();
    }
    for (Entry<V> entry : entries) {
      List<String> words = entry.words();
      int i = 1;
      while (i < words.size() && words.get(i).equals(tokens.word(at + i))) {
        i++;
      }
      if (i == words.size()) {
        return Optional.of(new Hit<>(at + i, entry.value()));
      }
    }
    return Optional.empty();
  }

  /** The token after the phrase at {@code at}, or {@code at} itself when none starts there. */
  int skip(DeadlineTokens tokens, int at) {
    return match(tokens, at).map(Hit::end).orElse(at);
  }

  boolean startsAt(DeadlineTokens tokens, int at) {
    return match(tokens, at).isPresent();
  }

  Set<String> firstWords() {
    return byFirstWord.keySet();
  }

  Set<String> lastWords() {
    Set<String> last = new HashSet<>();
    byFirstWord.values().forEach(entries -> entries.forEach(e -> last.add(e.words().get(e.words().size() - 1))));
    return Set.copyOf(last);
  }

  static final class Builder<V> {
    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    /** Adds each phrase, words separated by single spaces, with the same value. */
    Builder<V> add(V value, String... phrases) {
      for (String phrase : phrases) {
        List<String> words = List.of(phrase.split(" "));
        byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Entry<>(words, value));
      }
      return this;
    }

    Phrases<V> build() {
      Map<String, List<Entry<V>>> copy = new HashMap<>();
      byFirstWord.forEach(
          (first, entries) -> {
            List<Entry<V>> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparingInt((Entry<V> e) -> e.words().size()).reversed());
            copy.put(first, List.copyOf(sorted));
          });
      return new Phrases<>(Map.copyOf(copy));
    }
  }
}
