package dev.clientlens.analyse.phrase;

/**
 * A sentence as a {@link PhraseTable} reads it: lower-case words by position, and which of them opens
 * the sentence, so a phrase can be limited to sentence openings.
 */
public interface WordSequence {
  int size();

  /** The lower-case word at {@code i}, or the empty string past either end. */
  String word(int i);

  /** Whether word {@code i} is the sentence's first word (leading punctuation does not count). */
  boolean opensSentence(int i);
}
