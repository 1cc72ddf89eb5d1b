package dev.clientlens.architecture;

import dev.clientlens.generate.GeneratorSettings;

/** Breaks the architecture on purpose: a class outside the tools that uses the generator (see ArchitectureTest). */
public final class UsesATool {
  private UsesATool() {}

  public static Object settings() {
    return GeneratorSettings.class;
  }
}
