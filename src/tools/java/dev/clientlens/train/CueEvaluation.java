package dev.clientlens.train;

import dev.clientlens.analyse.cue.CueDetector;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores the {@link CueDetector} against a labelled file: one text per line, a tab, then the expected
 * cues as comma-separated labels (nothing for a neutral text). Lines starting with {@code #} are
 * comments; lines after {@code # held-out from here} are also scored on their own, since the rules were
 * written without looking at them.
 */
public final class CueEvaluation {
  /** The comment line that starts the held-out part of a labelled file. */
  public static final String HELD_OUT_MARKER = "# held-out from here";

  /** One labelled line and what the detector found in it. */
  public record Outcome(int line, String text, Set<Cue> expected, Set<Cue> found, boolean heldOut) {
    public Outcome {
      Objects.requireNonNull(text, "text");
      expected = Set.copyOf(expected);
      found = Set.copyOf(found);
    }

    /** True when the detector found exactly the expected cues. */
    public boolean correct() {
      return expected.equals(found);
    }
  }

  /** Counts over a set of outcomes, with recall and precision per cue. */
  public record Scores(int texts, int neutral, int neutralFalseAlarms, Map<Cue, Integer> expected,
      Map<Cue, Integer> found, Map<Cue, Integer> agreed) {
    public Scores {
      expected = Map.copyOf(expected);
      found = Map.copyOf(found);
      agreed = Map.copyOf(agreed);
    }

    static Scores of(List<Outcome> outcomes) {
      Map<Cue, Integer> expected = zeros();
      Map<Cue, Integer> found = zeros();
      Map<Cue, Integer> agreed = zeros();
      int neutral = 0;
      int falseAlarms = 0;
      for (Outcome outcome : outcomes) {
        outcome.expected().forEach(cue -> expected.merge(cue, 1, Integer::sum));
        outcome.found().forEach(cue -> found.merge(cue, 1, Integer::sum));
        outcome.found().stream().filter(outcome.expected()::contains).forEach(cue -> agreed.merge(cue, 1, Integer::sum));
        if (outcome.expected().isEmpty()) {
          neutral++;
          if (outcome.found().stream().anyMatch(cue -> cue != Cue.GRATITUDE)) {
            falseAlarms++;
          }
        }
      }
      return new Scores(outcomes.size(), neutral, falseAlarms, expected, found, agreed);
    }

    private static Map<Cue, Integer> zeros() {
      Map<Cue, Integer> counts = new EnumMap<>(Cue.class);
      for (Cue cue : Cue.values()) {
        counts.put(cue, 0);
      }
      return counts;
    }

    /** Share of the texts labelled with the cue in which it was found; NaN when none is labelled. */
    public double recall(Cue cue) {
      return ratio(agreed.get(cue), expected.get(cue));
    }

    /** Share of the texts the cue was found in that are labelled with it; NaN when it was never found. */
    public double precision(Cue cue) {
      return ratio(agreed.get(cue), found.get(cue));
    }

    /** Share of neutral texts that show any difficult-client cue (every cue but gratitude). */
    public double neutralFalseAlarmRate() {
      return ratio(neutralFalseAlarms, neutral);
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? Double.NaN : (double) part / whole;
    }
  }

  private final String name;
  private final List<Outcome> outcomes;

  private CueEvaluation(String name, List<Outcome> outcomes) {
    this.name = name;
    this.outcomes = List.copyOf(outcomes);
  }

  /** Scores a labelled UTF-8 file whose texts are all in {@code language}. */
  public static CueEvaluation run(Path labelled, Language language, Nlp nlp, CueDetector detector)
      throws IOException {
    try (BufferedReader in = Files.newBufferedReader(labelled, StandardCharsets.UTF_8)) {
      return run(labelled.getFileName().toString(), in, language, nlp, detector);
    }
  }

  /** Scores labelled lines read from {@code in}; {@code name} is used in messages and the table. */
  public static CueEvaluation run(String name, BufferedReader in, Language language, Nlp nlp, CueDetector detector)
      throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    boolean heldOut = false;
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (line.strip().equals(HELD_OUT_MARKER)) {
        heldOut = true;
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IOException(name + ":" + number + ": no tab between the text and its cues");
      }
      String text = line.substring(0, tab);
      Set<Cue> expected = labels(name, number, line.substring(tab + 1));
      EnumSet<Cue> found = EnumSet.noneOf(Cue.class);
      for (Sentence sentence : nlp.sentences(text, language)) {
        found.addAll(detector.cues(sentence));
      }
      outcomes.add(new Outcome(number, text, expected, found, heldOut));
    }
    return new CueEvaluation(name, outcomes);
  }

  private static Set<Cue> labels(String name, int number, String field) throws IOException {
    EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
    for (String label : field.split(",")) {
      String trimmed = label.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      Cue cue = Arrays.stream(Cue.values()).filter(c -> c.label().equals(trimmed)).findFirst()
          .orElseThrow(() -> new IOException(name + ":" + number + ": unknown cue '" + trimmed + "'; valid cues: "
              + Arrays.stream(Cue.values()).map(Cue::label).collect(Collectors.joining(", "))));
      cues.add(cue);
    }
    return cues;
  }

  public String name() {
    return name;
  }

  public List<Outcome> outcomes() {
    return outcomes;
  }

  /** Scores over every labelled line. */
  public Scores all() {
    return Scores.of(outcomes);
  }

  /** Scores over the lines after the held-out marker only (all zero when the file has none). */
  public Scores heldOut() {
    return Scores.of(outcomes.stream().filter(Outcome::heldOut).collect(Collectors.toList()));
  }

  /** The lines where the detector missed a cue or found one too many. */
  public List<Outcome> mistakes() {
    return outcomes.stream().filter(o -> !o.correct()).collect(Collectors.toList());
  }

  /** Recall and precision per cue and the neutral false-alarm rate, for all lines and the held-out part. */
  public String table() {
    Scores all = all();
    Scores held = heldOut();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: %d texts (%d neutral), %d of them held out (%d neutral)%n",
        name, all.texts(), all.neutral(), held.texts(), held.neutral()));
    out.append(String.format(Locale.ROOT, "%-14s %5s %7s %9s   %5s %7s %9s%n", "cue", "n", "recall", "precision",
        "held n", "recall", "precision"));
    for (Cue cue : Cue.values()) {
      out.append(String.format(Locale.ROOT, "%-14s %5d %7s %9s   %5d %7s %9s%n", cue.label(), all.expected().get(cue),
          share(all.recall(cue)), share(all.precision(cue)), held.expected().get(cue), share(held.recall(cue)),
          share(held.precision(cue))));
    }
    out.append(String.format(Locale.ROOT, "neutral false alarms: %d of %d (%s); held out: %d of %d (%s)%n",
        all.neutralFalseAlarms(), all.neutral(), percent(all.neutralFalseAlarmRate()), held.neutralFalseAlarms(),
        held.neutral(), percent(held.neutralFalseAlarmRate())));
    return out.toString();
  }

  private static String percent(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
  }

  private static String share(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
