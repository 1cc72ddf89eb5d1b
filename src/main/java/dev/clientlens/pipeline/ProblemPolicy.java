package dev.clientlens.pipeline;

/**
 * What a scan does with a message it cannot read or parse: {@link #SKIP_AND_RECORD} writes it to
 * {@code skipped.csv} and goes on (the default: one bad message never stops a scan);
 * {@link #STOP} ends the scan at the first one, for checking a parser change against a corpus.
 */
public enum ProblemPolicy {
  SKIP_AND_RECORD,
  STOP;

  /** Thrown under {@link #STOP}; carries the location and reason. */
  public static final class StoppedException extends java.io.IOException {
    public StoppedException(String message) {
      super(message);
    }
  }

  void onProblem(String location, String reason) throws StoppedException {
    if (this == STOP) {
      throw new StoppedException(location + ": could not read message: " + reason);
    }
  }
}
