package dev.clientlens.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code generate}: writes a synthetic mailbox (wired to the generator once it lands). */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Writes a synthetic demo mailbox.")
final class GenerateCommand implements Callable<Integer> {
  private final Cli cli;

  GenerateCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    cli.err().println("clientlens generate: not wired yet");
    return ExitCode.INTERNAL;
  }
}
