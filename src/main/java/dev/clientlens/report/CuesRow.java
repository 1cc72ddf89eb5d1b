package dev.clientlens.report;

import dev.clientlens.analyse.TextAnalysis;
import java.util.List;
import java.util.Objects;

/**
 * One row of the {@code cues} command's output: the analysis of one input line.
 *
 * @param line the input line's number, from 1
 * @param why for each cue counted, the sentence and the rule that found it (with {@code --explain})
 */
public record CuesRow(long line, TextAnalysis analysis, List<String> why) {
  public CuesRow {
    Objects.requireNonNull(analysis, "analysis");
    why = List.copyOf(why);
  }
}
