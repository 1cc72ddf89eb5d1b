package dev.clientlens.analyse.deadline;

import dev.clientlens.analyse.deadline.DeadlineLexicon.Delivery;
import dev.clientlens.analyse.deadline.DeadlineTokens.Kind;
import dev.clientlens.analyse.phrase.PhraseTable;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Whether a time with no trigger word is when something is to be delivered, read from its clause: a
 * future or modal form with a delivery ("I'll send it Friday", "we will have it done Monday", "expect
 * the report next week"), or in Norwegian the present used for the future ("Jeg sender det fredag",
 * "Dere får utkastet på mandag"). Past and narrative clauses, meetings, absences, habits, conditions,
 * negations and questions are not. One instance per sentence; the lexicon is shared.
 */
final class Commitments {
  /** The tokens {@code [from, to)} that commit ("I'll send", "får utkastet"). */
  private record Span(int from, int to) {}

  /** How far after a future marker its delivery word may come ("we'll be able to send"). */
  private static final int DELIVERY_REACH = 4;
  /** How far after a future marker a delivered state may come ("we'll have the whole draft ready"). */
  private static final int STATE_REACH = 6;
  /** How far after "get", "have", "expect", "få" the thing delivered may come. */
  private static final int THING_REACH = 3;
  /** Tokens allowed between a commitment and a time after it ("send you the final version Friday"). */
  private static final int GAP = 8;
  /** Tokens allowed between a time and a commitment after it ("Friday the team will send"). */
  private static final int LEAD = 2;
  /** How far before a time a commitment that governs it may start. */
  private static final int FARTHEST_START = 24;
  /** How far back a past-tense word turns a commitment into a report ("we were going to send"). */
  private static final int PAST_WINDOW = 3;
  /** How far after the time a meeting or an absence makes it theirs ("Monday before the call"). */
  private static final int AFTER_WINDOW = 3;

  private final DeadlineLexicon lex;
  private final DeadlineTokens t;
  private final boolean anyCue;

  Commitments(DeadlineLexicon lexicon, DeadlineTokens tokens) {
    this.lex = lexicon;
    this.t = tokens;
    boolean cue = false;
    for (int i = 0; i < tokens.size() && !cue; i++) {
      cue = lexicon.futureMarkers.startsAt(tokens, i)
          || lexicon.isFutureMarker(tokens.word(i))
          || lexicon.ownCommitments.startsAt(tokens, i);
    }
    this.anyCue = cue;
  }

  /** Whether the sentence holds any word that may commit: otherwise no time needs the clause read. */
  boolean anyCue() {
    return anyCue;
  }

  /** Whether the time at tokens {@code [from, to)} is the moment of a delivery its clause commits to. */
  boolean commitsAt(int from, int to) {
    if (!anyCue) {
      return false;
    }
    int start = clauseStart(from);
    int end = clauseEnd(to);
    if (endsInQuestion(to) || any(start, end, lex.habitWords) || meetingOrAway(to, Math.min(end, to + AFTER_WINDOW))) {
      return false;
    }
    Optional<Span> before = commitmentBefore(start, from);
    if (before.isPresent()) {
      Span c = before.get();
      // "we were going to send it Friday": a past just before the commitment
      return !negated(start, from) && !subordinate(start, from) && !t.anyBefore(c.from(), PAST_WINDOW, lex.pastWords)
          && !otherClause(c.to(), from) && !anyMatter(c.to(), from) && !meetingOrAway(c.from(), c.to())
          && !(from - 1 >= c.to() && pastRightBefore(from));
    }
    Optional<Span> after = commitmentAfter(to, end);
    if (after.isPresent()) {
      Span c = after.get();
      return !negated(start, c.to()) && !subordinate(start, from) && !otherClause(start, from)
          && !anyMatter(start, from) && !any(to, c.from(), lex.conjunctions) && !meetingOrAway(to, c.to());
    }
    return false;
  }

  /** The nearest commitment that ends before {@code from}, close enough to govern it. */
  private Optional<Span> commitmentBefore(int start, int from) {
    Optional<Span> nearest = Optional.empty();
    for (int i = Math.max(start, from - FARTHEST_START); i < from; i++) {
      Optional<Span> span = commitmentAt(i, from);
      if (span.isPresent() && from - span.get().to() <= GAP) {
        nearest = span;
      }
    }
    return nearest;
  }

  /** "Friday I'll send it", "fredag sender vi det": a commitment that starts just after the time. */
  private Optional<Span> commitmentAfter(int to, int end) {
    for (int i = to; i <= to + LEAD && i < end; i++) {
      Optional<Span> span = commitmentAt(i, end);
      if (span.isPresent()) {
        return span;
      }
    }
    return Optional.empty();
  }

  /** A commitment that starts at token {@code i} and ends by {@code limit}. */
  private Optional<Span> commitmentAt(int i, int limit) {
    int markerEnd = lex.futureMarkers.skip(t, i);
    if (markerEnd == i && lex.isFutureMarker(t.word(i)) && t.is(i, Kind.WORD)) {
      markerEnd = i + 1;
    }
    if (markerEnd > i) {
      return deliveryAfterMarker(i, markerEnd, limit);
    }
    Optional<PhraseTable.Match<Delivery>> own = lex.ownCommitments.longestAt(t, i);
    if (own.isEmpty() || own.get().end() > limit) {
      return Optional.empty();
    }
    int end = own.get().end();
    return switch (own.get().value()) {
      case ACT, STATE -> Optional.of(new Span(i, end));
      case RECEIVE -> thingAfter(end, limit).map(thing -> new Span(i, thing + 1));
      case ARRIVE -> arrival(i, end, limit);
    };
  }

