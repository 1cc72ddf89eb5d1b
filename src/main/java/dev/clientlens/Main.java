package dev.clientlens;

import dev.clientlens.cli.Cli;
import java.io.PrintStream;

/** Entry point: runs the command line and exits with its code. Everything else lives in {@code cli}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        java.nio.charset.StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        java.nio.charset.StandardCharsets.UTF_8);
    System.exit(run(args, out, err, System.console() != null));
  }

  /**
   * Runs one command line and returns its exit code: 0 success, 1 finished with skipped messages,
   * 2 usage error, 3 the source could not be read at all.
   *
   * @param terminal whether stderr is a terminal (a progress line is drawn only then)
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    return new Cli(out, err, terminal).execute(args);
  }
}
