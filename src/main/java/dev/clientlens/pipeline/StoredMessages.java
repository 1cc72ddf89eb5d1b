package dev.clientlens.pipeline;

import dev.clientlens.facts.MessageFacts;
import dev.clientlens.facts.Replay;
import dev.clientlens.store.Store;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The stored messages of all sources of a scan as one {@link Replay}: numbered in report order across the
 * sources, each source's locations prefixed as the report shows them ({@code 2:} and so on when there
 * are several). A pass reads a few thousand at a time.
 */
final class StoredMessages implements Replay {
  /** Messages read from the store at a time on a pass. */
  private static final int PASS_CHUNK = 2_000;

  private final Store store;
  private final List<Store.Order> orders;
  private final List<String> prefixes;
  /** The number of each source's first message. */
  private final int[] firsts;
  private final int size;

  /** The messages of each source in {@code orders}, with the location prefix of each in {@code prefixes}. */
  StoredMessages(Store store, List<Store.Order> orders, List<String> prefixes) {
    this.store = store;
    this.orders = List.copyOf(orders);
    this.prefixes = List.copyOf(prefixes);
    firsts = new int[orders.size()];
    int total = 0;
    for (int s = 0; s < orders.size(); s++) {
      firsts[s] = total;
      total += orders.get(s).size();
    }
    size = total;
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
      int[] positions = new int[PASS_CHUNK];
      for (int from = 0; from < order.size(); from += PASS_CHUNK) {
        int wanted = 0;
        for (int i = from; i < Math.min(order.size(), from + PASS_CHUNK); i++) {
          if (which.test(firsts[s] + i)) {
            positions[wanted++] = i;
          }
        }
        List<MessageFacts> chunk = store.facts(order, Arrays.copyOf(positions, wanted));
        for (int k = 0; k < wanted; k++) {
          MessageFacts f = chunk.get(k);
          visitor.visit(firsts[s] + positions[k], prefix.isEmpty() ? f : f.at(prefix + f.location()));
        }
      }
    }
  }

  @Override
  public MessageFacts get(int index) throws IOException {
    int s = source(index);
    int local = index - firsts[s];
    MessageFacts f = store.facts(orders.get(s), local, local + 1).get(0);
    return prefixes.get(s).isEmpty() ? f : f.at(prefixes.get(s) + f.location());
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