  /** "Will send", "'ll have it", "skal sende", "kommer til å levere". */
  private Optional<Span> deliveryAfterMarker(int marker, int markerEnd, int limit) {
    for (int j = markerEnd; j < markerEnd + STATE_REACH && j < limit; j++) {
      if (t.is(j, Kind.MARK)) {
        return Optional.empty();
      }
      Optional<PhraseTable.Match<Delivery>> delivery = lex.deliveries.longestAt(t, j);
      if (delivery.isEmpty() || delivery.get().end() > limit) {
        continue;
      }
      int end = delivery.get().end();
      boolean near = j - markerEnd < DELIVERY_REACH;
      switch (delivery.get().value()) {
        case ACT:
          if (near) {
            return Optional.of(new Span(marker, end));
          }
          break;
        case STATE:
          return Optional.of(new Span(marker, end));
        case RECEIVE:
          Optional<Integer> thing = near ? thingAfter(end, limit) : Optional.empty();
          if (thing.isPresent()) {
            return Optional.of(new Span(marker, thing.get() + 1));
          }
          break;
        default:
          break;
      }
    }
    return Optional.empty();
  }

  /** "Utkastet kommer", "det kommer", "fredag kommer utkastet": a thing comes, not a person. */
  private Optional<Span> arrival(int i, int end, int limit) {
    if (lex.deliverables.contains(t.word(i - 1))) {
      return Optional.of(new Span(i - 1, end));
    }
    if (end < limit && lex.deliverables.contains(t.word(end))) {
      return Optional.of(new Span(i, end + 1));
    }
    return Optional.empty();
  }

  /**
   * The thing delivered after "get", "have", "expect", "få" ("get it", "expect the report", "får
   * utkastet"), unless the next word makes the verb something else ("get started", "får se",
   * "should have sent").
   */
  private Optional<Integer> thingAfter(int at, int limit) {
    String next = t.word(at);
    if (lex.deliverables.contains(next)) {
      return Optional.of(at);
    }
    if (lex.receiveBreakers.contains(next) || lex.isParticiple(next)) {
      return Optional.empty();
    }
    for (int k = at; k < at + THING_REACH && k < limit && !t.is(k, Kind.MARK); k++) {
      if (lex.deliverables.contains(t.word(k))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * Words between a commitment and its time that make the time belong to something else: a meeting or
   * an absence ("send the agenda for the meeting on Monday"), a past ("what we discussed on Monday",
   * "the file that was approved Friday"), a condition ("once we are back Monday").
   */
  private boolean anyMatter(int from, int to) {
    return anyIn(from, to, i -> lex.pastWords.contains(t.word(i)) || lex.subordinators.startsAt(t, i)
        || (lex.persons.contains(t.word(i)) && lex.isPast(t.word(i + 1))))
        || meetingOrAway(from, to);
  }

  private boolean meetingOrAway(int from, int to) {
    return anyIn(from, to, i -> lex.meetingWords.contains(t.word(i)) || lex.awayWords.contains(t.word(i)));
  }

  /**
   * "As discussed on Monday", "som avtalt fredag": a past form just before the time dates that past;
   * a delivered state ("done Monday", "sorted Monday") does not.
   */
  private boolean pastRightBefore(int from) {
    int before = t.word(from - 1).equals("on") || t.word(from - 1).equals("på") ? from - 2 : from - 1;
    return lex.isParticiple(t.word(before)) && !lex.deliveries.startsAt(t, before);
  }

  /** "…and you approve it Monday", "…og vi tar det fredag": a conjunction before a new subject. */
  private boolean otherClause(int from, int to) {
    return anyIn(from, to, i -> lex.conjunctions.contains(t.word(i)) && lex.persons.contains(t.word(i + 1)));
  }

  /** "If we deliver Friday", "hvis vi leverer fredag": a condition before the time. */
  private boolean subordinate(int from, int to) {
    return anyIn(from, to, i -> lex.subordinators.startsAt(t, i));
  }

  private boolean negated(int from, int to) {
    return anyIn(from, to, i -> lex.isNegation(t.word(i)));
  }

  /** Whether the sentence ends in a question mark after the time: a request or an offer, not a commitment. */
  private boolean endsInQuestion(int to) {
    for (int i = to; i < t.size(); i++) {
      String word = t.word(i);
      if (t.is(i, Kind.MARK) && (word.equals(".") || word.equals("!") || word.equals("?"))) {
        return word.equals("?");
      }
    }
    return false;
  }

  private boolean any(int from, int to, Set<String> words) {
    return anyIn(from, to, i -> words.contains(t.word(i)));
  }

  private static boolean anyIn(int from, int to, IntPredicate test) {
    for (int i = from; i < to; i++) {
      if (test.test(i)) {
        return true;
      }
    }
    return false;
  }

  /** The first token of the clause that holds token {@code at}: after the last mark before it. */
  private int clauseStart(int at) {
    int i = at;
    while (i > 0 && !t.endsClause(i - 1)) {
      i--;
    }
    return i;
  }

  /** The token after the clause that holds token {@code at - 1}: the next mark, or the sentence end. */
  private int clauseEnd(int at) {
    int i = at;
    while (i < t.size() && !t.endsClause(i)) {
      i++;
    }
    return i;
  }
}
