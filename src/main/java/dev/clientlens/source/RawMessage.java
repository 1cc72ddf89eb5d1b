package dev.clientlens.source;

import dev.clientlens.domain.FolderRole;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One message as read from a source: its bytes, where it was found, and what the source knows about it
 * without parsing (the folder's role, a delivery time from the file system or the mbox separator).
 * Immutable; a class rather than a record because it holds bytes.
 */
public final class RawMessage {
  private final String location;
  private final String folder;
  private final FolderRole role;
  private final Instant deliveredAt;
  private final byte[] bytes;
  private final String itemKey;
  private final String stamp;

  /** A message whose identity in the store is its location, with no change stamp. */
  public RawMessage(String location, String folder, FolderRole role, Instant deliveredAt, byte[] bytes) {
    this(location, folder, role, deliveredAt, Objects.requireNonNull(bytes, "bytes").clone(), location, "");
  }

  /** For sources that hand over a fresh array they never touch again: no defensive copy. */
  private RawMessage(String location, String folder, FolderRole role, Instant deliveredAt, byte[] bytes,
      String itemKey, String stamp) {
    this.location = Objects.requireNonNull(location, "location");
    this.folder = Objects.requireNonNull(folder, "folder");
    this.role = Objects.requireNonNull(role, "role");
    this.deliveredAt = deliveredAt;
    this.bytes = bytes;
    this.itemKey = Objects.requireNonNull(itemKey, "itemKey");
    this.stamp = Objects.requireNonNull(stamp, "stamp");
  }

  static RawMessage owning(String location, String folder, FolderRole role, Instant deliveredAt, byte[] bytes,
      String itemKey, String stamp) {
    return new RawMessage(location, folder, role, deliveredAt, Objects.requireNonNull(bytes, "bytes"), itemKey, stamp);
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

  public int size() {
    return bytes.length;
  }

  /**
   * The bytes as a stream. It is a Jakarta Mail {@code SharedInputStream}, so a {@code MimeMessage} built
   * from it refers to these bytes instead of copying the body.
   */
  public InputStream openStream() {
    return new SharedByteArrayInputStream(bytes);
  }

  /** A copy of the bytes; prefer {@link #openStream()}. */
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawMessage other
        && location.equals(other.location)
        && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return location.hashCode() * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "RawMessage[" + location + ", " + bytes.length + " bytes]";
  }
}
