package dev.clientlens.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/** Run in a second JVM: holds the scan lock on the directories given until its stdin ends. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws IOException {
    try (StoreLock lock = StoreLock.acquire(Arrays.stream(args).map(Path::of).toList())) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the lock until the test closes our stdin
      }
    }
  }
}
