package dev.clientlens.report;

import dev.clientlens.analyse.TextAnalysis;
import java.util.Objects;

/** One row of {@code messages.csv}, already in words; empty strings for what is unknown. */
public record MessageRow(
    String location,
    String folder,
    String messageId,
    String date,
    String dateSource,
    String from,
    String client,
    String countedAs,
    String reason,
    String thread,
    int attachments,
    TextAnalysis analysis,
    String notes) {
  public MessageRow {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(countedAs, "countedAs");
    Objects.requireNonNull(analysis, "analysis");
  }
}
