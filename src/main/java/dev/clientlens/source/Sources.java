package dev.clientlens.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a source: an IMAP account, or a local mail export, telling Maildirs, mbox files and message
 * files apart by their shape and content, not their names.
 */
public final class Sources {
  private Sources() {}

  /**
   * Opens a local export ({@link #open(Path, Limits)}) or connects to an IMAP account, logs in and
   * chooses its folders.
   *
   * @throws SourceUnavailableException when the path is missing or unreadable, or the server cannot be
   *     reached, refuses the login or the certificate, or a named folder does not exist
   */
  public static MessageSource open(SourceSpec source, Limits limits) throws IOException {
    if (source instanceof ImapSettings imap) {
      return new ImapSource(imap, limits);
    }
    return open(((SourceSpec.Local) source).path(), limits);
  }

  /**
   * Opens {@code path}: a directory as a mail tree (Maildirs at any depth, mbox files and message files,
   * see {@link MailTree}); a file by its content, as an mbox when it starts with a {@code From } line
   * and as one message when it starts with a mail header (or is named {@code .eml} or {@code .msg}),
   * whatever its name.
   *
   * @throws SourceUnavailableException when the path is missing or unreadable, or no mail is found in it
   */
  public static MessageSource open(Path path, Limits limits) throws IOException {
    if (!Files.exists(path)) {
      throw new SourceUnavailableException(path + ": could not open source: no such file or directory");
    }
    if (!Files.isReadable(path)) {
      throw new SourceUnavailableException(path + ": could not open source: permission denied");
    }
    if (Files.isDirectory(path)) {
      return MailTreeSource.open(path, limits);
    }
    if (!Files.isRegularFile(path)) {
      throw new SourceUnavailableException(path + ": could not open source: not a regular file or directory");
    }
    if (Files.size(path) == 0) {
      throw new SourceUnavailableException(path + ": could not open source: no mail found (an empty file)");
    }
    MailFormat format = MailFormat.of(path);
    if (format == MailFormat.MBOX || MboxSource.looksLikeMbox(path)) {
      return new MboxSource(path, limits);
    }
    if (format == MailFormat.MESSAGE || MailFormat.namedAsMessage(path)) {
      return MailTreeSource.ofFile(path, limits);
    }
    throw new SourceUnavailableException(path + ": could not open source: no mail found (not a Maildir, an mbox "
        + "file starting with \"From \" or a message starting with its header)");
  }
}
