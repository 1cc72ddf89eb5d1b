package dev.clientlens.cli;

import dev.clientlens.source.ImapSettings;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The command line: {@code scan}, {@code eval} and {@code cues}, then the {@link Tool}s found on the class
 * path ({@code generate}, {@code train}) and {@code help}. Usage errors become one line and exit code 2; a
 * subcommand returns its own exit code; an unexpected failure, running out of memory included, is one line
 * and exit code 4.
 */
@Command(
    name = "clientlens",
    mixinStandardHelpOptions = true,
    version = "clientlens 0.1.0",
    description = "Reads a mailbox, groups the correspondence by client and measures how each client behaves.",
    subcommands = {ScanCommand.class, EvalCommand.class, CuesCommand.class})
public final class Cli implements Runnable {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;
  private final Map<String, String> environment;

  public Cli(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    this(in, out, err, terminal, System.getenv());
  }

  /** With a given environment instead of the process's, for tests. */
  Cli(InputStream in, PrintStream out, PrintStream err, boolean terminal, Map<String, String> environment) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.environment = Map.copyOf(environment);
  }

  InputStream in() {
    return in;
  }

  /** Where a subcommand writes its output. */
  public PrintStream out() {
    return out;
  }

  /** Where a subcommand writes progress and errors. */
  public PrintStream err() {
    return err;
  }

  boolean terminal() {
    return terminal;
  }

  /** An environment variable, if set and not empty. */
  Optional<String> environment(String name) {
    return Optional.ofNullable(environment.get(name)).filter(value -> !value.isEmpty());
  }

  @Override
  public void run() {
    commandLine().usage(out);
  }

  /** The product's subcommands, then every tool on the class path, then {@code help}. */
  private CommandLine commandLine() {
    CommandLine line = new CommandLine(this, new Factory(this));
    for (Tool tool : ServiceLoader.load(Tool.class, Cli.class.getClassLoader())) {
      line.addSubcommand(tool.command(this));
    }
    return line.addSubcommand(CommandLine.HelpCommand.class);
  }

  public int execute(String[] args) {
    CommandLine line = commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    line.setParameterExceptionHandler(this::usageError);
    line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("clientlens " + commandLine.getCommandName() + ": " + Failures.words(e));
      return ExitCode.INTERNAL;
    });
    try {
      return line.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // picocli passes errors through; they are one line and exit code 4 like any other internal error
      err.println("clientlens: " + Failures.words(e));
      return ExitCode.INTERNAL;
    }
  }

  private int usageError(ParameterException e, String[] args) {
    String command = e.getCommandLine().getCommandName();
    err.println("clientlens: " + ImapSettings.redactAll(e.getMessage()));
    err.println("Try 'java -jar clientlens.jar " + (command.equals("clientlens") ? "" : command + " ") + "--help'.");
    return ExitCode.USAGE;
  }

  /** Hands the subcommands the streams they write to, so the whole CLI runs in-process in tests. */
  private static final class Factory implements CommandLine.IFactory {
    private final Cli cli;

    Factory(Cli cli) {
      this.cli = cli;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ScanCommand.class) {
        return type.cast(new ScanCommand(cli));
      }
      if (type == EvalCommand.class) {
        return type.cast(new EvalCommand(cli));
      }
      if (type == CuesCommand.class) {
        return type.cast(new CuesCommand(cli));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
