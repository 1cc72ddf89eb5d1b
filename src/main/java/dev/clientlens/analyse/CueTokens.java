package dev.clientlens.analyse;

/**
 * A sentence as the cue rules see it: lower-case words with contractions and spelling variants
 * resolved, punctuation kept as marks, and the UPOS tag of the token each word came from ({@code X}
 * when the language has no tagger yet). Built by {@link TokenNormaliser}; read-only by convention.
 */
final class CueTokens {
  static final String UNKNOWN_TAG = "X";

  final String[] words;
  final String[] tags;
  final boolean[] punctuation;
  final int size;

  CueTokens(String[] words, String[] tags, boolean[] punctuation) {
    if (words.length != tags.length || words.length != punctuation.length) {
      throw new IllegalArgumentException("cue tokens: " + words.length + " words, " + tags.length + " tags, "
          + punctuation.length + " punctuation flags");
    }
    this.words = words;
    this.tags = tags;
    this.punctuation = punctuation;
    this.size = words.length;
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
      text.append(words[i]).append('/').append(tags[i]);
    }
    return text.toString();
  }
}
