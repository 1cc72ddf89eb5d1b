package dev.clientlens.parse;

/** A message could not be parsed, or a part of it could not be read; the reason is for the user. */
public final class ParseProblem extends Exception {
  public ParseProblem(String reason, Throwable cause) {
    super(reason, cause);
  }

  public ParseProblem(String reason) {
    super(reason);
  }
}
