package dev.clientlens.pipeline;

import java.util.concurrent.TimeUnit;

/**
 * The bytes of messages in flight: taken before a message's bytes are read, given back when its parse is
 * done, never more than the capacity in all. Counts the most ever taken, so a scan (and a test) can tell
 * how close it came. Thread-safe.
 */
final class MemoryBudget {
  private final long capacity;
  private long inFlight;
  private long peak;

  MemoryBudget(long capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("memory budget: capacity must be positive, got " + capacity);
    }
    this.capacity = capacity;
  }

  long capacity() {
    return capacity;
  }

  /** Takes {@code bytes} when that many are free now; false, taking nothing, when they are not. */
  synchronized boolean tryTake(long bytes) {
    check(bytes);
    if (inFlight + bytes > capacity) {
      return false;
    }
    take(bytes);
    return true;
  }

  /** Takes {@code bytes}, waiting up to {@code timeout} for them to be given back; false when they were not. */
  synchronized boolean take(long bytes, long timeout, TimeUnit unit) throws InterruptedException {
    check(bytes);
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    while (inFlight + bytes > capacity) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    take(bytes);
    return true;
  }

  private void take(long bytes) {
    inFlight += bytes;
    peak = Math.max(peak, inFlight);
  }

  synchronized void giveBack(long bytes) {
    if (bytes < 0 || bytes > inFlight) {
      throw new IllegalStateException("memory budget: giving back " + bytes + " bytes of " + inFlight + " taken");
    }
    inFlight -= bytes;
    notifyAll();
  }

  private void check(long bytes) {
    if (bytes < 0 || bytes > capacity) {
      throw new IllegalArgumentException("memory budget: " + bytes + " bytes asked of a budget of " + capacity);
    }
  }

  synchronized long inFlight() {
    return inFlight;
  }

  /** The most bytes ever in flight at once. */
  synchronized long peak() {
    return peak;
  }
}
