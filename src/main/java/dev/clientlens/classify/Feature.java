package dev.clientlens.classify;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.domain.Cue;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The model's inputs, all from {@link ClientMetrics} and none from words: rates per client message, shares and
 * log-scaled hours, so that a chatty client is not scored on volume. {@link Double#NaN} marks "nothing to
 * measure" (no reply, no nudge, no analysed text); the model reads it as the training mean. Each feature also
 * says in plain words, with the client's own number, what it saw.
 */
enum Feature {
  NUDGE_RATE {
    @Override
    double value(ClientMetrics m, int clients) {
      return m.nudgeRate();
    }

    @Override
    String describe(ClientMetrics m, int clients) {
      return m.hoursBeforeNudge().isPresent()
          ? "chases within " + hours(m.hoursBeforeNudge().getAsDouble()) + " on " + percent(m.nudgeRate())
              + " of client messages"
          : "chases on " + percent(m.nudgeRate()) + " of client messages";
    }
  },
  HOURS_BEFORE_NUDGE {
    @Override
    boolean telling(double z) {
      return z < 0;
    }

    @Override
    double value(ClientMetrics m, int clients) {
      return logHours(m.hoursBeforeNudge());
    }

    @Override
    String describe(ClientMetrics m, int clients) {
      return m.hoursBeforeNudge().isPresent()
          ? "chases after a median " + hours(m.hoursBeforeNudge().getAsDouble())
          : "never chases";
    }
  },
  CLIENT_REPLY_HOURS {
    @Override
    boolean telling(double z) {
      return z < 0;
    }

    @Override
    double value(ClientMetrics m, int clients) {
      return logHours(m.clientReplyHours());
    }

    @Override
    String describe(ClientMetrics m, int clients) {
      return m.clientReplyHours().isPresent()
          ? "answers us in a median " + hours(m.clientReplyHours().getAsDouble())
          : "never answers a message of ours";
    }
  },
  OUR_REPLY_HOURS {
    @Override
    boolean telling(double z) {
      return z < 0;
    }

    @Override
    double value(ClientMetrics m, int clients) {
      return logHours(m.ourReplyHours());
    }

    @Override
    String describe(ClientMetrics m, int clients) {
      return m.ourReplyHours().isPresent()
          ? "we answer in a median " + hours(m.ourReplyHours().getAsDouble())
          : "we never answer in a thread";
    }
  },
  AFTER_HOURS_SHARE {
    @Override
    double value(ClientMetrics m, int clients) {
      return m.afterHoursShare();
    }

    @Override
    String describe(ClientMetrics m, int clients) {
      return percent(m.afterHoursShare()) + " of messages written in the evening or early morning";
    }
  },
  WEEKEND_SHARE {
    @Override
    double value(ClientMetrics m, int clients) {
      return m.weekendShare();
    }

    @Override
    String describe(ClientMetrics m, int clients) {
      return percent(m.weekendShare()) + " of messages written at weekends";
    }
  },
  CHECKINS_PER_MESSAGE {
    @Override
    double value(ClientMetrics m, int clients) {
      return (double) m.preDeadlineCheckins() / Math.max(1, m.messagesIn());
    }

    @Override
    String describe(ClientMetrics m, int clients) {
      return count(m.preDeadlineCheckins(), "status request", "status requests") + " before promised dates";
    }
  },
  OUR_MESSAGES_PER_THEIRS {
    @Override
    double value(ClientMetrics m, int clients) {
      return Math.log((m.messagesOut() + 1.0) / (m.messagesIn() + 1.0));
    }

    @Override
    String describe(ClientMetrics m, int clients) {
      return String.format(Locale.ROOT, "we write %.1f messages for each of theirs",
          (double) m.messagesOut() / Math.max(1, m.messagesIn()));
    }
  },
  OUTBOUND_SHARE_VS_EVEN {
    @Override
    double value(ClientMetrics m, int clients) {
      return Math.log1p(m.ourOutboundShare() * Math.max(1, clients));
    }

    @Override
    String describe(ClientMetrics m, int clients) {
      return String.format(Locale.ROOT, "%s of our outbound mail (%.1f times an even share)",
          percent(m.ourOutboundShare()), m.ourOutboundShare() * Math.max(1, clients));
    }
  },
  MEAN_POLITENESS {
    @Override
    boolean telling(double z) {
      return z < 0;
    }

    @Override
    double value(ClientMetrics m, int clients) {
      return m.meanPoliteness().orElse(Double.NaN);
    }

    @Override
    String describe(ClientMetrics m, int clients) {
      return m.meanPoliteness().isPresent() ? tone(m.meanPoliteness().getAsDouble())
          + String.format(Locale.ROOT, " (politeness %.2f)", m.meanPoliteness().getAsDouble()) : "no text to judge";
    }
  },
  URGENCY_RATE(Cue.URGENCY, "urgent wording"),
  CHECKIN_RATE(Cue.CHECKIN, "asks for status"),
  CALL_REQUEST_RATE(Cue.CALL_REQUEST, "asks for a call or meeting"),
  DISTRUST_RATE(Cue.DISTRUST, "doubts our work or asks for proof"),
  CONTROL_RATE(Cue.CONTROL, "wants to approve or sign off"),
  EXPERTISE_RATE(Cue.EXPERTISE, "cites their own expertise"),
  PRESCRIPTIVE_RATE(Cue.PRESCRIPTIVE, "tells us how to do the work"),
  REVISION_RATE(Cue.REVISION, "asks for changes"),
  SCOPE_RATE(Cue.SCOPE, "adds to the scope"),
  PAYMENT_RATE(Cue.PAYMENT, "raises payment trouble"),
  GRATITUDE_RATE(Cue.GRATITUDE, "thanks us");

  private final Cue cue;
  private final String words;

  Feature() {
    this(null, "");
  }

  Feature(Cue cue, String words) {
    this.cue = cue;
    this.words = words;
  }

  /** The name in the model file: the constant in lower case. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The feature's raw value for a client among {@code clients} clients; NaN when there is nothing to measure. */
  double value(ClientMetrics m, int clients) {
    // a client whose mail was not read for tone shows no cue, as it did before rates could be missing
    return m.cueRates().getOrDefault(cue, 0.0);
  }

  /** What the feature saw in this client, in plain words with the client's number. */
  String describe(ClientMetrics m, int clients) {
    return words + " in " + percent(m.cueRates().getOrDefault(cue, 0.0)) + " of messages";
  }

  /**
   * Whether a standardised value reads as a sign in plain words: a high rate or share does ("chases on 34%"),
   * a low one does not ("asks for changes in 0%"); for hours and politeness, low values are the signs.
   */
  boolean telling(double z) {
    return z > 0;
  }

  static double logHours(OptionalDouble hours) {
    return hours.isPresent() ? Math.log1p(Math.max(0, hours.getAsDouble())) : Double.NaN;
  }

  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** "40 min", "3 h", "2 days": whole numbers, whatever the locale. */
  static String hours(double h) {
    if (h < 1) {
      return Math.max(1, Math.round(h * 60)) + " min";
    }
    if (h < 48) {
      return Math.round(h) + " h";
    }
    return Math.round(h / 24) + " days";
  }

  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String tone(double politeness) {
    return politeness >= 0.25 ? "polite" : politeness >= -0.1 ? "neutral tone" : "curt";
  }
}
