package dev.clientlens.generate;

import java.time.Instant;

/**
 * One conversation to simulate: with which party, the how-manyth (overall and among its kind, so subjects
 * stay unique within a client), what it is about, when it starts, and its own seed. Everything a
 * conversation does follows from this plan alone, so adding a conversation never changes another one.
 */
record ThreadPlan(
    int party, int thread, int ordinal, ThreadKind kind, Instant start, boolean unlinkedReply, long seed) {

  ThreadPlan {
    if (party < 0 || thread < 0 || ordinal < 0 || kind == null || start == null) {
      throw new IllegalArgumentException("thread plan: bad values for party " + party + " thread " + thread);
    }
  }

  ThreadPlan startingAt(Instant time) {
    return new ThreadPlan(party, thread, ordinal, kind, time, unlinkedReply, seed);
  }
}
