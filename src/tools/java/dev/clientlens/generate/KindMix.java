package dev.clientlens.generate;

/** How often each kind of client conversation starts; weights need not sum to one. */
record KindMix(double project, double question, double meeting, double invoice) {

  KindMix {
    if (project < 0 || question < 0 || meeting < 0 || invoice < 0 || project + question + meeting + invoice <= 0) {
      throw new IllegalArgumentException("kind mix: weights must be non-negative and not all zero");
    }
  }

  ThreadKind pick(Dice dice) {
    return switch (dice.weighted(project, question, meeting, invoice)) {
      case 0 -> ThreadKind.PROJECT;
      case 1 -> ThreadKind.QUESTION;
      case 2 -> ThreadKind.MEETING;
      default -> ThreadKind.INVOICE;
    };
  }
}
