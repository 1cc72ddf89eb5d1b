package dev.clientlens.pipeline;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.classify.ClientScores;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a scan did, for the summary line and the exit code.
 *
 * @param read messages read from the sources in this scan
 * @param readAgain messages stored before (or read earlier in this scan) read once more for their analysis
 * @param total messages in the report, read now or by earlier scans into the store
 * @param countedAs how many messages ended in each {@code counted_as} category, by label, in label order
 * @param metrics each client's metrics, sorted by client key
 * @param scores the scores of the clients that could be scored, in the same order (see {@code Classifier.unscored})
 * @param unchanged true when the reports were left as they were, since nothing they are made from changed;
 *     {@code metrics} and {@code scores} are then empty (the reports hold them)
 */
public record ScanSummary(
    long read, long readAgain, long total, long skipped, int clients, Map<String, Long> countedAs, String owner, Path out, long elapsedNanos,
    List<ClientMetrics> metrics, List<ClientScores> scores, boolean unchanged) {
  public ScanSummary {
    metrics = List.copyOf(metrics);
    scores = List.copyOf(scores);
    countedAs = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(countedAs));
  }

  public long counted() {
    return countedAs.getOrDefault("client_in", 0L) + countedAs.getOrDefault("client_out", 0L);
  }
}
