package dev.clientlens.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An exclusive lock on the directories a scan writes (its store, its report directory), so that two scans
 * of one store or into one report directory never run at once: the second is refused at the start and
 * told which process holds the lock. The lock is {@link FileChannel#tryLock} on a {@value #FILE_NAME}
 * file in each directory, which holds the owner's process id; the operating system drops the lock when
 * that process ends, however it ends, so a killed scan never leaves a stale lock behind.
 */
public final class StoreLock implements AutoCloseable {
  public static final String FILE_NAME = ".clientlens.lock";

  /**
   * Lock files this JVM holds. The operating system's locks belong to the process, and closing any other
   * channel this process opened on a locked file would release the lock, so a second scan inside the same
   * JVM must be turned away before it opens the file at all.
   */
  private static final Set<Path> HELD_HERE = new HashSet<>();

  private final List<Held> held;

  private record Held(Path file, FileChannel channel, FileLock lock) {}

  private StoreLock(List<Held> held) {
    this.held = List.copyOf(held);
  }

  /** Another scan holds the lock on {@link #dir()}; {@link #pid()} is its process id when it could be read. */
  public static final class HeldException extends IOException {
    private final Path dir;
    private final OptionalLong pid;

    HeldException(Path dir, OptionalLong pid) {
      super(dir + ": another clientlens scan" + (pid.isPresent() ? " (process " + pid.getAsLong() + ")" : "")
          + " is using this directory; wait for it to finish, or give another directory");
      this.dir = dir;
      this.pid = pid;
    }

    public Path dir() {
      return dir;
    }

    public OptionalLong pid() {
      return pid;
    }
  }

  /**
   * Locks each directory (created when missing; the same directory given twice is locked once), all or
   * none.
   *
   * @throws HeldException when another scan holds one of them
   * @throws StoreException when a directory or its lock file cannot be created or written
   */
  public static StoreLock acquire(List<Path> dirs) throws IOException {
    Set<Path> distinct = new LinkedHashSet<>();
    for (Path dir : dirs) {
      try {
        Files.createDirectories(dir);
        distinct.add(dir.toRealPath());
      } catch (IOException e) {
        throw new StoreException(dir + ": could not create the directory: " + reason(e), e);
      }
    }
    List<Held> taken = new ArrayList<>();
    try {
      for (Path dir : distinct) {
        taken.add(lock(dir));
      }
    } catch (IOException | RuntimeException e) {
      new StoreLock(taken).close();
      throw e;
    }
    return new StoreLock(taken);
  }

  private static Held lock(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    synchronized (HELD_HERE) {
      if (HELD_HERE.contains(file)) {
        throw new HeldException(dir, OptionalLong.of(ProcessHandle.current().pid()));
      }
      FileChannel channel;
      try {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new StoreException(file + ": could not create the lock file: " + reason(e), e);
      }
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      } catch (IOException e) {
        channel.close();
        throw new StoreException(file + ": could not lock: " + reason(e), e);
      }
      if (lock == null) {
        channel.close();
        throw new HeldException(dir, readPid(file));
      }
      try {
        byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(pid), 0);
        channel.force(false);
      } catch (IOException e) {
        lock.release();
        channel.close();
        throw new StoreException(file + ": could not write the lock file: " + reason(e), e);
      }
      HELD_HERE.add(file);
      return new Held(file, channel, lock);
    }
  }

  private static OptionalLong readPid(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return text.matches("[0-9]{1,19}") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Why a file operation failed, in words. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    String why = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    return Optional.ofNullable(why).filter(w -> !w.isBlank())
        .map(w -> Character.toLowerCase(w.charAt(0)) + w.substring(1)).orElse("input/output error");
  }

  /** Releases every lock; the lock files stay, holding the last owner's id. */
  @Override
  public void close() {
    synchronized (HELD_HERE) {
      for (Held h : held) {
        try {
          h.lock().release();
          h.channel().close();
        } catch (IOException e) {
          // closing the channel releases the lock in any case; nothing the user could do about this
        }
        HELD_HERE.remove(h.file());
      }
    }
  }
}
