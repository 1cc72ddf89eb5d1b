package dev.clientlens.pipeline;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The result of work handed to another thread, with its failure as the scan reports failures. */
final class Awaited {
  private Awaited() {}

  /**
   * Waits for {@code work}: its I/O failure or runtime exception as thrown there; any other failure as an
   * {@link IllegalStateException} saying {@code what} failed; an interruption as an {@link IOException}
   * saying {@code interrupted}, with the thread's interrupt flag set again.
   */
  static <T> T result(Future<T> work, String what, String interrupted) throws IOException {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(interrupted, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(what, e.getCause());
    }
  }
}
