package dev.clientlens.analyse.nlp;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The part-of-speech tags of one sentence, decided by its {@link GreedyTagger} from the left as far as
 * they are read: the same tags the tagger gives the whole sentence, without tagging tokens nobody reads
 * (our own mail, read only for deadlines, is never tagged). Reads take the tagger's lock, so a sentence
 * handed to another thread still reads correct tags.
 */
final class LazyTags extends AbstractList<String> implements RandomAccess {
  private final GreedyTagger tagger;
  final String[] tokens;
  /** The tags as the model names them (the context of the next decision), then upper case. */
  final String[] raw;
  final String[] tags;
  /** How many tags from the left are decided. */
  int decided;
  /** A lower bound on the log probability of the tags decided so far. */
  double scoreBound;

  LazyTags(GreedyTagger tagger, String[] tokens) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.tokens = tokens.clone();
    this.raw = new String[tokens.length];
    this.tags = new String[tokens.length];
  }

  @Override
  public String get(int index) {
    Objects.checkIndex(index, tags.length);
    synchronized (tagger) {
      if (index >= decided) {
        tagger.decide(this, index);
      }
      return tags[index];
    }
  }

  @Override
  public int size() {
    return tags.length;
  }

  /** How many tags have been decided so far (for tests: tagging stops where reading stops). */
  int decidedCount() {
    synchronized (tagger) {
      return decided;
    }
  }

  /** Takes the tags of the whole sentence from the tagger's full search. */
  void setAll(String[] upperCase) {
    if (upperCase.length != tags.length) {
      throw new IllegalStateException("tagger: " + upperCase.length + " tags for " + tags.length + " tokens");
    }
    System.arraycopy(upperCase, 0, tags, 0, tags.length);
    decided = tags.length;
  }
}
