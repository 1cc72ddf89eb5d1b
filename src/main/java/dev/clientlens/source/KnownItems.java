package dev.clientlens.source;

/** What an earlier scan already stored, asked by a source before it reads a message. */
@FunctionalInterface
public interface KnownItems {
  KnownItems NONE = (itemKey, stamp, location) -> false;

  /**
   * True when the message with this key and stamp is stored; {@code location} is where the source finds
   * it now (a Maildir file is renamed when its flags change), so the store can follow it.
   */
  boolean isKnown(String itemKey, String stamp, String location);
}
