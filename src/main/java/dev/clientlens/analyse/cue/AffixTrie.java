package dev.clientlens.analyse.cue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Word beginnings (or, reversed, word endings) with values, so that every rule prefix such as
 * {@code revis*} or suffix such as {@code *sjefen} a word has is found in one walk over its letters,
 * without allocating. Immutable once built.
 */
final class AffixTrie<T> {
  private static final class Node<T> {
    final char[] letters;
    final Node<T>[] children;
    final List<T> values;

    Node(char[] letters, Node<T>[] children, List<T> values) {
      this.letters = letters;
      this.children = children;
      this.values = values;
    }

    Node<T> child(char letter) {
      int at = Arrays.binarySearch(letters, letter);
      return at >= 0 ? children[at] : null;
    }
  }

  /** A mutable node used while building. */
  private static final class Draft<T> {
    final Map<Character, Draft<T>> children = new TreeMap<>();
    final List<T> values = new ArrayList<>();
  }

  private final Node<T> root;
  private final boolean fromEnd;
  private final boolean empty;

  /**
   * @param affixes each affix with its values
   * @param fromEnd true for word endings (the affixes are matched against the end of a word)
   */
  AffixTrie(Map<String, ? extends List<T>> affixes, boolean fromEnd) {
    Draft<T> draft = new Draft<>();
    for (Map.Entry<String, ? extends List<T>> entry : affixes.entrySet()) {
      String affix = entry.getKey();
      Draft<T> node = draft;
      for (int i = 0; i < affix.length(); i++) {
        char letter = affix.charAt(fromEnd ? affix.length() - 1 - i : i);
        node = node.children.computeIfAbsent(letter, c -> new Draft<>());
      }
      node.values.addAll(entry.getValue());
    }
    this.root = freeze(draft);
    this.fromEnd = fromEnd;
    this.empty = affixes.isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static <T> Node<T> freeze(Draft<T> draft) {
    char[] letters = new char[draft.children.size()];
    Node<T>[] children = (Node<T>[]) new Node<?>[draft.children.size()];
    int i = 0;
    for (Map.Entry<Character, Draft<T>> child : draft.children.entrySet()) {
      letters[i] = child.getKey();
      children[i] = freeze(child.getValue());
      i++;
    }
    return new Node<>(letters, children, List.copyOf(draft.values));
  }

  /** True when some affix in the trie begins (or ends) {@code word}. */
  boolean matches(String word) {
    if (empty) {
      return false;
    }
    Node<T> node = root;
    int length = word.length();
    for (int i = 0; i < length; i++) {
      node = node.child(word.charAt(fromEnd ? length - 1 - i : i));
      if (node == null) {
        return false;
      }
      if (!node.values.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Hands every non-empty value list of an affix of {@code word} to {@code into}. */
  void collect(String word, Consumer<List<T>> into) {
    if (empty) {
      return;
    }
    Node<T> node = root;
    int length = word.length();
    for (int i = 0; i < length; i++) {
      node = node.child(word.charAt(fromEnd ? length - 1 - i : i));
      if (node == null) {
        return;
      }
      if (!node.values.isEmpty()) {
        into.accept(node.values);
      }
    }
  }
}
