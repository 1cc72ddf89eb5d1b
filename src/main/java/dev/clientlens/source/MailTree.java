package dev.clientlens.source;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.clientlens.domain.FolderRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Walks a local mail tree, depth first in name order, except that the Sent folders among a folder's
 * subfolders come first (a Maildir's other subfolders named before {@code cur} come before its own messages,
 * as in the report), and says what each entry is: a message file of a
 * Maildir ({@code cur/} and {@code new/}), a file outside Maildirs that holds mail (one message or an
 * mbox, told apart by content), or something it did not read and why. Maildirs may sit at any depth,
 * as Maildir++ {@code .Folder}s or plain subfolders. A symbolic link is read only when it names a
 * file inside the tree; links to folders are never followed (a folder inside the tree is read at its
 * own path), so the walk cannot leave the tree or go round a loop, and every link it does not follow
 * is reported with the reason. Only the names of the folders on the current path are held.
 */
final class MailTree {

  /** A Maildir folder: its name as the store and the reports know it, and its role. */
  record Folder(String name, FolderRole role) {}

  /** What the walk found. {@code location} is the path relative to the root, with {@code /}. */
  sealed interface Entry permits MaildirMessage, MailFile, NotRead {
    String location();
  }

  /** A file in a Maildir's {@code cur/} or {@code new/}. */
  record MaildirMessage(Path file, String location, Folder folder) implements Entry {}

  /**
   * A file outside Maildirs holding one message or an mbox; {@code folder} is the folder it sits in
   * relative to the root ({@code ""} at the root).
   */
  record MailFile(Path file, String location, String folder, MailFormat format) implements Entry {}

  /** A link, special file or folder the walk did not read, with the reason. */
  record NotRead(String location, String reason) implements Entry {}

  private static final Set<String> MAILDIR_PARTS = Set.of("cur", "new", "tmp");

  private final Path root;
  private final Path realRoot;
  private final Set<Object> visited = new HashSet<>();
  /** The folders on the current path, innermost first, each with the names still to visit. */
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Optional<MailFile> single;
  private boolean singleTaken;
  private int folders;
  private int maildirs;
  private int otherFiles;
  /** In a survey: the names counted in Maildirs' {@code cur/} and {@code new/}, which are not walked one by one. */
  private long surveyedFiles;
  /** Only in a survey (see {@link #survey}): what the tree's stamp is made of so far; null otherwise. */
  private final Hasher stamp;
  /** False once the survey met something its stamp cannot follow (see {@link #stamp()}). */
  private boolean stampable = true;

  /**
   * Names still to visit in one folder: a Maildir's own {@code cur/} and {@code new/} files (with
   * {@code maildir} present), or a folder's entries (a Maildir's other entries are judged like a plain
   * folder's: its metadata files, such as dovecot-uidlist, are not mail).
   */
  private record Frame(Iterator<Path> names, Optional<Folder> maildir) {}

  /** Walks the directory {@code root}. */
  MailTree(Path root) throws IOException {
    this(root, false);
  }

  /**
   * A quick walk of {@code root} to count its messages and stamp it: the names in Maildirs' {@code cur/}
   * and {@code new/} are only counted ({@link #surveyedFiles()}), neither held, sorted nor looked at one by
   * one, and the tree's {@link #stamp()} is taken on the way.
   */
  static MailTree survey(Path root) throws IOException {
    return new MailTree(root, true);
  }

  private MailTree(Path root, boolean survey) throws IOException {
    this.root = root;
    this.realRoot = root.toRealPath();
    this.single = Optional.empty();
    this.stamp = survey ? Hashing.sha256().newHasher() : null;
    BasicFileAttributes attrs = Files.readAttributes(root, BasicFileAttributes.class);
    Optional<Entry> unreadable = enter(root, attrs.fileKey() != null ? attrs.fileKey() : realRoot);
    if (unreadable.isPresent()) {
      throw new SourceUnavailableException(root + ": could not open source: "
          + ((NotRead) unreadable.get()).reason());
    }
  }

  /** A tree of one file, read as {@code format}: the source named a single message or mbox file. */
  private MailTree(Path file, MailFormat format) throws IOException {
    this.root = file;
    this.realRoot = file.toRealPath();
    this.single = Optional.of(new MailFile(file, file.getFileName().toString(), "", format));
    this.stamp = null;
  }

  /** A change to a folder within this long of the survey could go unseen by a later one in the same tick. */
  private static final Duration SETTLED = Duration.ofSeconds(2);

