package dev.clientlens.source;

import dev.clientlens.domain.FolderRole;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Maildir and its Maildir++ subfolders ({@code .Sent}, {@code .Archive.2024}, ...). Folders are
 * visited in name order with the inbox first, and files in name order within {@code cur} then
 * {@code new}, so two scans of the same tree see the same sequence. Only one folder's file names are held
 * at a time.
 */
final class MaildirSource implements MessageSource {
  private final Path root;
  private final Limits limits;
  private final Deque<Path> folders;
  private final Deque<Path> files = new ArrayDeque<>();
  private final long estimatedCount;
  private KnownItems known = KnownItems.NONE;
  private String folderName = "";
  private FolderRole folderRole = FolderRole.INBOX;

  MaildirSource(Path root, Limits limits) throws IOException {
    this.root = root;
    this.limits = limits;
    this.folders = new ArrayDeque<>(listFolders(root));
    this.estimatedCount = countFiles(folders);
  }

  /** Counts the files up front (names only, none kept) so the progress line can show an ETA. */
  private static long countFiles(Deque<Path> folders) throws IOException {
    long count = 0;
    for (Path folder : folders) {
      for (String sub : List.of("cur", "new")) {
        Path dir = folder.resolve(sub);
        if (Files.isDirectory(dir)) {
          try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path ignored : entries) {
              count++;
            }
          }
        }
      }
    }
    return count;
  }

  @Override
  public java.util.OptionalLong estimatedCount() {
    return java.util.OptionalLong.of(estimatedCount);
  }

  static boolean isMaildir(Path dir) {
    return Files.isDirectory(dir.resolve("cur")) || Files.isDirectory(dir.resolve("new"));
  }

  private static List<Path> listFolders(Path root) throws IOException {
    List<Path> subfolders = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, ".*")) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.equals(".") && !name.equals("..") && Files.isDirectory(entry) && isMaildir(entry)) {
          subfolders.add(entry);
        }
      }
    }
    subfolders.sort(null);
    List<Path> all = new ArrayList<>();
    if (isMaildir(root)) {
      all.add(root);
    }
    all.addAll(subfolders);
    return all;
  }

  @Override
  public void passOver(KnownItems known) {
    this.known = known;
  }

  /** Maildir names change with the flags after {@code :2,}; the part before it names the message. */
  private String itemKey(Path file) {
    String name = file.getFileName().toString();
    int colon = name.indexOf(':');
    String unique = colon > 0 ? name.substring(0, colon) : name;
    return folderName + "/" + unique;
  }

  @Override
  public Optional<RawMessage> next() throws IOException {
    Path file;
    String location;
    String key;
    do {
      while (files.isEmpty()) {
        if (folders.isEmpty()) {
          return Optional.empty();
        }
        openFolder(folders.removeFirst());
      }
      file = files.removeFirst();
      location = root.relativize(file).toString();
      key = itemKey(file);
    } while (known.isKnown(key, "", location));
    try {
      Instant delivered = deliveryTime(file);
      return Optional.of(limits.file(file, location, folderName, folderRole, delivered, key, ""));
    } catch (UnreadableMessageException e) {
      throw e;
    } catch (IOException e) {
      throw new UnreadableMessageException(location, String.valueOf(e.getMessage()), e);
    }
  }

  /** 1990-01-01: Maildir names with an earlier "time" are not named by delivery time. */
  private static final long PLAUSIBLE_EPOCH_SECONDS = 631_152_000L;

  /** Maildir names start with the delivery time in epoch seconds; the file time is the fallback. */
  private static Instant deliveryTime(Path file) throws IOException {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    if (dot > 0 && dot <= 12) {
      try {
        long seconds = Long.parseLong(name.substring(0, dot));
        if (seconds >= PLAUSIBLE_EPOCH_SECONDS) {
          return Instant.ofEpochSecond(seconds);
        }
      } catch (NumberFormatException notATimestamp) {
        // fall through to the file time
      }
    }
    return Files.getLastModifiedTime(file).toInstant();
  }

  private void openFolder(Path folder) throws IOException {
    folderName = folder.equals(root) ? "INBOX" : folder.getFileName().toString();
    folderRole = FolderRole.ofName(folderName);
    for (String sub : List.of("cur", "new")) {
      Path dir = folder.resolve(sub);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> names = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path entry : entries) {
          if (!entry.getFileName().toString().startsWith(".") && Files.isRegularFile(entry)) {
            names.add(entry);
          }
        }
      }
      names.sort(null);
      files.addAll(names);
    }
  }

  @Override
  public String describe() {
    return "maildir " + root;
  }

  @Override
  public void close() {
    files.clear();
    folders.clear();
  }
}
