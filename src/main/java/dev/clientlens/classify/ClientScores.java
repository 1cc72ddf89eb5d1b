package dev.clientlens.classify;

import dev.clientlens.domain.ClientKey;
import java.util.List;
import java.util.Objects;

/**
 * One client's scores, each in [0, 1]: the three archetypes, the separate fire risk, the primary archetype
 * (the highest of the three when at least 0.5, else {@code none}) and the evidence in plain words.
 */
public record ClientScores(
    ClientKey client, double handsOn, double untrusting, double diyExpert, double fireRisk,
    String primaryArchetype, String evidence) {

  /** The labels {@code primary_archetype} takes, {@code none} first. */
  public static final List<String> ARCHETYPES = List.of("none", "hands_on", "untrusting", "diy_expert");

  public ClientScores {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(evidence, "evidence");
    for (double score : new double[] {handsOn, untrusting, diyExpert, fireRisk}) {
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("client scores: score outside [0, 1] for " + client + ": " + score);
      }
    }
    if (!ARCHETYPES.contains(primaryArchetype)) {
      throw new IllegalArgumentException(
          "client scores: primary archetype must be one of " + ARCHETYPES + ", got " + primaryArchetype);
    }
  }
}
