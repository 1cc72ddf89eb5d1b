package dev.clientlens.pipeline;

import java.util.OptionalLong;

/** Told how far a scan has come; the CLI draws a progress line from it on a terminal. */
public interface Progress {
  Progress NONE = (read, expected, elapsedNanos) -> {};

  /**
   * Called after each batch of messages.
   *
   * @param read messages read so far
   * @param expected how many the sources hold, when they could tell in advance
   */
  void update(long read, OptionalLong expected, long elapsedNanos);
}
