package dev.clientlens.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word sequences looked up in a sentence's lower-cased tokens, indexed by their first word so a sentence
 * is scanned once without regular expressions. Built once, then read-only and safe to share.
 *
 * @param <T> what a phrase stands for (a strategy, a weight)
 */
final class MarkerPhrases<T> {
  /** One phrase: its words, whether it only counts as the first word of a sentence, and its value. */
  record Entry<T>(List<String> words, boolean atStart, T value) {
    Entry {
      words = List.copyOf(words);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("phrase: no words");
      }
    }
  }

  /** Receives each phrase found, with the index of its first word. */
  interface Sink<T> {
    void found(Entry<T> entry, int start);
  }

  private final Map<String, List<Entry<T>>> byFirstWord;

  private MarkerPhrases(Map<String, List<Entry<T>>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  /** Gathers phrases; a later entry with the same words and position replaces an earlier one. */
  static final class Builder<T> {
    private final Map<String, Entry<T>> entries = new HashMap<>();

    /** Adds a phrase written as words separated by spaces ({@code "would you mind"}). */
    Builder<T> add(String phrase, boolean atStart, T value) {
      List<String> words = List.of(phrase.strip().toLowerCase(Locale.ROOT).split("\\s+"));
      entries.put((atStart ? "^" : "") + String.join(" ", words), new Entry<>(words, atStart, value));
      return this;
    }

    Builder<T> addAll(T value, boolean atStart, String... phrases) {
      for (String phrase : phrases) {
        add(phrase, atStart, value);
      }
      return this;
    }

    MarkerPhrases<T> build() {
      Map<String, List<Entry<T>>> index = new HashMap<>();
      for (Entry<T> entry : entries.values()) {
        index.computeIfAbsent(entry.words().get(0), k -> new ArrayList<>()).add(entry);
      }
      // Longest first, so the first match at a position is the longest one; ties in a fixed order.
      Comparator<Entry<T>> longestFirst = Comparator.<Entry<T>>comparingInt(e -> -e.words().size())
          .thenComparing(e -> String.join(" ", e.words())).thenComparing(e -> e.atStart());
      index.replaceAll((first, list) -> {
        list.sort(longestFirst);
        return List.copyOf(list);
      });
      return new MarkerPhrases<>(Map.copyOf(index));
    }
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Reports every phrase in the words, overlapping ones included.
   *
   * @param words lower-cased tokens of one sentence
   * @param first index of the sentence's first word (after leading punctuation)
   */
  void findAll(List<String> words, int first, Sink<T> sink) {
    for (int i = 0; i < words.size(); i++) {
      List<Entry<T>> candidates = byFirstWord.get(words.get(i));
      if (candidates == null) {
        continue;
      }
      for (Entry<T> entry : candidates) {
        if ((!entry.atStart() || i == first) && matches(entry, words, i)) {
          sink.found(entry, i);
        }
      }
    }
  }

  /**
   * Reports the longest phrase at each position and continues after it, so a phrase inside a longer
   * one that was found ("takk" in "tusen takk") does not count again.
   */
  void findLongest(List<String> words, int first, Sink<T> sink) {
    int i = 0;
    while (i < words.size()) {
      List<Entry<T>> candidates = byFirstWord.get(words.get(i));
      int next = i + 1;
      if (candidates != null) {
        for (Entry<T> entry : candidates) {
          if ((!entry.atStart() || i == first) && matches(entry, words, i)) {
            sink.found(entry, i);
            next = i + entry.words().size();
            break;
          }
        }
      }
      i = next;
    }
  }

  private static boolean matches(Entry<?> entry, List<String> words, int start) {
    List<String> phrase = entry.words();
    if (start + phrase.size() > words.size()) {
      return false;
    }
    for (int k = 1; k < phrase.size(); k++) {
      if (!phrase.get(k).equals(words.get(start + k))) {
        return false;
      }
    }
    return true;
  }
}
