package dev.clientlens.facts;

import java.io.IOException;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The facts of a scan's messages in report order, read from the start as often as a step needs, one
 * message at a time: a step keeps what it needs of each message, never the whole list, so the counting
 * and the reports take memory by what they keep rather than by the size of the mailbox. Index {@code i}
 * is the same message on every pass.
 */
public interface Replay {
  /** How many messages there are. */
  int size();

  /** Hands every message to {@code visitor}, in report order. */
  default void forEach(Visitor visitor) throws IOException {
    forEach(index -> true, visitor);
  }

  /**
   * Hands the messages whose index {@code which} accepts to {@code visitor}, in report order; the others
   * are not read at all. {@code which} may be asked about a message before the visitor has seen those
   * before it, so what the visitor does must not change its answer for a later message.
   */
  void forEach(IntPredicate which, Visitor visitor) throws IOException;

  /** The message at {@code index}, read on its own: for the few a step must look at again. */
  MessageFacts get(int index) throws IOException;

  /** What a pass does with each message. */
  @FunctionalInterface
  interface Visitor {
    void visit(int index, MessageFacts facts) throws IOException;
  }

  /** A replay of messages already in memory, in the order given. */
  static Replay of(List<MessageFacts> messages) {
    List<MessageFacts> kept = List.copyOf(messages);
    return new Replay() {
      @Override
      public int size() {
        return kept.size();
      }

      @Override
      public void forEach(IntPredicate which, Visitor visitor) throws IOException {
        for (int i = 0; i < kept.size(); i++) {
          if (which.test(i)) {
            visitor.visit(i, kept.get(i));
          }
        }
      }

      @Override
      public MessageFacts get(int index) {
        return kept.get(index);
      }
    };
  }
}
