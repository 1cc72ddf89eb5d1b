package dev.clientlens.cli;

import dev.clientlens.pipeline.ScanSummary;
import java.util.Locale;
import java.util.stream.Collectors;

/** The one-line summary printed at the end of a scan. */
final class Summaries {
  private Summaries() {}

  static String line(ScanSummary s, int sources) {
    double seconds = s.elapsedNanos() / 1e9;
    String filtered = s.countedAs().entrySet().stream()
        .filter(e -> !e.getKey().startsWith("client_"))
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    return String.format(Locale.ROOT,
        "clientlens: read %d new messages from %d source%s in %.1f s (%.0f/s)%s; %d messages in the report: "
            + "%d counted for %d clients%s, %d skipped; report %s %s",
        s.read(), sources, sources == 1 ? "" : "s", seconds, s.read() / Math.max(seconds, 1e-3),
        s.readAgain() == 0 ? "" : ", " + s.readAgain() + " read again for their analysis", s.total(),
        s.counted(), s.clients(), filtered.isEmpty() ? "" : " (not counted: " + filtered + ")", s.skipped(),
        s.unchanged() ? "unchanged, as nothing it is made from changed:" : "written to",
        s.out().toAbsolutePath().normalize().resolve("clients.csv"));
  }
}
