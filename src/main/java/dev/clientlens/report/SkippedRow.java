package dev.clientlens.report;

import java.util.Objects;

/** One row of {@code skipped.csv}. */
public record SkippedRow(String location, String folder, String reason) {
  public SkippedRow {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(reason, "reason");
  }
}
