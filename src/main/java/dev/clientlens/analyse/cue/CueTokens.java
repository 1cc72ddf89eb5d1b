package dev.clientlens.analyse.cue;

import java.util.List;

/**
 * A sentence as the cue rules see it: lower-case words with contractions and spelling variants
 * resolved, punctuation kept as marks, and the UPOS tag of the token each word came from ({@code X}
 * when the language has no tagger yet). Built by {@link TokenNormaliser}; read-only by convention.
 */
final class CueTokens {
  static final String UNKNOWN_TAG = "X";
  static final String PUNCTUATION_TAG = "PUNCT";
  /** In {@link #source}: a punctuation mark, tagged {@value #PUNCTUATION_TAG} whatever the tagger says. */
  static final int PUNCTUATION = -1;

  final String[] words;
  final boolean[] punctuation;
  final int size;
  /** The sentence's tags by token, read only where a rule asks for a tag (see {@code LazyTags} in analyse.nlp). */
  private final List<String> sourceTags;
  /** For each word, the token whose tag it takes, or {@link #PUNCTUATION}. */
  private final int[] source;
  /** For each word, its place among the pieces its token was split into, and how many there were. */
  private final int[] piece;
  private final int[] pieces;
  private final String[] tags;

  CueTokens(String[] words, boolean[] punctuation, List<String> sourceTags, int[] source, int[] piece,
      int[] pieces) {
    if (words.length != punctuation.length || words.length != source.length || words.length != piece.length
        || words.length != pieces.length) {
      throw new IllegalArgumentException("cue tokens: " + words.length + " words, " + punctuation.length
          + " punctuation flags, " + source.length + " sources");
    }
    this.words = words;
    this.punctuation = punctuation;
    this.size = words.length;
    this.sourceTags = sourceTags;
    this.source = source;
    this.piece = piece;
    this.pieces = pieces;
    this.tags = new String[words.length];
  }

  /**
   * The UPOS tag of word {@code i}: its token's, or the matching part of a joined tag ({@code PRON+AUX}
   * for "I'm" gives PRON to "i" and AUX to "am"); {@link #UNKNOWN_TAG} when there is none.
   */
  String tag(int i) {
    String tag = tags[i];
    if (tag == null) {
      tag = source[i] == PUNCTUATION ? PUNCTUATION_TAG : pieceTag(sourceTags.get(source[i]), piece[i], pieces[i]);
      tags[i] = tag;
    }
    return tag;
  }

  private static String pieceTag(String tag, int k, int count) {
    if (tag.indexOf('+') < 0) {
      return tag.isEmpty() ? UNKNOWN_TAG : tag;
    }
    String[] tagParts = tag.split("\\+");
    String pieceTag = tagParts.length == count ? tagParts[k] : tagParts[0];
    return pieceTag.isEmpty() ? UNKNOWN_TAG : pieceTag;
  }

  /** True when only punctuation (or nothing) follows position {@code from}. */
  boolean onlyPunctuationFrom(int from) {
    for (int i = from; i < size; i++) {
      if (!punctuation[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(words[i]).append('/').append(tag(i));
    }
    return text.toString();
  }
}
