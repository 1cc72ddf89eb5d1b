package dev.clientlens.source;

import dev.clientlens.domain.FolderRole;
import jakarta.mail.util.SharedByteArrayInputStream;
import jakarta.mail.util.SharedFileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One message as read from a source: where it was found, what the source knows about it without parsing
 * (the folder's role, a delivery time from the file system or the mbox separator), and its bytes: held in
 * memory (mbox, IMAP), or in a file that is read only when the message is parsed, whole or, when it is
 * large, as a stream the parser reads parts of. Immutable; a class rather than a record because it holds
 * bytes.
 */
public final class RawMessage {
  /** Read buffer of a message parsed from its file. */
  private static final int STREAM_BUFFER = 64 * 1024;

  private final String location;
  private final String folder;
  private final FolderRole role;
  private final Instant deliveredAt;
  private final String itemKey;
  private final String stamp;
  /** The bytes when they are held in memory, else null; only the first {@link #size} count. */
  private final byte[] bytes;
  private final int size;
  /** The file the bytes are in when they are not held, else null. */
  private final Path file;
  /** The largest size the file may have grown to when it is read. */
  private final int maxBytes;
  /** What a message parsed from its file costs of the memory budget; -1 when it is read whole. */
  private final int streamCost;

  /** A message whose identity in the store is its location, with no change stamp. */
  public RawMessage(String location, String folder, FolderRole role, Instant deliveredAt, byte[] bytes) {
    this(location, folder, role, deliveredAt, location, "", Objects.requireNonNull(bytes, "bytes").clone(),
        bytes.length, null, 0, -1);
  }

  private RawMessage(String location, String folder, FolderRole role, Instant deliveredAt, String itemKey,
      String stamp, byte[] bytes, int size, Path file, int maxBytes, int streamCost) {
    this.location = Objects.requireNonNull(location, "location");
    this.folder = Objects.requireNonNull(folder, "folder");
    this.role = Objects.requireNonNull(role, "role");
    this.deliveredAt = deliveredAt;
    this.itemKey = Objects.requireNonNull(itemKey, "itemKey");
    this.stamp = Objects.requireNonNull(stamp, "stamp");
    this.bytes = bytes;
    this.size = size;
    this.file = file;
    this.maxBytes = maxBytes;
    this.streamCost = streamCost;
  }

  /** For sources that hand over a fresh array they never touch again: no defensive copy. */
  static RawMessage owning(String location, String folder, FolderRole role, Instant deliveredAt, byte[] bytes,
      String itemKey, String stamp) {
    return owning(location, folder, role, deliveredAt, bytes, Objects.requireNonNull(bytes, "bytes").length, itemKey,
        stamp);
  }

  /** As {@link #owning(String, String, FolderRole, Instant, byte[], String, String)}, the first {@code length} bytes. */
  static RawMessage owning(String location, String folder, FolderRole role, Instant deliveredAt, byte[] bytes,
      int length, String itemKey, String stamp) {
    Objects.checkFromIndexSize(0, length, Objects.requireNonNull(bytes, "bytes").length);
    return new RawMessage(location, folder, role, deliveredAt, itemKey, stamp, bytes, length, null, 0, -1);
  }

  /**
   * A message in a file of {@code size} bytes, read when it is parsed: whole, refused when it has grown
   * over {@code maxBytes}; or, with a {@code streamCost} of 0 or more, parsed from the file.
   */
  static RawMessage file(String location, String folder, FolderRole role, Instant deliveredAt, Path file, int size,
      int maxBytes, int streamCost, String itemKey, String stamp) {
    return new RawMessage(location, folder, role, deliveredAt, itemKey, stamp, null, size,
        Objects.requireNonNull(file, "file"), maxBytes, streamCost);
  }

  /**
   * What identifies the message within its source across scans (a Maildir name without its flags, an
   * IMAP folder, UIDVALIDITY and UID), for the store.
   */
  public String itemKey() {
    return itemKey;
  }

  /** Changes when the stored copy is out of date (file size and time for .eml and mbox); often empty. */
  public String stamp() {
    return stamp;
  }

  /** Where the message lives, precise enough to find it again (a file path, or an mbox path and index). */
  public String location() {
    return location;
  }

  /** The folder name as the source calls it ({@code INBOX}, {@code .Sent}, an mbox label). */
  public String folder() {
    return folder;
  }

  public FolderRole role() {
    return role;
  }

  /** A delivery time known outside the message (file time, mbox separator line), if any. */
  public Optional<Instant> deliveredAt() {
    return Optional.ofNullable(deliveredAt);
  }

  /** The size in bytes (of the file when it was listed, for a message not yet read). */
  public int size() {
    return size;
  }

  /** Whether the message is parsed from its file as a stream, never held in memory whole. */
  public boolean streamed() {
    return streamCost >= 0;
  }

  /**
   * The memory this message takes while it is read and parsed, for the scan's budget: its size when its
   * bytes are held or read whole, the streaming cost of {@link Limits} when it is parsed from its file.
   */
  public long inFlightBytes() {
    return streamed() ? streamCost : size;
  }

  /**
   * The bytes as a stream. It is a Jakarta Mail {@code SharedInputStream}, so a {@code MimeMessage} built
   * from it refers to these bytes (or to ranges of the file) instead of copying the body. Parts of it stay
   * readable until this stream is closed.
   *
   * @throws UnreadableMessageException when the file cannot be read or has grown over the limit
   */
  public InputStream openStream() throws UnreadableMessageException {
    if (bytes != null) {
      return new ByteStream(bytes, 0, size);
    }
    try {
      if (streamed()) {
        return new SharedFileInputStream(file.toFile(), STREAM_BUFFER);
      }
      byte[] read = readFile();
      return new ByteStream(read, 0, read.length);
    } catch (UnreadableMessageException e) {
      throw e;
    } catch (IOException e) {
      throw new UnreadableMessageException(location, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Jakarta Mail's shared stream over bytes in memory without its locks. The header parser reads one byte
   * at a time, and each of {@code ByteArrayInputStream}'s synchronized reads takes a lock (Java 15 and later
   * no longer bias locks to one thread); a stream is read by one thread only. Parts of the message are
   * streams of the same kind.
   */
  private static final class ByteStream extends SharedByteArrayInputStream {
    ByteStream(byte[] bytes, int offset, int length) {
      super(bytes, offset, length);
    }

    @Override
    public int read() {
      return pos < count ? buf[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, into.length);
      if (pos >= count) {
        return -1;
      }
      int n = Math.min(length, count - pos);
      System.arraycopy(buf, pos, into, offset, n);
      pos += n;
      return n;
    }

    @Override
    public long skip(long n) {
      long skipped = Math.max(0, Math.min(n, count - pos));
      pos += (int) skipped;
      return skipped;
    }

    @Override
    public int available() {
      return count - pos;
    }

    @Override
    public InputStream newStream(long from, long to) {
      if (from < 0) {
        throw new IllegalArgumentException("start < 0");
      }
      long end = to == -1 ? count - start : to;
      return new ByteStream(buf, start + (int) from, (int) (end - from));
    }
  }

  /** The file's bytes in one array of its size, refused when it has grown over the limit since it was listed. */
  private byte[] readFile() throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long now = channel.size();
      if (now > maxBytes) {
        throw new UnreadableMessageException(
            location, "message grew over the limit of " + maxBytes + " bytes while it was read", null);
      }
      ByteBuffer read = ByteBuffer.allocate((int) now);
      while (read.hasRemaining() && channel.read(read) >= 0) {
        // read until full or the end of a file that shrank
      }
      return read.hasRemaining() ? Arrays.copyOf(read.array(), read.position()) : read.array();
    }
  }

  /**
   * A copy of the bytes, read from the file if need be; prefer {@link #openStream()}.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public byte[] bytes() {
    if (bytes != null) {
      return Arrays.copyOf(bytes, size);
    }
    try {
      return readFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawMessage other
        && location.equals(other.location)
        && Objects.equals(file, other.file)
        && (bytes == null ? other.bytes == null
            : other.bytes != null && Arrays.equals(bytes, 0, size, other.bytes, 0, other.size));
  }

  @Override
  public int hashCode() {
    return location.hashCode() * 31 + (bytes == null ? Objects.hashCode(file) : size);
  }

  @Override
  public String toString() {
    return "RawMessage[" + location + ", " + size + " bytes" + (bytes != null ? "" : streamed() ? ", streamed from file"
        : ", in file") + "]";
  }
}
