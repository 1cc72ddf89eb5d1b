package dev.clientlens.generate;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Runs every conversation and newsletter at once and writes their letters in time order. Only conversations
 * in progress are held (a priority queue keyed by their next letter's time), so memory follows the number
 * of open threads, not the size of the mailbox.
 */
final class Simulation {
  private final Cast cast;
  private final Period period;
  private final List<ThreadPlan> plans;
  private final List<NewsletterStream> newsletters;
  private final Schedule us;

  /** @param plans conversations sorted by start time */
  Simulation(Cast cast, Period period, List<ThreadPlan> plans, List<NewsletterStream> newsletters) {
    this.cast = cast;
    this.period = period;
    this.plans = plans;
    this.newsletters = newsletters;
    this.us = Schedule.owner(period.home(), cast.ownerHolidays());
  }

  /** The moment the mailbox was exported; nothing is written after it. */
  Instant end() {
    return period.end();
  }

  GroundTruth run(Sink sink) throws IOException {
    Tally tally = new Tally(cast);
    PriorityQueue<Pending> queue =
        new PriorityQueue<>(Comparator.comparing(Pending::at).thenComparingLong(Pending::order));
    long order = 0;
    for (NewsletterStream stream : newsletters) {
      if (stream.hasNext()) {
        queue.add(new Pending(stream.nextAt(), order++, stream));
      }
    }
    int nextPlan = 0;
    while (true) {
      // A conversation's first letter is never before its plan's start, so starting plans in start order,
      // before any queued letter that is later, keeps the output chronological.
      if (nextPlan < plans.size() && (queue.isEmpty() || !plans.get(nextPlan).start().isAfter(queue.peek().at()))) {
        Conversation conversation = new Conversation(cast, plans.get(nextPlan++), period, us);
        if (conversation.hasNext()) {
          tally.thread(conversation.party());
          queue.add(new Pending(conversation.nextAt(), order++, conversation));
        }
        continue;
      }
      Pending head = queue.poll();
      if (head == null) {
        break;
      }
      for (Letter letter : head.stream().next()) {
        sink.write(letter);
        tally.record(letter.envelope());
      }
      if (head.stream().hasNext()) {
        queue.add(new Pending(head.stream().nextAt(), order++, head.stream()));
      }
    }
    return tally.truth();
  }

  private record Pending(Instant at, long order, LetterStream stream) {}
}
