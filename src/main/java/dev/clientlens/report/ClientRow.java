package dev.clientlens.report;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.classify.ClientScores;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * One row of {@code clients.csv}: a client's metrics with its scores, or why it is not scored.
 *
 * @param unscored why there are no scores (written where the evidence would stand); empty when scored
 */
record ClientRow(ClientMetrics metrics, Optional<ClientScores> scores, String unscored) {
  ClientRow {
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(unscored, "unscored");
  }

  /** One score with three decimals, or empty when the client is not scored. */
  String score(ToDoubleFunction<ClientScores> score) {
    return scores.map(s -> Reports.number(score.applyAsDouble(s))).orElse("");
  }
}