  /**
   * After a survey walked the whole tree: a stamp that changes whenever a message could have been added,
   * renamed or changed, from the modification times of every folder (a Maildir's {@code cur/} and
   * {@code new/} included: delivering, moving and flagging a message rename a file there), the names in
   * {@code cur/} and {@code new/} (their count and a sum of their hashes), and the size and time of every
   * file outside Maildirs. Empty when the tree holds a symbolic link (what it names can change
   * without the tree changing) or a folder changed in the last {@link #SETTLED}: the tree is then read.
   */
  Optional<String> stamp() {
    if (stamp == null || !stack.isEmpty()) {
      throw new IllegalStateException("mail tree: a stamp is taken after a whole survey");
    }
    return stampable ? Optional.of("tree:" + stamp.hash()) : Optional.empty();
  }

  /** Adds a folder's or a file's time (and size) to the stamp, in a survey. */
  private void stampWith(Path path, BasicFileAttributes attrs) {
    if (stamp == null) {
      return;
    }
    FileTime modified = attrs.lastModifiedTime();
    if (attrs.isDirectory()
        && Duration.between(modified.toInstant(), Instant.now()).compareTo(SETTLED) < 0) {
      stampable = false;
    }
    String line = location(path) + '\u0000' + (attrs.isDirectory() ? "d" : attrs.size()) + '\u0000'
        + modified.to(TimeUnit.NANOSECONDS) + '\n';
    stamp.putString(line, StandardCharsets.UTF_8);
  }

