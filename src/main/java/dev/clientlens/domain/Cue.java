package dev.clientlens.domain;

import java.util.Locale;
import java.util.Optional;

/** What a client sentence can show about how the client works with us (SPEC section 7). */
public enum Cue {
  /** Pressure on time: "asap", "urgent", "haster". */
  URGENCY,
  /** Status chasing: "any update?", "hvordan går det med". */
  CHECKIN,
  /** Asking for a call or meeting: "can we jump on a call", "kan vi ta en telefon". */
  CALL_REQUEST,
  /** Doubt, proof, references: "are you sure", "how did you get that number". */
  DISTRUST,
  /** Approval of every step, sign-off, copying a superior. */
  CONTROL,
  /** Own expertise: "in my experience", "I studied design", "I could do this myself". */
  EXPERTISE,
  /** Telling us how to do the work: imperative instructions, rewrites. */
  PRESCRIPTIVE,
  /** Asking for changes to delivered work. */
  REVISION,
  /** Additions beyond what was agreed: "while you're at it". */
  SCOPE,
  /** Price push-back, discounts, late or refused payment. */
  PAYMENT,
  /** Thanks and appreciation. */
  GRATITUDE;

  /** The label in reports and in the {@code cues} output ({@code call_request}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The cue with this label, or empty when no cue has it. */
  public static Optional<Cue> ofLabel(String label) {
    for (Cue cue : values()) {
      if (cue.label().equals(label)) {
        return Optional.of(cue);
      }
    }
    return Optional.empty();
  }
}
