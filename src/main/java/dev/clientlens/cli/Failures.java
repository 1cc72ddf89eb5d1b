package dev.clientlens.cli;

import dev.clientlens.pipeline.ProblemPolicy;
import dev.clientlens.report.ReportException;
import dev.clientlens.source.ImapSettings;
import dev.clientlens.store.StoreException;
import dev.clientlens.store.StoreLock;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed command tells the user: its exit code, and one line in words. A Java class name means
 * nothing to the user, so none is shown (the trace is for {@code --verbose}); nor is a password typed
 * into an IMAP address.
 */
final class Failures {
  private Failures() {}

  /** The exit code of a scan that ended with {@code failure}. */
  static int exitCode(Throwable failure) {
    if (failure instanceof StoreLock.HeldException) {
      return ExitCode.LOCKED;
    }
    if (failure instanceof ProblemPolicy.StoppedException) {
      return ExitCode.SKIPPED_SOME;
    }
    if (failure instanceof StoreException || failure instanceof ReportException) {
      return ExitCode.WRITE_FAILED;
    }
    if (failure instanceof IOException) {
      // a source that could not be opened, or that failed half-way through
      return ExitCode.SOURCE_UNREADABLE;
    }
    return ExitCode.INTERNAL;
  }

  /** The failure in words, for {@code clientlens scan: ...}. */
  static String words(Throwable failure) {
    if (failure instanceof OutOfMemoryError) {
      long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      return "out of memory: the scan needed more than the " + mib + " MiB the JVM may use; give it more, e.g. "
          + "java -Xmx4g -jar clientlens.jar scan ...";
    }
    if (failure instanceof StackOverflowError) {
      return "internal error: a message nested too deeply to follow (run with --verbose for the details)";
    }
    if (failure instanceof IOException) {
      return plain(failure);
    }
    String message = failure.getMessage() == null || failure.getMessage().isBlank()
        ? "an unexpected failure" : plain(failure);
    return "internal error: " + message + " (a defect in clientlens; run with --verbose for the details)";
  }

  /** Exceptions whose name says something a user can act on, in words. */
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("MalformedInputException", "not UTF-8 text"),
      Map.entry("UnmappableCharacterException", "not UTF-8 text"),
      Map.entry("CharacterCodingException", "not UTF-8 text"),
      Map.entry("CSVException", "not valid CSV"),
      Map.entry("NoSuchFileException", "no such file or directory"),
      Map.entry("AccessDeniedException", "permission denied"),
      Map.entry("FileAlreadyExistsException", "a file of that name is in the way"),
      Map.entry("DirectoryNotEmptyException", "a directory of that name is in the way"),
      Map.entry("NotDirectoryException", "not a directory"),
      Map.entry("OutOfMemoryError", "out of memory"),
      Map.entry("UnknownHostException", "unknown host"),
      Map.entry("SocketTimeoutException", "timed out"),
      Map.entry("ConnectException", "connection refused"),
      Map.entry("EOFException", "the file ends too early"));

  /** {@code java.nio.charset.MalformedInputException: Input length = 1}, or a name alone. */
  private static final Pattern CLASS_NAME = Pattern.compile(
      "\\b(?:[a-z][a-z0-9_]*\\.)*([A-Z][A-Za-z0-9_$]*(?:Exception|Error))\\b(?::\\s*(Input length = \\d+)?)?");

  /** The message of {@code failure} (or its cause) without class names and without IMAP passwords. */
  static String plain(Throwable failure) {
    String message = failure.getMessage();
    if (message == null || message.isBlank() || message.matches("Input length = \\d+")) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof CharacterCodingException) {
          return "not UTF-8 text";
        }
      }
      message = message == null || message.isBlank() ? "input/output error" : message;
    }
    return ImapSettings.redactAll(withoutClassNames(message));
  }

  static String withoutClassNames(String text) {
    Matcher m = CLASS_NAME.matcher(text);
    StringBuilder plain = new StringBuilder();
    while (m.find()) {
      String words = NAMES.get(m.group(1));
      String replacement;
      if (words == null) {
        replacement = "";
      } else {
        boolean colon = m.group().contains(":") && m.group(2) == null && m.end() < text.length();
        replacement = words + (colon ? ": " : "");
      }
      m.appendReplacement(plain, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(plain);
    String result = plain.toString().replaceAll(":\\s*:", ":").replaceAll("\\s{2,}", " ").strip();
    if (result.endsWith(":")) {
      result = result.substring(0, result.length() - 1);
    }
    return result.isEmpty() ? "an unexpected failure" : result;
  }
}