  private void stampWith(Path path) throws IOException {
    if (stamp != null) {
      stampWith(path, Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    }
  }

  static MailTree ofFile(Path file, MailFormat format) throws IOException {
    return new MailTree(file, format);
  }

  /** Folders entered so far. */
  int folders() {
    return folders;
  }

  /** Maildirs entered so far, empty ones included. */
  int maildirs() {
    return maildirs;
  }

  /** In a survey, the names found in Maildirs' {@code cur/} and {@code new/} so far; 0 in a walk. */
  long surveyedFiles() {
    return surveyedFiles;
  }

  /** Files passed over so far as neither mail nor a Maildir's metadata. */
  int otherFiles() {
    return otherFiles;
  }

  static boolean isMaildir(Path dir) {
    return Files.isDirectory(dir.resolve("cur"), LinkOption.NOFOLLOW_LINKS)
        || Files.isDirectory(dir.resolve("new"), LinkOption.NOFOLLOW_LINKS);
  }

  /** The name of the Maildir at {@code dir}: {@code INBOX} for the root, else its path from the root. */
  private Folder maildirFolder(Path dir) {
    String name = dir.equals(root) ? "INBOX" : location(dir);
    return new Folder(name, FolderRole.ofName(name));
  }

  /** The next entry, or empty when the whole tree was walked. */
  Optional<Entry> next() throws IOException {
    if (single.isPresent()) {
      if (singleTaken) {
        return Optional.empty();
      }
      singleTaken = true;
      return Optional.of(single.get());
    }
    while (!stack.isEmpty()) {
      Frame frame = stack.peek();
      if (!frame.names().hasNext()) {
        stack.pop();
        continue;
      }
      Path path = frame.names().next();
      Optional<Entry> found = frame.maildir().isPresent() ? maildirFile(path, frame.maildir().get()) : child(path);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Entry> maildirFile(Path file, Folder folder) throws IOException {
    BasicFileAttributes attrs = attributes(file);
    if (attrs == null) {
      return Optional.empty();
    }
    if (attrs.isRegularFile()) {
      return Optional.of(new MaildirMessage(file, location(file), folder));
    }
    if (attrs.isSymbolicLink()) {
      Link link = link(file);
      return link.refusal.isPresent()
          ? Optional.of(link.refusal.get())
          : link.isFile ? Optional.of(new MaildirMessage(file, location(file), folder)) : Optional.empty();
    }
    if (attrs.isOther()) {
      return Optional.of(special(file));
    }
    return Optional.empty();
  }

  private Optional<Entry> child(Path path) throws IOException {
    BasicFileAttributes attrs = attributes(path);
    if (attrs == null) {
      return Optional.empty();
    }
    boolean hidden = path.getFileName().toString().startsWith(".");
    if (attrs.isDirectory()) {
      if (hidden && !isMaildir(path)) {
        return Optional.empty();
      }
      Object key = attrs.fileKey() != null ? attrs.fileKey() : realOf(path);
      if (visited.contains(key)) {
        return Optional.of(new NotRead(location(path),
            "folder already read at another path (a bind mount or a loop in the file system): not read again"));
      }
      return enter(path, key);
    }
    if (attrs.isSymbolicLink()) {
      stampable = false;
      if (hidden && !(isMaildir(path) || !Files.exists(path))) {
        return Optional.empty();
      }
      Link link = link(path);
      if (link.refusal.isPresent()) {
        return Optional.of(link.refusal.get());
      }
      return mailFile(path);
    }
    if (hidden) {
      return Optional.empty();
    }
    if (attrs.isOther()) {
      return Optional.of(special(path));
    }
    return mailFile(path);
  }

  private Optional<Entry> mailFile(Path file) throws IOException {
    String location = location(file);
    MailFormat format;
    try {
      stampWith(file);
      format = MailFormat.of(file);
    } catch (IOException e) {
      return Optional.of(new NotRead(location, "could not read the file: " + e.getMessage()));
    }
    if (format == MailFormat.NOT_MAIL && MailFormat.namedAsMessage(file)) {
      // Named as a message: read it, so a damaged one is recorded rather than passed over.
      format = MailFormat.MESSAGE;
    }
    if (format == MailFormat.NOT_MAIL) {
      if (MailFormat.namedAsMbox(file) && Files.size(file) > 0) {
        return Optional.of(new NotRead(location, "not an mbox file: the first line does not start with \"From \""));
      }
      otherFiles++;
      return Optional.empty();
    }
    Path parent = root.relativize(file).getParent();
    return Optional.of(new MailFile(file, location, parent == null ? "" : slashes(parent), format));
  }

  /**
   * Lists a folder: for a Maildir its {@code cur/} and {@code new/} files come first, then its other
   * entries. A folder that cannot be listed is reported, and the walk goes on without it.
   */
  private Optional<Entry> enter(Path dir, Object key) {
    visited.add(key);
    folders++;
    Path listing = dir;
    try {
      // the time before the listing: a change after it shows in the next survey's stamp
      stampWith(dir);
      List<Path> children = list(dir);
      if (!isMaildir(dir)) {
        stack.push(new Frame(sentFirst(children).iterator(), Optional.empty()));
        return Optional.empty();
      }
      Folder folder = maildirFolder(dir);
      children.removeIf(child -> MAILDIR_PARTS.contains(child.getFileName().toString())
          && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS));
      List<Frame> parts = new ArrayList<>();
      for (String part : List.of("cur", "new")) {
        listing = dir.resolve(part);
        if (Files.isDirectory(listing, LinkOption.NOFOLLOW_LINKS)) {
          stampWith(listing);
          if (stamp != null) {
            surveyedFiles += surveyNames(listing);
          } else {
            parts.add(new Frame(new Listing(listing, sortedNames(listing)), Optional.of(folder)));
          }
        }
      }
      maildirs++;
      // Sent folders first (see sentFirst), then in the order of their locations, as the report lists
      // them: .Archive/cur/1 before cur/1 before zeta/
      List<Path> before = sentFirst(children).stream().filter(child -> isSentFolder(child) || beforeCur(child)).toList();
      List<Path> after = children.stream().filter(child -> !isSentFolder(child) && !beforeCur(child)).toList();
      stack.push(new Frame(after.iterator(), Optional.empty()));
      for (int i = parts.size() - 1; i >= 0; i--) {
        stack.push(parts.get(i));
      }
      stack.push(new Frame(before.iterator(), Optional.empty()));
      return Optional.empty();
    } catch (IOException e) {
      String cause = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : e instanceof FileSystemException fs ? reasonOf(fs) : String.valueOf(e.getMessage());
      return Optional.of(new NotRead(listing.equals(root) ? "." : location(listing),
          "could not list the folder: " + cause));
    }
  }

  /**
   * The folders (or mbox files) named as Sent folders ({@link FolderRole#ofName}) first, the rest in name order: who we
   * wrote to decides how far a client's mail is analysed, so mail read before ours would be read twice.
   */
  private static List<Path> sentFirst(List<Path> children) {
    List<Path> ordered = new ArrayList<>(children.stream().filter(MailTree::isSentFolder).toList());
    children.stream().filter(child -> !isSentFolder(child)).forEach(ordered::add);
    return ordered;
  }

  /** Whether a Maildir's subfolder sorts before its own {@code cur/}, as {@code .Archive} does. */
  private static boolean beforeCur(Path child) {
    return child.getFileName().toString().compareTo("cur") < 0;
  }

  private static boolean isSentFolder(Path child) {
    return FolderRole.ofName(child.getFileName().toString()) == FolderRole.SENT;
  }

  private static List<Path> list(Path dir) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        children.add(entry);
      }
    }
    children.sort(null);
    return children;
  }

  /**
   * The names in a Maildir's {@code cur/} or {@code new/} (not those starting with a dot), in the order of
   * their paths: each a {@code String} when it is ASCII, as Maildir names are (half the memory of a path,
   * for a folder of a million messages), else its file-name {@code Path}, which keeps the name's bytes as
   * the folder listed them.
   */
  private static Object[] sortedNames(Path dir) throws IOException {
    List<Object> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        Path fileName = entry.getFileName();
        String name = fileName.toString();
        if (!name.startsWith(".")) {
          names.add(isAscii(name) ? name : fileName);
        }
      }
    }
    Object[] sorted = names.toArray();
    Arrays.sort(sorted, MailTree::byPath);
    return sorted;
  }

  /** Two names of one folder in the order of their paths ({@link Path#compareTo}). */
  private static int byPath(Object a, Object b) {
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    return asPath(a).compareTo(asPath(b));
  }

  private static Path asPath(Object name) {
    return name instanceof Path path ? path : Path.of((String) name);
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** A fixed hash of each name for the stamp: the stamp must come out the same in every run. */
  private static final HashFunction NAMES = Hashing.sipHash24();

  /**
   * In a survey: how many names a Maildir's {@code cur/} or {@code new/} holds (not those starting with a
   * dot); their count and the sum of their hashes (the same in any order) go into the stamp, so that a
   * delivery or a rename shows even where a folder's time does not move.
   */
  private long surveyNames(Path dir) throws IOException {
    long count = 0;
    long sum = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(".")) {
          count++;
          sum += NAMES.hashString(name, StandardCharsets.UTF_8).asLong();
        }
      }
    }
    stamp.putString(location(dir) + '\u0000' + count + '\u0000' + sum + '\n', StandardCharsets.UTF_8);
    return count;
  }

  /** A folder's names ({@link #sortedNames}) handed out as paths one by one, each let go once handed out. */
  private static final class Listing implements Iterator<Path> {
    private final Path dir;
    private final Object[] names;
    private int next;

    Listing(Path dir, Object[] names) {
      this.dir = dir;
      this.names = names;
    }

    @Override
    public boolean hasNext() {
      return next < names.length;
    }

    @Override
    public Path next() {
      if (next >= names.length) {
        throw new java.util.NoSuchElementException();
      }
      Object name = names[next];
      names[next++] = null;
      return name instanceof Path path ? dir.resolve(path) : dir.resolve((String) name);
    }
  }

  /** What a symbolic link names; {@code refusal} is set when it is not to be read. */
  private record Link(Optional<NotRead> refusal, boolean isFile) {}

  private Link link(Path path) throws IOException {
    String location = location(path);
    String target = String.valueOf(Files.readSymbolicLink(path));
    Path real;
    try {
      real = path.toRealPath();
    } catch (NoSuchFileException e) {
      return refuse(location, "broken symbolic link to " + target + ": not followed");
    } catch (FileSystemException e) {
      return refuse(location, "symbolic link to " + target + " cannot be resolved (" + reasonOf(e) + "): not followed");
    }
    BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
    if (attrs.isOther()) {
      return refuse(location, "symbolic link to " + real + ", a device or special file: not read");
    }
    if (!real.startsWith(realRoot)) {
      return refuse(location, "symbolic link to " + real + ", outside the source: not followed");
    }
    if (attrs.isDirectory()) {
      Path realParent = realRoot.resolve(root.relativize(path.getParent()));
      if (realParent.startsWith(real)) {
        return refuse(location, "symbolic link loop: " + target + " is a folder that holds the link: not followed");
      }
      String inside = real.equals(realRoot) ? "." : slashes(realRoot.relativize(real));
      return refuse(location, "symbolic link to the folder " + inside
          + " inside the source, which is read at its own path: not followed");
    }
    return new Link(Optional.empty(), attrs.isRegularFile());
  }

  private static Link refuse(String location, String reason) {
    return new Link(Optional.of(new NotRead(location, reason)), false);
  }

  private static String reasonOf(FileSystemException e) {
    String reason = e.getReason();
    return reason == null ? e.getClass().getSimpleName() : reason.toLowerCase(Locale.ROOT);
  }

  private NotRead special(Path path) {
    return new NotRead(location(path), "not a regular file (a device, FIFO or socket): not read");
  }

  /** The entry's own attributes, links not followed; null when it vanished since it was listed. */
  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException vanished) {
      return null;
    }
  }

  private Path realOf(Path dir) {
    return realRoot.resolve(root.relativize(dir));
  }

  String location(Path path) {
    return slashes(root.relativize(path));
  }

  private static String slashes(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }
}
