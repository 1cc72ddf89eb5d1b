package dev.clientlens.store;

import java.io.IOException;

/**
 * The store, or a lock beside what a scan writes, could not be opened, read or written: the message names
 * the file and says why in words (disk full, permission denied, a damaged store and what to do about it).
 */
public final class StoreException extends IOException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
