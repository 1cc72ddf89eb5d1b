package dev.clientlens.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's learnable tokenizer with its decisions remembered per word. {@code TokenizerME} splits the
 * text at white space and then decides, for each piece on its own, where inside it to split (a context
 * of the piece's characters, its abbreviation list and its alphanumeric rule): the same piece is always
 * split the same way, wherever it stands. Mail repeats its words, so each piece is decided once and
 * looked up after that. Not thread-safe: one per thread, like the tokenizer it wraps.
 */
final class CachedTokenizer {
  /** Pieces remembered before the memory is cleared and filled again (a few MiB). */
  static final int REMEMBERED = 50_000;
  private static final int[] WHOLE = new int[0];

  private final TokenizerME tokenizer;
  private final Map<String, int[]> spans = new HashMap<>();

  CachedTokenizer(TokenizerModel model) {
    this.tokenizer = new TokenizerME(model);
  }

  /** The tokens of a sentence, as {@link TokenizerME#tokenize} gives them. */
  String[] tokenize(String sentence) {
    Span[] pieces = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
    List<String> tokens = new ArrayList<>(pieces.length + pieces.length / 4);
    for (Span span : pieces) {
      String piece = sentence.substring(span.getStart(), span.getEnd());
      if (piece.length() < 2) {
        tokens.add(piece);
        continue;
      }
      int[] spans = spansOf(piece);
      if (spans == WHOLE) {
        tokens.add(piece);
        continue;
      }
      for (int i = 0; i < spans.length; i += 2) {
        tokens.add(piece.substring(spans[i], spans[i + 1]));
      }
    }
    return tokens.toArray(new String[0]);
  }

  /**
   * The tokens of a piece (no white space in it) as start and end offsets, in order; {@code WHOLE} when
   * it stays one token. Offsets, not split points: after an abbreviation the tokenizer's spans may
   * overlap.
   */
  private int[] spansOf(String piece) {
    int[] known = spans.get(piece);
    if (known != null) {
      return known;
    }
    Span[] found = tokenizer.tokenizePos(piece);
    int[] at = WHOLE;
    if (found.length != 1 || found[0].getStart() != 0 || found[0].getEnd() != piece.length()) {
      at = new int[found.length * 2];
      for (int i = 0; i < found.length; i++) {
        at[2 * i] = found[i].getStart();
        at[2 * i + 1] = found[i].getEnd();
      }
    }
    if (spans.size() >= REMEMBERED) {
      spans.clear();
    }
    spans.put(piece, at);
    return at;
  }
}
