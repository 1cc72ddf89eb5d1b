package dev.clientlens.report;

import java.io.IOException;

/** A report file could not be written; the message names the file and says why in words. */
public final class ReportException extends IOException {
  ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
