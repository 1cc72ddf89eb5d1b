package dev.clientlens.source;

import dev.clientlens.domain.FolderRole;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads every {@code .eml} file under a directory (or one {@code .eml} file), depth first in name order.
 * The folder a file sits in names its role, so an export with a {@code Sent} directory keeps it.
 */
final class EmlTreeSource implements MessageSource {
  private final Path root;
  private final Limits limits;
  private final Deque<Path> pending = new ArrayDeque<>();
  private KnownItems known = KnownItems.NONE;

  EmlTreeSource(Path root, Limits limits) {
    this.root = root;
    this.limits = limits;
    pending.push(root);
  }

  /**
   * A file taken as one message: {@code .eml} or {@code .msg} (RFC 822 text; Outlook's binary .msg is
   * recorded as unreadable), or a name without an extension, as MH folders and many test corpora use.
   */
  static boolean isEml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".eml") || name.endsWith(".msg") || (!name.contains(".") && !name.startsWith("readme")
        && !name.equals("license") && !name.equals("notice"));
  }

  @Override
  public void passOver(KnownItems known) {
    this.known = known;
  }

  @Override
  public Optional<RawMessage> next() throws IOException {
    while (!pending.isEmpty()) {
      Path path = pending.pop();
      if (Files.isDirectory(path)) {
        expand(path);
      } else {
        String location = location(path);
        String stamp;
        try {
          stamp = Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
          throw new UnreadableMessageException(location, String.valueOf(e.getMessage()), e);
        }
        if (!known.isKnown(location, stamp, location)) {
          return Optional.of(read(path, location, stamp));
        }
      }
    }
    return Optional.empty();
  }

  private String location(Path file) {
    Path base = Files.isDirectory(root) ? root : root.getParent();
    return base == null ? file.toString() : base.relativize(file).toString();
  }

  private void expand(Path dir) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (entry.getFileName().toString().startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(entry) || (Files.isRegularFile(entry) && isEml(entry))) {
          children.add(entry);
        }
      }
    }
    children.sort(null);
    for (int i = children.size() - 1; i >= 0; i--) {
      pending.push(children.get(i));
    }
  }

  private RawMessage read(Path file, String location, String stamp) throws UnreadableMessageException {
    Path base = Files.isDirectory(root) ? root : root.getParent();
    Path parent = file.getParent();
    String folder = parent == null || parent.equals(base) ? "" : base.relativize(parent).toString();
    try {
      FolderRole role = folder.isEmpty() ? FolderRole.OTHER : FolderRole.ofName(folder.replace('\\', '/'));
      return limits.file(file, location, folder, role, Files.getLastModifiedTime(file).toInstant(), location, stamp);
    } catch (UnreadableMessageException e) {
      throw e;
    } catch (IOException e) {
      throw new UnreadableMessageException(location, String.valueOf(e.getMessage()), e);
    }
  }

  @Override
  public String describe() {
    return "eml " + root;
  }

  @Override
  public void close() {
    pending.clear();
  }
}
