package dev.clientlens.report;

import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.domain.Cue;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A report column: its header and what fills its cells ({@link Fill}), so that a column's place, label and
 * value cannot drift apart.
 *
 * @param <R> the row a table of these columns is written from
 */
interface Column<R> {
  /**
   * What a column holds: whether its cells are text from mail (which may carry attacker-controlled content
   * and is neutralised against formulas), the function that fills a cell from a row, and the cue the column
   * shows, if it is a cue column.
   */
  record Fill<R>(boolean text, Function<R, String> cell, Optional<Cue> cue) {
    static <R> Fill<R> of(boolean text, Function<R, String> cell) {
      return new Fill<>(text, cell, Optional.empty());
    }

    /** A column of one cue's figure, read by the cue itself (never by its place among the cues). */
    static <R> Fill<R> of(Cue cue, BiFunction<R, Cue, String> figure) {
      return new Fill<>(false, row -> figure.apply(row, cue), Optional.of(cue));
    }

    /** A column of how many sentences of a row's analysed text show {@code cue}. */
    static <R> Fill<R> count(Cue cue, Function<R, TextAnalysis> analysis) {
      return of(cue, (row, c) -> Integer.toString(analysis.apply(row).cues().count(c)));
    }
  }

  Fill<R> fill();

  /** The constant's name in lower case: {@code MESSAGES_IN} is {@code messages_in}. */
  default String header() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
  }

  default boolean isText() {
    return fill().text();
  }

  /** This column's cell of {@code row}, before it is made one line (and neutralised, for text). */
  default String cell(R row) {
    return fill().cell().apply(row);
  }
}
