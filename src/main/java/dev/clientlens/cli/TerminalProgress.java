package dev.clientlens.cli;

import dev.clientlens.pipeline.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;

/** A progress line redrawn in place on a terminal, at most a few times a second; silent elsewhere. */
final class TerminalProgress implements Progress {
  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private long lastDrawn;
  private boolean drawn;

  TerminalProgress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public void update(long read, OptionalLong expected, long elapsedNanos) {
    if (!enabled || elapsedNanos - lastDrawn < INTERVAL_NANOS) {
      return;
    }
    lastDrawn = elapsedNanos;
    double seconds = elapsedNanos / 1e9;
    double rate = read / Math.max(seconds, 1e-3);
    String eta = "";
    if (expected.isPresent() && expected.getAsLong() >= read && rate > 0) {
      eta = String.format(Locale.ROOT, " of %,d, about %.0f s left", expected.getAsLong(),
          (expected.getAsLong() - read) / rate);
    }
    err.printf(Locale.ROOT, "\rclientlens: read %,d messages%s, %,.0f/s ", read, eta, rate);
    err.flush();
    drawn = true;
  }

  void finish() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }
}
