package dev.clientlens.analyse.phrase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Word sequences ("no later than", "would you mind") with a value each, indexed by their first word so
 * a sentence is read once, without regular expressions. Where several phrases start at one word, the
 * longest is tried first. Built once, then read-only and safe to share between threads.
 *
 * @param <V> what a phrase stands for (a trigger kind, a strategy, a weight)
 */
public final class PhraseTable<V> {
  /** One phrase: its words, whether it counts only as a sentence's opening, and its value. */
  public record Phrase<V>(List<String> words, boolean atStart, V value) {
    public Phrase {
      words = List.copyOf(words);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("phrase: no words");
      }
    }
  }

  /** A phrase found at words {@code [start, end)}. */
  public record Match<V>(Phrase<V> phrase, int start, int end) {
    public V value() {
      return phrase.value();
    }
  }

  /** Longest first; phrases of one length (which cannot both match at one place) in a fixed order. */
  private static final Comparator<Phrase<?>> LONGEST_FIRST =
      Comparator.<Phrase<?>>comparingInt(p -> -p.words().size())
          .thenComparing(p -> String.join(" ", p.words()))
          .thenComparing(Phrase::atStart);

  private final Map<String, List<Phrase<V>>> byFirstWord;

  private PhraseTable(Map<String, List<Phrase<V>>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** The longest phrase that starts at word {@code at}. */
  public Optional<Match<V>> longestAt(WordSequence words, int at) {
    List<Phrase<V>> candidates = byFirstWord.get(words.word(at));
    if (candidates != null) {
      for (Phrase<V> phrase : candidates) {
        if (matches(phrase, words, at)) {
          return Optional.of(new Match<>(phrase, at, at + phrase.words().size()));
        }
      }
    }
    return Optional.empty();
  }

  /** The word after the phrase at {@code at}, or {@code at} itself when none starts there. */
  public int skip(WordSequence words, int at) {
    return longestAt(words, at).map(Match::end).orElse(at);
  }

  public boolean startsAt(WordSequence words, int at) {
    return longestAt(words, at).isPresent();
  }

  /** Every phrase in the words, overlapping ones included, by position and then longest first. */
  public List<Match<V>> all(WordSequence words) {
    List<Match<V>> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      List<Phrase<V>> candidates = byFirstWord.get(words.word(i));
      if (candidates == null) {
        continue;
      }
      for (Phrase<V> phrase : candidates) {
        if (matches(phrase, words, i)) {
          found.add(new Match<>(phrase, i, i + phrase.words().size()));
        }
      }
    }
    return found;
  }

  /**
   * The longest phrase at each position, reading on after it, so a phrase inside a longer one already
   * found ("takk" in "tusen takk") does not count again.
   */
  public List<Match<V>> leftmostLongest(WordSequence words) {
    List<Match<V>> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Optional<Match<V>> match = longestAt(words, i);
      match.ifPresent(found::add);
      i = match.map(Match::end).orElse(i + 1);
    }
    return found;
  }

  public Set<String> firstWords() {
    return byFirstWord.keySet();
  }

  public Set<String> lastWords() {
    Set<String> last = new HashSet<>();
    byFirstWord.values().forEach(list -> list.forEach(p -> last.add(p.words().get(p.words().size() - 1))));
    return Set.copyOf(last);
  }

  private static boolean matches(Phrase<?> phrase, WordSequence words, int start) {
    if (phrase.atStart() && !words.opensSentence(start)) {
      return false;
    }
    List<String> wanted = phrase.words();
    for (int k = 1; k < wanted.size(); k++) {
      if (!wanted.get(k).equals(words.word(start + k))) {
        return false;
      }
    }
    return true;
  }

  /** Gathers phrases; a phrase added again with the same words and opening flag replaces the earlier one. */
  public static final class Builder<V> {
    private final Map<String, Phrase<V>> phrases = new LinkedHashMap<>();

    /** Adds each phrase, words separated by spaces, with the same value. */
    public Builder<V> add(V value, String... phrases) {
      return put(value, false, phrases);
    }

    /** As {@link #add}, for phrases that count only as the first words of a sentence. */
    public Builder<V> addAtStart(V value, String... phrases) {
      return put(value, true, phrases);
    }

    private Builder<V> put(V value, boolean atStart, String... texts) {
      for (String text : texts) {
        String phrase = text.strip().toLowerCase(Locale.ROOT);
        if (phrase.isEmpty()) {
          throw new IllegalArgumentException("phrase: blank");
        }
        List<String> words = List.of(phrase.split("\\s+"));
        phrases.put((atStart ? "^" : "") + String.join(" ", words), new Phrase<>(words, atStart, value));
      }
      return this;
    }

    public PhraseTable<V> build() {
      Map<String, List<Phrase<V>>> index = new LinkedHashMap<>();
      for (Phrase<V> phrase : phrases.values()) {
        index.computeIfAbsent(phrase.words().get(0), k -> new ArrayList<>()).add(phrase);
      }
      index.replaceAll((first, list) -> {
        list.sort(LONGEST_FIRST);
        return List.copyOf(list);
      });
      return new PhraseTable<>(Map.copyOf(index));
    }
  }
}
