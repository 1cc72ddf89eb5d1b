package dev.clientlens.pipeline;

import dev.clientlens.facts.MessageFacts;
import dev.clientlens.facts.Replay;
import dev.clientlens.store.Store;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;

/**
 * The stored messages of all sources of a scan as one {@link Replay}: numbered in report order across the
 * sources, each source's locations prefixed as the report shows them ({@code 2:} and so on when there
 * are several). A pass reads a few thousand at a time.
 *
 * <p>When a scan holds no more than {@link #KEPT} messages, each one's facts are decoded once and kept for
 * the later passes (about 1 KiB each for Enron mail, half that for generated mail): the counting reads the
 * messages three times and the reports twice more, and decoding was about half of that time. A larger scan reads every pass from the store, so that
 * its memory does not grow with the mailbox. Each chunk of a pass is read from the store on another
 * thread while the one before it is visited.
 */
final class StoredMessages implements Replay {
  /** Messages read from the store at a time on a pass. */
  private static final int PASS_CHUNK = 2_000;

  /**
   * The most messages whose facts are kept in memory between passes: about 150 MiB at most. A larger
   * scan keeps none (not the first so many), so that a million messages take no more than before.
   */
  static final int KEPT = 150_000;

  private final Store store;
  private final ExecutorService reader;
  private final List<Store.Order> orders;
  private final List<String> prefixes;
  /** The number of each source's first message. */
  private final int[] firsts;
  private final int size;
  /** Each message's facts once read, by index; null when the scan holds more than {@link #KEPT}. */
  private final MessageFacts[] kept;
  /** How many message facts were read from the store. */
  private long readFromStore;

  /**
   * The messages of each source in {@code orders}, with the location prefix of each in {@code prefixes},
   * their facts kept between passes when there are no more than {@code keptAtMost}; the store is read on
   * {@code reader} (the scan's workers, idle while it counts and reports).
   */
  StoredMessages(Store store, List<Store.Order> orders, List<String> prefixes, int keptAtMost,
      ExecutorService reader) {
    this.store = store;
    this.reader = reader;
    this.orders = List.copyOf(orders);
    this.prefixes = List.copyOf(prefixes);
    firsts = new int[orders.size()];
    int total = 0;
    for (int s = 0; s < orders.size(); s++) {
      firsts[s] = total;
      total += orders.get(s).size();
    }
    size = total;
    kept = total <= keptAtMost ? new MessageFacts[total] : null;
  }

  Store store() {
    return store;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void forEach(IntPredicate which, Visitor visitor) throws IOException {
    for (int s = 0; s < orders.size(); s++) {
      Store.Order order = orders.get(s);
      String prefix = prefixes.get(s);
      // each chunk is read from the store on the reader while the one before it is visited here
      Chunk chunk = chunk(s, 0, which);
      Future<List<MessageFacts>> read = read(order, chunk);
      for (int from = 0; from < order.size(); from += PASS_CHUNK) {
        List<MessageFacts> facts = await(read);
        Chunk next = null;
        if (from + PASS_CHUNK < order.size()) {
          next = chunk(s, from + PASS_CHUNK, which);
          read = read(order, next);
        }
        int r = 0;
        for (int position : chunk.positions()) {
          int index = firsts[s] + position;
          // as planned: what the store was asked for comes from it, the rest was kept
          boolean fromStore = r < chunk.toRead().length && chunk.toRead()[r] == position;
          visitor.visit(index, fromStore ? keep(index, prefix, facts.get(r++)) : kept[index]);
        }
        chunk = next;
      }
    }
  }

  /**
   * The messages of one chunk of source {@code s} that {@code which} accepts, by position in the source's
   * order, and those of them not kept, which the store must give ({@code toRead}, in the same order).
   */
  private record Chunk(int[] positions, int[] toRead) {}

  private Chunk chunk(int s, int from, IntPredicate which) {
    int to = Math.min(orders.get(s).size(), from + PASS_CHUNK);
    int[] positions = new int[to - from];
    int[] toRead = new int[to - from];
    int wanted = 0;
    int missing = 0;
    for (int i = from; i < to; i++) {
      if (which.test(firsts[s] + i)) {
        positions[wanted++] = i;
        if (!isKept(firsts[s] + i)) {
          toRead[missing++] = i;
        }
      }
    }
    return new Chunk(Arrays.copyOf(positions, wanted), Arrays.copyOf(toRead, missing));
  }

  private boolean isKept(int index) {
    return kept != null && kept[index] != null;
  }

  /** Reads a chunk's facts from the store on the reader; nothing to read is done at once. */
  private Future<List<MessageFacts>> read(Store.Order order, Chunk chunk) {
    readFromStore += chunk.toRead().length;
    if (chunk.toRead().length == 0) {
      return CompletableFuture.completedFuture(List.of());
    }
    return reader.submit(() -> store.facts(order, chunk.toRead()));
  }

  private static List<MessageFacts> await(Future<List<MessageFacts>> read) throws IOException {
    return Awaited.result(read, "stored messages: reading failed", "scan interrupted");
  }

  @Override
  public MessageFacts get(int index) throws IOException {
    int s = source(index);
    int local = index - firsts[s];
    if (isKept(index)) {
      return kept[index];
    }
    readFromStore++;
    return keep(index, prefixes.get(s), store.facts(orders.get(s), local, local + 1).get(0));
  }

  /** How many message facts were read from the store so far, on all passes. */
  long read() {
    return readFromStore;
  }

  /**
   * Forgets what was kept of message {@code index}, whose facts in the store were replaced (the message
   * was read again): the next pass reads them from there.
   */
  void forget(int index) {
    if (kept != null) {
      kept[index] = null;
    }
  }

  /** Message {@code index}'s facts as read from the store, at its location in the report, kept when they fit. */
  private MessageFacts keep(int index, String prefix, MessageFacts stored) {
    MessageFacts f = prefix.isEmpty() ? stored : stored.at(prefix + stored.location());
    if (kept != null) {
      kept[index] = f;
    }
    return f;
  }

  /** Which source message {@code index} came from, by its index in the settings. */
  int source(int index) {
    int s = orders.size() - 1;
    while (firsts[s] > index) {
      s--;
    }
    return s;
  }

  /** Message {@code index}'s location in its own source, without the report's prefix. */
  String locationInSource(int index, MessageFacts f) {
    return f.location().substring(prefixes.get(source(index)).length());
  }
}
