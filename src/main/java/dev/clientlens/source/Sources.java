package dev.clientlens.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a source: an IMAP account, or a local mail export, telling Maildir, mbox and {@code .eml} trees
 * apart by their shape.
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
   * Opens {@code path} as a Maildir (a directory with {@code cur} or {@code new}), a tree of
   * {@code .eml} files (any other directory), an {@code .eml} file, or an mbox file.
   *
   * @throws SourceUnavailableException when the path is missing or is none of these
   */
  public static MessageSource open(Path path, Limits limits) throws IOException {
    if (!Files.exists(path)) {
      throw new SourceUnavailableException(path + ": could not open source: no such file or directory");
    }
    if (!Files.isReadable(path)) {
      throw new SourceUnavailableException(path + ": could not open source: permission denied");
    }
    if (Files.isDirectory(path)) {
      return MaildirSource.isMaildir(path) || hasMaildirSubfolder(path)
          ? new MaildirSource(path, limits)
          : new EmlTreeSource(path, limits);
    }
    if (EmlTreeSource.isEml(path)) {
      return new EmlTreeSource(path, limits);
    }
    if (MboxSource.looksLikeMbox(path) || Files.size(path) == 0) {
      return new MboxSource(path, limits);
    }
    throw new SourceUnavailableException(
        path + ": could not open source: not a Maildir, an mbox file (starting with \"From \") or an .eml file");
  }

  private static boolean hasMaildirSubfolder(Path dir) throws IOException {
    try (var entries = Files.newDirectoryStream(dir, ".*")) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry) && MaildirSource.isMaildir(entry)) {
          return true;
        }
      }
    }
    return false;
  }
}
