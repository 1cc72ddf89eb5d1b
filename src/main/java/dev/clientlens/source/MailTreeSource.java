package dev.clientlens.source;

import dev.clientlens.domain.FolderRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a local mail tree as {@link MailTree} walks it: Maildirs at any depth (a Maildir message is
 * known across scans by its folder and unique name, so a flag change is not a new message), single
 * message files (known by path, size and time) and mbox files (read one message at a time). An entry
 * the walk did not read (a link it did not follow, a special file) comes out as an
 * {@link UnreadableMessageException}, so it is recorded like a message that could not be read.
 */
final class MailTreeSource implements MessageSource {
  private final Path root;
  private final Limits limits;
  private final MailTree tree;
  private final OptionalLong estimatedCount;
  private final String kind;
  private final Optional<String> stamp;
  /** False once this walk met a folder, file or link it did not read. */
  private boolean walkedWhole = true;
  private KnownItems known = KnownItems.NONE;
  private MboxSource mbox;

  private MailTreeSource(Path root, Limits limits, MailTree tree, OptionalLong estimatedCount, String kind,
      Optional<String> stamp) {
    this.root = root;
    this.limits = limits;
    this.tree = tree;
    this.estimatedCount = estimatedCount;
    this.kind = kind;
    this.stamp = stamp;
  }

  /**
   * Opens the directory {@code dir}, walking it once first (names, and the first bytes of files outside
   * Maildirs) to count its messages for the progress line and to stamp it ({@link #wholeStamp()}).
   *
   * @throws SourceUnavailableException when the tree holds no Maildir, mbox or message file at all
   */
  static MailTreeSource open(Path dir, Limits limits) throws IOException {
    MailTree survey = MailTree.survey(dir);
    long messages = 0;
    long mboxes = 0;
    long notRead = 0;
    for (Optional<MailTree.Entry> e = survey.next(); e.isPresent(); e = survey.next()) {
      if (e.get() instanceof MailTree.NotRead) {
        notRead++;
      } else if (e.get() instanceof MailTree.MailFile file && file.format() == MailFormat.MBOX) {
        mboxes++;
      } else {
        messages++;
      }
    }
    messages += survey.surveyedFiles();
    Optional<String> stamp = notRead == 0 ? survey.stamp() : Optional.empty();
    if (messages == 0 && mboxes == 0 && survey.maildirs() == 0) {
      throw new SourceUnavailableException(dir + ": could not open source: no mail found (" + nothing(survey, notRead)
          + ")");
    }
    String kind = MailTree.isMaildir(dir) ? "maildir " : "mail folder ";
    return new MailTreeSource(dir, limits, new MailTree(dir), mboxes == 0 ? OptionalLong.of(messages)
        : OptionalLong.empty(), kind, stamp);
  }

