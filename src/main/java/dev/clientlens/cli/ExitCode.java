package dev.clientlens.cli;

/** The process exit codes, as documented in the README. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int SKIPPED_SOME = 1;
  public static final int USAGE = 2;
  public static final int SOURCE_UNREADABLE = 3;
  /** Something we did not expect: a defect, reported in one line (with the trace under --verbose). */
  public static final int INTERNAL = 4;

  private ExitCode() {}
}
