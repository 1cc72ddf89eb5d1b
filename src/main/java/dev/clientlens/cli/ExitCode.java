package dev.clientlens.cli;

/** The process exit codes, as documented in the README. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int SKIPPED_SOME = 1;
  public static final int USAGE = 2;
  /** A source could not be read at all: missing path, not a mailbox, server unreachable, login refused. */
  public static final int SOURCE_UNREADABLE = 3;
  /** Something we did not expect (a defect, or the JVM ran out of memory), in one line; the trace under --verbose. */
  public static final int INTERNAL = 4;
  /** The report or the store could not be written (or the store read): disk full, permission, damaged store. */
  public static final int WRITE_FAILED = 5;
  /** Another scan is using the same store or report directory. */
  public static final int LOCKED = 6;

  private ExitCode() {}
}
