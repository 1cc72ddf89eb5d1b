package dev.clientlens.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.function.Function;
import java.util.Optional;

/**
 * The structure of one conversation: which moves happen, by whom and when, decided with the thread's own
 * dice and no words. Moves are planned a segment at a time (a client message, any nudges before we answer,
 * our answer), so only this thread's state is held. The writer turns the steps into mail; a dry run just
 * counts them, which is how a synthetic mailbox hits its target size.
 */
final class ThreadScript {
  /** Share of client messages that the owner also files in the Archive (a second copy, same Message-ID). */
  private static final double P_DUPLICATE = 0.035;

  private final Function<Instant, Party> selves;
  private Party party;
  private final ThreadPlan plan;
  private final Period period;
  private final Person owner;
  private Schedule client;
  private final Schedule us;
  private Behaviour behaviour;
  private final Dice fate;
  private final ArrayDeque<Step> ready = new ArrayDeque<>();
  private final boolean archived;
  private final boolean ccManager;
  private final boolean ccColleague;

  private Step last;
  private Person lastClientAuthor;
  private int emitted;
  private boolean finished;
  private boolean unlinkPending;
  private int turnsLeft;
  private int reminders;
  private int pushbacks;
  private int autoReplied;

  ThreadScript(Party party, ThreadPlan plan, Period period, Person owner, Schedule us) {
    this(t -> party, plan, period, owner, us);
  }

  /**
   * A conversation with a party that may change its archetype while it runs: {@code selves} gives the party as
   * it behaves at a moment, and each segment is planned with the self of the moment it starts from.
   */
  ThreadScript(Function<Instant, Party> selves, ThreadPlan plan, Period period, Person owner, Schedule us) {
    this.selves = selves;
    this.party = selves.apply(plan.start());
    this.plan = plan;
    this.period = period;
    this.owner = owner;
    this.us = us;
    this.client = Schedule.of(party);
    this.behaviour = party.behaviour();
    this.fate = Dice.of(plan.seed(), 1);
    this.unlinkPending = plan.unlinkedReply();
    this.archived = party.isClient()
        && plan.start().isBefore(period.end().minus(Duration.ofDays(60))) && fate.chance(0.15);
    this.ccManager = party.manager().isPresent() && fate.chance(behaviour.pCcManager());
    this.ccColleague = party.isClient() && fate.chance(0.06);
    this.turnsLeft = switch (plan.kind()) {
      case PROJECT -> fate.between(behaviour.minTurns(), behaviour.maxTurns());
      case QUESTION -> fate.between(0, Math.max(1, behaviour.maxTurns() / 2));
      case INTERNAL -> fate.between(0, Math.max(1, behaviour.maxTurns()));
      default -> 0;
    };
  }

  /** Files a dry run of this plan would write: how synthetic mailboxes are sized without writing anything. */
  static int countFiles(Party party, ThreadPlan plan, Period period, Person owner, Schedule us) {
    return countFiles(t -> party, plan, period, owner, us);
  }

  /** The same for a party that may change its archetype on the way. */
  static int countFiles(Function<Instant, Party> selves, ThreadPlan plan, Period period, Person owner, Schedule us) {
    ThreadScript script = new ThreadScript(selves, plan, period, owner, us);
    int files = 0;
    for (Optional<Step> s = script.next(); s.isPresent(); s = script.next()) {
      files += s.get().files();
    }
    return files;
  }

  Party party() {
    return party;
  }

  ThreadPlan plan() {
    return plan;
  }

  /** Inbound mail of this thread is filed in the Archive folder rather than the inbox. */
  boolean archived() {
    return archived;
  }

  boolean ccManager() {
    return ccManager;
  }

  boolean ccColleague() {
    return ccColleague;
  }

