package dev.clientlens.generate;

import java.util.List;

/**
 * A seeded SplitMix64 generator. The generator owns its algorithm (rather than using {@code java.util.Random}
 * or {@code SplittableRandom}) and uses {@link StrictMath}, so the same seed gives the same mailbox on every
 * JDK and platform.
 */
final class Dice {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private long state;

  Dice(long seed) {
    this.state = seed;
  }

  /** A generator whose stream depends on every part, so sibling streams (thread 3 of client 7) are independent. */
  static Dice of(long... parts) {
    return new Dice(mix(parts));
  }

  static long mix(long... parts) {
    long h = 0x243F6A8885A308D3L;
    for (long part : parts) {
      h = scramble(h + GOLDEN + scramble(part));
    }
    return h;
  }

  private static long scramble(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN;
    return scramble(state);
  }

  /** Uniform in [0, 1). */
  double unit() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  int below(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("dice: bound must be positive: " + bound);
    }
    return (int) ((nextLong() >>> 1) % bound);
  }

  /** Uniform in [lo, hi] (both inclusive). */
  int between(int lo, int hi) {
    return lo + below(hi - lo + 1);
  }

  /** Uniform in [lo, hi). */
  double uniform(double lo, double hi) {
    return lo + (hi - lo) * unit();
  }

  boolean chance(double p) {
    return unit() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(below(items.size()));
  }

  /** Standard normal by Box-Muller, one value per call (the twin is dropped to keep the stream simple). */
  double gaussian() {
    double u = 1.0 - unit();
    double v = unit();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  /** Log-normal with the given median; sigma is the spread of the underlying normal. */
  double logNormal(double median, double sigma) {
    return median * StrictMath.exp(sigma * gaussian());
  }

  /** Lower-case hex digits, for Message-IDs and MIME boundaries. */
  String hex(int digits) {
    StringBuilder sb = new StringBuilder(digits);
    while (sb.length() < digits) {
      long v = nextLong();
      for (int i = 0; i < 16 && sb.length() < digits; i++) {
        sb.append(Character.forDigit((int) (v & 15), 16));
        v >>>= 4;
      }
    }
    return sb.toString();
  }

  /** Picks an index by weight; weights need not sum to one. */
  int weighted(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = unit() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
