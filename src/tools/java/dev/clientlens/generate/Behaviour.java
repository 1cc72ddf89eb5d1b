package dev.clientlens.generate;

/**
 * How a correspondent behaves in time: how fast they answer, whether they write evenings and weekends,
 * how readily they chase an unanswered message, how long their conversations run and how they pay.
 * These numbers are what makes an archetype visible in timestamps.
 */
record Behaviour(
    double replyMedianHours,
    double replySigma,
    double pEvening,
    double pWeekend,
    double pNudge,
    double pNudgeAgain,
    double nudgeMinHours,
    double nudgeMaxHours,
    int maxNudges,
    double pCheckin,
    int minTurns,
    int maxTurns,
    double pThanks,
    double pCcManager,
    double pAddendum,
    Payer payer,
    KindMix kinds) {

  Behaviour {
    if (replyMedianHours <= 0 || nudgeMinHours <= 0 || nudgeMaxHours < nudgeMinHours) {
      throw new IllegalArgumentException("behaviour: delays must be positive and ordered");
    }
    if (minTurns < 0 || maxTurns < minTurns || maxNudges < 0) {
      throw new IllegalArgumentException("behaviour: bad turn or nudge limits");
    }
    if (payer == null || kinds == null) {
      throw new IllegalArgumentException("behaviour: payer and kinds are required");
    }
  }

  /** The designed behaviour for an archetype; fire risk makes any of them longer, costlier and later to pay. */
  static Behaviour of(Archetype archetype, boolean fireRisk) {
    Behaviour base = switch (archetype) {
      // Easy: answers after one to three days, in office hours, rarely chases.
      case NONE -> new Behaviour(30, 0.35, 0.03, 0.01, 0.03, 0, 72, 120, 1, 0.03, 1, 2, 0.7, 0, 0.05,
          Payer.PROMPT, new KindMix(0.45, 0.3, 0.1, 0.15));
      // Micromanager: answers within the hour, chases within 1-4 h, checks in before deadlines, any hour.
      case HANDS_ON -> new Behaviour(1.2, 0.9, 0.55, 0.45, 0.85, 0.5, 1, 4, 3, 0.75, 2, 4, 0.4, 0, 0.1,
          Payer.PROMPT, new KindMix(0.5, 0.25, 0.15, 0.1));
      // Untrusting: slow and careful, wants everything approved, copies a manager.
      case UNTRUSTING -> new Behaviour(9, 0.7, 0.12, 0.05, 0.15, 0, 20, 40, 1, 0.2, 2, 4, 0.3, 0.8, 0.05,
          Payer.PROMPT, new KindMix(0.5, 0.3, 0.05, 0.15));
      // Self-declared expert: answers the same day with instructions.
      case DIY_EXPERT -> new Behaviour(6, 0.8, 0.2, 0.1, 0.1, 0, 24, 48, 1, 0.1, 2, 4, 0.35, 0, 0.05,
          Payer.PROMPT, new KindMix(0.7, 0.15, 0, 0.15));
    };
    if (!fireRisk) {
      return base;
    }
    return new Behaviour(Math.min(base.replyMedianHours, 5), base.replySigma, base.pEvening, base.pWeekend,
        base.pNudge, base.pNudgeAgain, base.nudgeMinHours, base.nudgeMaxHours, base.maxNudges, base.pCheckin,
        3, 6, 0.2, base.pCcManager, 0.45,
        archetype == Archetype.NONE ? Payer.DISPUTES : Payer.LATE, new KindMix(0.55, 0.15, 0.05, 0.25));
  }

  /** The same behaviour with a different appetite for a closing thank-you message (a matter of wording only). */
  Behaviour withThanks(double p) {
    return new Behaviour(replyMedianHours, replySigma, pEvening, pWeekend, pNudge, pNudgeAgain, nudgeMinHours,
        nudgeMaxHours, maxNudges, pCheckin, minTurns, maxTurns, p, pCcManager, pAddendum, payer, kinds);
  }

  /** Per, the colleague: office hours, answers within a couple of hours, short exchanges. */
  static Behaviour colleague() {
    return new Behaviour(2, 0.8, 0.05, 0.02, 0, 0, 24, 48, 0, 0, 0, 2, 0, 0, 0,
        Payer.PROMPT, new KindMix(1, 0, 0, 0));
  }

  /**
   * The same behaviour with individual noise, for synthetic clients: reply speed varies by a factor of about
   * two either way, and the appetite for evenings, weekends and chasing by up to a third.
   */
  Behaviour jitter(Dice dice) {
    return new Behaviour(replyMedianHours * dice.logNormal(1, 0.45), replySigma * dice.uniform(0.8, 1.3),
        scale(pEvening, dice), scale(pWeekend, dice), scale(pNudge, dice), scale(pNudgeAgain, dice),
        nudgeMinHours, nudgeMaxHours, maxNudges, scale(pCheckin, dice), minTurns, maxTurns, pThanks, pCcManager,
        pAddendum, payer, kinds);
  }

  private static double scale(double p, Dice dice) {
    return Math.min(0.95, p * dice.uniform(0.67, 1.33));
  }
}