  /** The next step in time order, or empty when the conversation is over or has run past the export. */
  Optional<Step> next() {
    while (ready.isEmpty() && !finished) {
      advance();
    }
    Step step = ready.poll();
    if (step == null || !step.at().isBefore(period.end())) {
      finished = true;
      ready.clear();
      return Optional.empty();
    }
    if (last != null && !step.at().isAfter(last.at())) {
      step = step.at(last.at().plusSeconds(30 + fate.below(90)));
    }
    if (unlinkPending && emitted > 0 && step.side() != Side.SYSTEM) {
      step = step.asUnlinked();
      unlinkPending = false;
    }
    if (step.side() == Side.CLIENT) {
      lastClientAuthor = step.author();
    }
    last = step;
    emitted++;
    return Optional.of(step);
  }

  private void advance() {
    if (last == null) {
      open();
      return;
    }
    Step prev = last;
    Party self = selves.apply(prev.at());
    if (self != party) {
      party = self;
      behaviour = self.behaviour();
      client = Schedule.of(self);
    }
    if (prev.side() == Side.US) {
      autoReply(prev);
    }
    switch (prev.move()) {
      case REQUEST, FEEDBACK, ACCEPT -> awaitUs(fate.chance(pPromise()) ? Move.PROMISE : Move.DELIVER);
      case QUESTION -> awaitUs(Move.ANSWER);
      case MEETING_REQUEST -> awaitUs(Move.MEETING_PROPOSAL);
      case PAYMENT_PUSHBACK -> awaitUs(Move.EXPLAIN_INVOICE);
      case PROPOSAL -> clientTurn(Move.ACCEPT);
      case PROMISE -> planDelivery(prev);
      case DELIVER, ADDENDUM -> afterDelivery();
      case ANSWER -> afterAnswer();
      case MEETING_PROPOSAL -> clientTurn(Move.CONFIRM);
      case CONFIRM, APPROVAL, PAID -> maybeWrapUp();
      case INVOICE -> afterInvoice();
      case REMINDER -> afterReminder();
      case EXPLAIN_INVOICE -> afterExplanation();
      case PAYMENT_DELAY -> afterDelay();
      case REACH_OUT -> bounce(prev);
      case INTERNAL_NOTE, INTERNAL_REPLY -> internalReply(prev);
      default -> finished = true;
    }
  }

  private void open() {
    switch (plan.kind()) {
      case PROJECT -> {
        if (fate.chance(0.2)) {
          usOpen(Move.PROPOSAL);
        } else {
          clientOpen(Move.REQUEST);
        }
      }
      case QUESTION -> clientOpen(Move.QUESTION);
      case MEETING -> {
        if (fate.chance(0.3)) {
          usOpen(Move.MEETING_PROPOSAL);
        } else {
          clientOpen(Move.MEETING_REQUEST);
        }
      }
      case INVOICE -> usOpen(Move.INVOICE);
      case BOUNCE -> usOpen(Move.REACH_OUT);
      case INTERNAL -> {
        if (fate.chance(0.5)) {
          usOpen(Move.INTERNAL_NOTE);
        } else {
          clientOpen(Move.INTERNAL_NOTE);
        }
      }
    }
  }

  private void clientOpen(Move move) {
    ready.add(clientStep(move, client.place(plan.start(), fate)));
  }

  private void usOpen(Move move) {
    ready.add(Step.of(move, Side.US, us.place(plan.start(), fate), owner));
  }

  /**
   * The client has written and waits for us. A client who chases writes again after a few hours if our
   * answer has not come yet (a nudge); being chased makes us answer sooner.
   */
  private void awaitUs(Move answer) {
    Instant t = last.at();
    Instant due = ourReply(t);
    for (int n = 0; n < behaviour.maxNudges(); n++) {
      if (!fate.chance(n == 0 ? behaviour.pNudge() : behaviour.pNudgeAgain())) {
        break;
      }
      double hours = fate.uniform(behaviour.nudgeMinHours(), behaviour.nudgeMaxHours());
      Instant at = clientTime(t.plusSeconds((long) (hours * 3600)));
      if (!at.isBefore(due)) {
        break;
      }
      ready.add(clientStep(Move.NUDGE, at));
      t = at;
      Instant sooner = us.place(at.plusSeconds(60L * fate.between(20, 120)), fate);
      if (sooner.isBefore(due)) {
        due = sooner;
      }
    }
    Step reply = Step.of(answer, Side.US, due, owner);
    if (answer == Move.PROMISE) {
      reply = reply.due(us.addWorkingDays(us.dateOf(due), fate.between(2, 6)));
    }
    ready.add(reply);
  }

