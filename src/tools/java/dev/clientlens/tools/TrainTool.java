package dev.clientlens.tools;

import dev.clientlens.cli.Cli;
import dev.clientlens.cli.Tool;

/** Adds {@code train} to the command line (listed in {@code META-INF/services/dev.clientlens.cli.Tool}). */
public final class TrainTool implements Tool {
  @Override
  public Object command(Cli cli) {
    return new TrainCommand(cli);
  }
}
