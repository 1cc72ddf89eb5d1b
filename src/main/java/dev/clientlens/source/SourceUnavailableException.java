package dev.clientlens.source;

import java.io.IOException;

/** The source as a whole could not be read (missing path, unknown format, refused connection). */
public final class SourceUnavailableException extends IOException {
  public SourceUnavailableException(String message) {
    super(message);
  }

  public SourceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