  /** We promised a date: a micromanager checks in before it; we deliver on the day. */
  private void planDelivery(Step promise) {
    LocalDate day = promise.due().orElseThrow();
    Instant deliverAt = us.on(day, LocalTime.of(9, 30), LocalTime.of(16, 0), fate);
    if (deliverAt.isBefore(promise.at().plus(Duration.ofHours(2)))) {
      deliverAt = us.place(promise.at().plus(Duration.ofHours(3)), fate);
    }
    if (fate.chance(behaviour.pCheckin())) {
      long span = Duration.between(promise.at(), deliverAt).getSeconds();
      Instant lo = promise.at().plusSeconds((long) (span * 0.35));
      Instant hi = deliverAt.minus(Duration.ofMinutes(90));
      if (hi.isAfter(lo.plus(Duration.ofMinutes(30)))) {
        Instant at = clientTime(lo.plusSeconds((long) (fate.unit() * Duration.between(lo, hi).getSeconds())));
        if (at.isBefore(hi)) {
          ready.add(clientStep(Move.CHECKIN, at).due(day));
          if (fate.chance(0.55)) {
            Instant answer = us.place(at.plusSeconds(60L * fate.between(20, 180)), fate);
            // On the day itself we just deliver; "you'll have it by Friday" on Friday reads oddly.
            if (answer.isBefore(deliverAt.minus(Duration.ofMinutes(30))) && us.dateOf(answer).isBefore(day)) {
              ready.add(Step.of(Move.REASSURE, Side.US, answer, owner).due(day));
            }
          }
        }
      }
    }
    ready.add(Step.of(Move.DELIVER, Side.US, deliverAt, owner));
    if (fate.chance(behaviour.pAddendum())) {
      ready.add(Step.of(Move.ADDENDUM, Side.US, deliverAt.plusSeconds(60L * fate.between(15, 120)), owner));
    }
  }

  private void afterDelivery() {
    if (turnsLeft > 0) {
      turnsLeft--;
      clientTurn(Move.FEEDBACK);
    } else if (fate.chance(behaviour.pThanks())) {
      clientTurn(Move.APPROVAL);
    } else {
      finished = true;
    }
  }

  private void afterAnswer() {
    if (turnsLeft > 0) {
      turnsLeft--;
      clientTurn(Move.QUESTION);
    } else if (fate.chance(behaviour.pThanks() * 0.8)) {
      clientTurn(Move.APPROVAL);
    } else {
      finished = true;
    }
  }

  private void maybeWrapUp() {
    if (last.side() == Side.CLIENT && fate.chance(0.2)) {
      ready.add(Step.of(Move.WRAP_UP, Side.US, ourReply(last.at()), owner));
    } else {
      finished = true;
    }
  }

  private void afterInvoice() {
    switch (behaviour.payer()) {
      case PROMPT -> {
        if (fate.chance(0.6)) {
          clientTurn(Move.PAID);
        } else {
          finished = true;
        }
      }
      case LATE -> usLater(Move.REMINDER, 15, 21);
      case DISPUTES -> clientTurn(Move.PAYMENT_PUSHBACK);
    }
  }

  private void afterReminder() {
    reminders++;
    if (behaviour.payer() == Payer.DISPUTES && fate.chance(0.5) || behaviour.payer() == Payer.PROMPT) {
      clientTurn(Move.PAID);
    } else {
      clientTurn(Move.PAYMENT_DELAY);
    }
  }

