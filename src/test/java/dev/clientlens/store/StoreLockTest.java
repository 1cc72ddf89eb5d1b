package dev.clientlens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.JavaProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One scan at a time per store and report directory, whether the other scan is in this JVM or another. */
class StoreLockTest {
  @TempDir Path dir;

  @Test
  void aSecondProcessIsRefusedAndToldWhichProcessHoldsTheLock() throws Exception {
    Path state = dir.resolve("state");
    Process holder = JavaProcesses.java(List.of("-Xmx64m"), LockHolder.class, List.of(state.toString()))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      assertTrue(JavaProcesses.awaitLine(holder, "locked"), "the other JVM took the lock");
      StoreLock.HeldException held = assertThrows(StoreLock.HeldException.class,
          () -> StoreLock.acquire(List.of(state)));
      assertEquals(OptionalLong.of(holder.pid()), held.pid());
      assertTrue(held.getMessage().contains("process " + holder.pid()), held.getMessage());
      assertTrue(held.getMessage().startsWith(state.toRealPath().toString()), held.getMessage());
      holder.getOutputStream().close();
      assertEquals(0, holder.waitFor());
    } finally {
      JavaProcesses.kill(holder);
    }
    try (StoreLock again = StoreLock.acquire(List.of(state))) {
      assertEquals(Long.toString(ProcessHandle.current().pid()),
          Files.readString(state.resolve(StoreLock.FILE_NAME)).strip(), "the lock file names its holder");
    }
  }

  @Test
  void aKilledHolderLeavesNoLockBehind() throws Exception {
    Path state = dir.resolve("state");
    Process holder = JavaProcesses.java(List.of("-Xmx64m"), LockHolder.class, List.of(state.toString())).start();
    try {
      assertTrue(JavaProcesses.awaitLine(holder, "locked"));
    } finally {
      holder.destroyForcibly().waitFor();
    }
    try (StoreLock lock = StoreLock.acquire(List.of(state))) {
      assertTrue(Files.exists(state.resolve(StoreLock.FILE_NAME)));
    }
  }

  @Test
  void withinOneJvmTheSecondIsRefusedAndTheFirstKeepsItsLock() throws Exception {
    Path state = dir.resolve("state");
    Path out = dir.resolve("out");
    try (StoreLock first = StoreLock.acquire(List.of(state, out))) {
      StoreLock.HeldException held = assertThrows(StoreLock.HeldException.class,
          () -> StoreLock.acquire(List.of(dir.resolve("other"), out)));
      assertEquals(OptionalLong.of(ProcessHandle.current().pid()), held.pid());
      assertTrue(Files.isDirectory(dir.resolve("other")));
      // "other" was taken and given back when "out" was refused: all or none
      StoreLock.acquire(List.of(dir.resolve("other"))).close();
      assertThrows(StoreLock.HeldException.class, () -> StoreLock.acquire(List.of(state)));
    }
    StoreLock.acquire(List.of(state, out)).close();
  }

  @Test
  void oneDirectoryGivenTwiceIsLockedOnce() throws Exception {
    Path both = dir.resolve("both");
    try (StoreLock lock = StoreLock.acquire(List.of(both, both.resolve("."), both))) {
      assertThrows(StoreLock.HeldException.class, () -> StoreLock.acquire(List.of(both)));
    }
  }
}
