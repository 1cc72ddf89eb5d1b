package dev.clientlens.generate;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * Writes a Maildir++ tree: the inbox at the root, {@code .Sent} and {@code .Archive} as subfolders, each with
 * {@code cur}, {@code new} and {@code tmp}. Names are {@code <epoch>.M<seq>P1.clientlens:2,S} (no flags in
 * {@code new/}), and each file's modification time is the message time, as a delivery agent leaves it.
 */
final class MaildirSink implements Sink {
  private final Path root;
  private long sequence;

  private MaildirSink(Path root) {
    this.root = root;
  }

  /** Refuses a Maildir that already holds messages, so two runs never mix. */
  static MaildirSink open(Path root, Instant end) throws IOException {
    for (Folder folder : Folder.values()) {
      Path dir = folderPath(root, folder);
      for (String sub : new String[] {"cur", "new", "tmp"}) {
        Path d = dir.resolve(sub);
        if (Files.isDirectory(d) && !isEmpty(d)) {
          throw new IOException(root + ": could not write Maildir: " + d + " already holds messages");
        }
        Files.createDirectories(d);
      }
      if (folder != Folder.INBOX) {
        // Dovecot and Courier mark Maildir++ subfolders with an empty file of this name.
        Path marker = dir.resolve("maildirfolder");
        if (!Files.exists(marker)) {
          Files.write(marker, new byte[0]);
        }
        Files.setLastModifiedTime(marker, FileTime.from(end));
      }
    }
    return new MaildirSink(root);
  }

  @Override
  public void write(Letter letter) throws IOException {
    Envelope e = letter.envelope();
    sequence++;
    String base = e.at().getEpochSecond() + ".M" + sequence + "P1.clientlens";
    Path file = folderPath(root, e.folder()).resolve(e.unread() ? "new" : "cur")
        .resolve(e.unread() ? base : base + ":2,S");
    Files.write(file, letter.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    Files.setLastModifiedTime(file, FileTime.from(e.at()));
  }

  @Override
  public void close() {
    // Every file is complete when write returns; nothing is buffered.
  }


  private static Path folderPath(Path root, Folder folder) {
    return folder.maildirName().isEmpty() ? root : root.resolve(folder.maildirName());
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        if (!p.getFileName().toString().startsWith(".")) {
          return false;
        }
      }
      return true;
    }
  }
}
