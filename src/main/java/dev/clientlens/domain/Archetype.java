package dev.clientlens.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A client's primary archetype: the kind of difficult client the scores say it most is, or none. */
public enum Archetype {
  /** No archetype scores 0.5 or more. */
  NONE,
  /** Micromanages: chases, checks in, wants every step approved. */
  HANDS_ON,
  /** Doubts the work, asks for proof and references. */
  UNTRUSTING,
  /** Knows better, tells us how to do the work. */
  DIY_EXPERT;

  /** The archetypes that have a score of their own, in the order of the model's scores. */
  public static final List<Archetype> SCORED = List.of(HANDS_ON, UNTRUSTING, DIY_EXPERT);

  /** The label in reports and label files ({@code hands_on}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The labels, {@code none} first. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(Archetype::label).toList();
  }

  /** The archetype with this label, if there is one. */
  public static Optional<Archetype> ofLabel(String label) {
    return Arrays.stream(values()).filter(a -> a.label().equals(label)).findFirst();
  }
}
