package dev.clientlens.architecture.a;

import dev.clientlens.architecture.b.Second;

/** Half of a package cycle built on purpose (see ArchitectureTest). */
public final class First {
  private First() {}

  static Second other() {
    return null;
  }
}
