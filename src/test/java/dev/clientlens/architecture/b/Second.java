package dev.clientlens.architecture.b;

import dev.clientlens.architecture.a.First;

/** The other half of a package cycle built on purpose (see ArchitectureTest). */
public final class Second {
  private Second() {}

  static First other() {
    return null;
  }
}
