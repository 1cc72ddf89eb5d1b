package dev.clientlens.analyse.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's learnable tokenizer with its decisions remembered per word. {@code TokenizerME} splits the
 * text at white space and then decides, for each piece on its own, where inside it to split (a context
 * of the piece's characters, its abbreviation list and its alphanumeric rule): the same piece is always
 * split the same way, wherever it stands. Mail repeats its words, so each piece is decided once and
 * looked up after that. A new piece is decided as {@code TokenizerME.tokenizePos} decides it, with the
 * model read by {@link FastMaxent} (the best outcome, no probabilities). Not thread-safe: one per
 * thread, like the tokenizer it extends.
 */
final class CachedTokenizer extends TokenizerME {
  /** Pieces remembered, the least recently used forgotten first (about 100 bytes each). */
  static final int REMEMBERED = 100_000;
  private static final int[] WHOLE = new int[0];

  private final Map<String, int[]> spans = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
      return size() > REMEMBERED;
    }
  };
  /** The model read from its parameters, or null when OpenNLP's own tokenizer decides. */
  private final FastMaxent fast;
  private final int split;
  private final TokenContextGenerator contexts;
  private final Pattern alphanumeric;

  CachedTokenizer(TokenizerModel model) {
    super(model);
    MaxentModel classifier = model.getMaxentModel();
    this.fast = FastMaxent.of(classifier) instanceof FastMaxent f ? f : null;
    this.split = classifier.getIndex(SPLIT);
    this.contexts = model.getFactory().getContextGenerator();
    this.alphanumeric = model.getFactory().getAlphaNumericPattern();
  }

  /** The tokens of a sentence, as {@link TokenizerME#tokenize} gives them. */
  @Override
  public String[] tokenize(String sentence) {
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
    int[] at = fast != null ? decide(piece) : offsets(tokenizePos(piece));
    if (at.length == 2 && at[0] == 0 && at[1] == piece.length()) {
      at = WHOLE;
    }
    spans.put(piece, at);
    return at;
  }

  private static int[] offsets(Span[] found) {
    int[] at = new int[found.length * 2];
    for (int i = 0; i < found.length; i++) {
      at[2 * i] = found[i].getStart();
      at[2 * i + 1] = found[i].getEnd();
    }
    return at;
  }

  /** {@code TokenizerME.tokenizePos} for one piece of two or more characters, step by step. */
  private int[] decide(String piece) {
    int end = piece.length();
    if (useAlphaNumericOptimization() && alphanumeric.matcher(piece).matches()) {
      return new int[] {0, end};
    }
    int[] at = new int[8];
    int size = 0;
    int start = 0;
    for (int j = 1; j < end; j++) {
      if (fast.best(contexts.getContext(piece, j)) != split) {
        continue;
      }
      if (size + 2 > at.length) {
        at = Arrays.copyOf(at, at.length * 2);
      }
      if (isAcceptableAbbreviation(piece)) {
        at[size++] = start;
        at[size++] = end;
        j += (int) piece.codePoints().filter(c -> c == '.').count();
        start = j + 1;
      } else {
        at[size++] = start;
        at[size++] = j;
        start = j;
      }
    }
    if (start < end) {
      if (size + 2 > at.length) {
        at = Arrays.copyOf(at, at.length + 2);
      }
      at[size++] = start;
      at[size++] = end;
    }
    return Arrays.copyOf(at, size);
  }
}
