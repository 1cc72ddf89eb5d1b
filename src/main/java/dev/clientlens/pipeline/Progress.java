package dev.clientlens.pipeline;

/** Told how far a scan has come; the CLI draws a progress line from it on a terminal. */
public interface Progress {
  Progress NONE = (read, elapsedNanos) -> {};

  /** Called after each batch of messages with the number read so far. */
  void update(long read, long elapsedNanos);
}