  private static String nothing(MailTree survey, long notRead) {
    StringBuilder what = new StringBuilder();
    if (survey.otherFiles() == 0 && notRead == 0) {
      what.append(survey.folders() == 1 ? "an empty folder" : "no files in " + survey.folders() + " folders");
    } else {
      what.append("no Maildir, mbox or message file among ").append(count(survey.otherFiles(), "file", "files"))
          .append(" in ").append(count(survey.folders(), "folder", "folders"));
    }
    if (notRead > 0) {
      what.append("; ").append(count(notRead, "link or special file", "links or special files")).append(" not read");
    }
    return what.toString();
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Reads the single message file {@code file}, at the location of its own name. */
  static MailTreeSource ofFile(Path file, Limits limits) throws IOException {
    return new MailTreeSource(file, limits, MailTree.ofFile(file, MailFormat.MESSAGE), OptionalLong.of(1), "eml ",
        Optional.empty());
  }

  /**
   * The tree's stamp from the walk when it was opened (see {@code MailTree.stamp}): the same stamp means
   * no message was added, moved or changed since a scan that read the whole tree at it, so a nightly
   * scan of an unchanged tree lists none of its message files. Empty when the opening walk, or the
   * reading so far, met anything it did not read (a folder it could not list, a file it could not open,
   * a link it did not follow): that is tried again by every scan.
   */
  @Override
  public Optional<String> wholeStamp() {
    return walkedWhole ? stamp : Optional.empty();
  }

  @Override
  public OptionalLong estimatedCount() {
    return estimatedCount;
  }

  @Override
  public void passOver(KnownItems known) {
    this.known = known;
  }

  @Override
  public Optional<RawMessage> next() throws IOException {
    while (true) {
      if (mbox != null) {
        Optional<RawMessage> message = mbox.next();
        if (message.isPresent()) {
          return message;
        }
        mbox.close();
        mbox = null;
      }
      Optional<MailTree.Entry> next = tree.next();
      if (next.isEmpty()) {
        return Optional.empty();
      }
      MailTree.Entry entry = next.get();
      if (entry instanceof MailTree.NotRead notRead) {
        // a folder or file the walk could not read may be readable next time: the tree is not done
        walkedWhole = false;
        throw new UnreadableMessageException(notRead.location(), notRead.reason(), null);
      }
      if (entry instanceof MailTree.MaildirMessage m) {
        String key = m.folder().name() + "/" + uniqueName(m.file());
        if (!known.isKnown(key, "", m.location())) {
          try {
            return Optional.of(file(m.file(), m.location(), m.folder().name(), m.folder().role(),
                deliveryTime(m.file(), m.location()), key, ""));
          } catch (UnreadableMessageException e) {
            throw e.of(key, "");
          }
        }
      } else if (entry instanceof MailTree.MailFile f && f.format() == MailFormat.MBOX) {
        openMbox(f);
      } else if (entry instanceof MailTree.MailFile f) {
        String stamp = stamp(f.file(), f.location());
        if (!known.isKnown(f.location(), stamp, f.location())) {
          try {
            FolderRole role = f.folder().isEmpty() ? FolderRole.OTHER : FolderRole.ofName(f.folder());
            return Optional.of(file(f.file(), f.location(), f.folder(), role, modified(f.file(), f.location()),
                f.location(), stamp));
          } catch (UnreadableMessageException e) {
            throw e.of(f.location(), stamp);
          }
        }
      }
    }
  }

  private void openMbox(MailTree.MailFile f) throws IOException {
    try {
      mbox = new MboxSource(f.file(), limits, f.location(), f.location(), MboxSource.roleOf(f.location()));
    } catch (SourceUnavailableException e) {
      throw new UnreadableMessageException(f.location(), "not an mbox file any more: it changed while it was read",
          e);
    } catch (IOException e) {
      throw new UnreadableMessageException(f.location(), "could not open the mbox file: " + e.getMessage(), e);
    }
    mbox.passOver(known);
  }

  /** Maildir names change with the flags after {@code :2,}; the part before it names the message. */
  private static String uniqueName(Path file) {
    String name = file.getFileName().toString();
    int colon = name.indexOf(':');
    return colon > 0 ? name.substring(0, colon) : name;
  }

  /** A message file whose bytes are read when it is parsed, after the memory budget has room ({@link Limits#file}). */
  private RawMessage file(Path file, String location, String folder, FolderRole role, Instant delivered,
      String itemKey, String stamp) throws UnreadableMessageException {
    try {
      return limits.file(file, location, folder, role, delivered, itemKey, stamp);
    } catch (UnreadableMessageException e) {
      throw e;
    } catch (IOException e) {
      throw new UnreadableMessageException(location, String.valueOf(e.getMessage()), e);
    }
  }

  private static String stamp(Path file, String location) throws UnreadableMessageException {
    try {
      return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new UnreadableMessageException(location, String.valueOf(e.getMessage()), e);
    }
  }

  private static Instant modified(Path file, String location) throws UnreadableMessageException {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      throw new UnreadableMessageException(location, String.valueOf(e.getMessage()), e);
    }
  }

  /** 1990-01-01: Maildir names with an earlier "time" are not named by delivery time. */
  private static final long PLAUSIBLE_EPOCH_SECONDS = 631_152_000L;

  /** Maildir names start with the delivery time in epoch seconds; the file time is the fallback. */
  private static Instant deliveryTime(Path file, String location) throws UnreadableMessageException {
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
    return modified(file, location);
  }

  @Override
  public String describe() {
    return kind + root;
  }

  @Override
  public void close() throws IOException {
    if (mbox != null) {
      mbox.close();
      mbox = null;
    }
  }
}
