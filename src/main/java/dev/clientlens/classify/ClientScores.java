package dev.clientlens.classify;

import dev.clientlens.domain.Archetype;
import dev.clientlens.domain.ClientKey;
import java.util.List;
import java.util.Objects;

/**
 * One client's scores, each in [0, 1]: the three archetypes, the separate fire risk, the primary archetype
 * (the highest of the three when at least 0.5, else {@code none}) and the reasons in plain words.
 *
 * @param reasons why the scores are what they are, most telling first; see {@link #evidence()}
 */
public record ClientScores(
    ClientKey client, double handsOn, double untrusting, double diyExpert, double fireRisk,
    Archetype primaryArchetype, List<String> reasons) {

  public ClientScores {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(primaryArchetype, "primaryArchetype");
    reasons = List.copyOf(reasons);
    for (double score : new double[] {handsOn, untrusting, diyExpert, fireRisk}) {
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("client scores: score outside [0, 1] for " + client + ": " + score);
      }
    }
  }

  /** The reasons as the reports write them, separated by {@code "; "}. */
  public String evidence() {
    return String.join("; ", reasons);
  }
}
