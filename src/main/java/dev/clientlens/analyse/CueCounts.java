package dev.clientlens.analyse;

import dev.clientlens.domain.Cue;
import java.util.Map;

/**
 * How many sentences of one message show each cue, packed into one {@code long} (five bits a cue,
 * counts above 31 stay at 31) so that a message's analysis costs a few bytes when a scan keeps it.
 */
public record CueCounts(long packed) {
  private static final int BITS = 5;
  private static final int MAX = (1 << BITS) - 1;
  public static final CueCounts NONE = new CueCounts(0L);

  public static CueCounts of(Map<Cue, Integer> counts) {
    long packed = 0;
    for (Map.Entry<Cue, Integer> entry : counts.entrySet()) {
      int count = Math.min(MAX, Math.max(0, entry.getValue()));
      packed |= (long) count << (entry.getKey().ordinal() * BITS);
    }
    return new CueCounts(packed);
  }

  public int count(Cue cue) {
    return (int) (packed >>> (cue.ordinal() * BITS)) & MAX;
  }

  public boolean has(Cue cue) {
    return count(cue) > 0;
  }
}