  private void afterExplanation() {
    if (pushbacks < 2 && fate.chance(0.4)) {
      pushbacks++;
      clientTurn(Move.PAYMENT_PUSHBACK);
    } else {
      clientTurn(Move.PAYMENT_DELAY);
    }
  }

  private void afterDelay() {
    if (reminders < 2 && fate.chance(0.55)) {
      usLater(Move.REMINDER, 10, 18);
    } else {
      finished = true;
    }
  }

  private void bounce(Step sent) {
    ready.add(Step.of(Move.BOUNCE, Side.SYSTEM, sent.at().plusSeconds(fate.between(20, 180)), Cast.MAILER_DAEMON));
    finished = true;
  }

  private void internalReply(Step prev) {
    if (turnsLeft-- <= 0) {
      finished = true;
    } else if (prev.side() == Side.US) {
      clientTurn(Move.INTERNAL_REPLY);
    } else {
      ready.add(Step.of(Move.INTERNAL_REPLY, Side.US, ourReply(prev.at()), owner));
    }
  }

  /**
   * How often we name a delivery date before delivering rather than just sending the work. Micromanagers get
   * more promises, and so more deadlines to check in before.
   */
  private double pPromise() {
    return party.archetype() == Archetype.HANDS_ON ? 0.8 : 0.45;
  }

  /** An out-of-office notice answers our mail once per holiday and thread, a few minutes after it. */
  private void autoReply(Step ours) {
    Person to = lastClientAuthor == null ? party.primary() : lastClientAuthor;
    if (!party.isClient() || !to.equals(party.primary())) {
      return;
    }
    Optional<Away> window = client.holidayAt(ours.at());
    if (window.isEmpty()) {
      return;
    }
    int bit = 1 << party.away().indexOf(window.get());
    if ((autoReplied & bit) != 0) {
      return;
    }
    autoReplied |= bit;
    Instant at = ours.at().plusSeconds(fate.between(40, 240));
    ready.add(Step.of(Move.AUTO_REPLY, Side.SYSTEM, at, party.primary()).away(window.get()));
  }

  private void clientTurn(Move move) {
    double hours = fate.logNormal(behaviour.replyMedianHours(), behaviour.replySigma());
    Instant earliest = last.at().plusSeconds((long) (hours * 3600) + 60);
    // A micromanager often reads our mail at home and answers in the evening or at the weekend.
    boolean atHome = party.archetype() == Archetype.HANDS_ON && fate.chance(0.35);
    Instant at = atHome ? client.offHours(earliest, fate) : client.place(earliest, fate);
    ready.add(clientStep(move, at));
  }

  private void usLater(Move move, int minDays, int maxDays) {
    Instant at = us.place(last.at().plus(Duration.ofDays(fate.between(minDays, maxDays))), fate);
    ready.add(Step.of(move, Side.US, at, owner));
  }

  private Instant ourReply(Instant received) {
    double hours = Math.min(40, fate.logNormal(3, 1.0));
    return us.place(received.plusSeconds((long) (hours * 3600) + 120), fate);
  }

  /** Micromanagers chase at any waking hour; everybody else waits for office hours. */
  private Instant clientTime(Instant earliest) {
    return party.archetype() == Archetype.HANDS_ON ? client.anyHour(earliest, fate) : client.place(earliest, fate);
  }

  private Step clientStep(Move move, Instant at) {
    Step step = Step.of(move, Side.CLIENT, at, author(move));
    return party.isClient() && fate.chance(P_DUPLICATE) ? step.duplicated() : step;
  }

  /** The primary contact writes most; a second person or the copied manager writes now and then. */
  private Person author(Move move) {
    if (move == Move.NUDGE && lastClientAuthor != null) {
      return lastClientAuthor;
    }
    if (ccManager && fate.chance(0.15)) {
      return party.manager().orElseThrow();
    }
    if (party.people().size() > 1 && fate.chance(0.3)) {
      return party.people().get(1 + fate.below(party.people().size() - 1));
    }
    return party.primary();
  }
}
