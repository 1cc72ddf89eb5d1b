package dev.clientlens.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to read mail from, as the user named it: a local export or an IMAP account. {@link Sources}
 * opens either.
 */
public sealed interface SourceSpec permits SourceSpec.Local, ImapSettings {

  /** A short description for messages to the user; never contains a secret. */
  String describe();

  /** A Maildir, an mbox file, an {@code .eml} file or a tree of them. */
  record Local(Path path) implements SourceSpec {
    public Local {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String describe() {
      return path.toString();
    }
  }

  static SourceSpec local(Path path) {
    return new Local(path);
  }
}
