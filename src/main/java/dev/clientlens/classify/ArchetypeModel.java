package dev.clientlens.classify;

import dev.clientlens.domain.Archetype;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The parameters of the archetype model as they stand in {@code models/archetypes.txt}: the provenance
 * lines, the shrinkage constant k, for each score ({@link #SCORES}) its training prior and intercept, and for
 * each feature its training mean and standard deviation and one weight per score. The log-odds of a score are
 * its intercept plus the sum of weight × (value − mean) / sd.
 */
public record ArchetypeModel(
    List<String> provenance, double shrinkK, List<Double> priors, List<Double> intercepts, List<Row> features) {

  /** The four scores, in the order of every per-score list. */
  public static final List<String> SCORES = List.of(Archetype.HANDS_ON.label(), Archetype.UNTRUSTING.label(),
      Archetype.DIY_EXPERT.label(), "fire_risk");

  /** One feature: its name, training mean and standard deviation, and one weight per score. */
  public record Row(String name, double mean, double sd, List<Double> weights) {
    public Row {
      Objects.requireNonNull(name, "name");
      weights = List.copyOf(weights);
      if (weights.size() != SCORES.size() || !Double.isFinite(mean) || !(sd > 0)) {
        throw new IllegalArgumentException("archetype model: feature " + name
            + " needs a finite mean, a positive sd and " + SCORES.size() + " weights");
      }
    }
  }

  public ArchetypeModel {
    provenance = List.copyOf(provenance);
    priors = List.copyOf(priors);
    intercepts = List.copyOf(intercepts);
    features = List.copyOf(features);
    if (priors.size() != SCORES.size() || intercepts.size() != SCORES.size()) {
      throw new IllegalArgumentException("archetype model: one prior and one intercept per score " + SCORES);
    }
    if (!(shrinkK >= 0)) {
      throw new IllegalArgumentException("archetype model: shrink-k must be 0 or more, got " + shrinkK);
    }
  }

  /** The file's text: provenance as {@code #} lines, then the parameters as aligned columns. */
  public String format() {
    StringBuilder out = new StringBuilder();
    for (String line : provenance) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    out.append('\n').append(String.format(Locale.ROOT, "shrink-k %.1f%n", shrinkK));
    out.append('\n').append(String.format(Locale.ROOT, "%-8s %-12s %10s %10s%n", "#", "score", "prior", "intercept"));
    for (int s = 0; s < SCORES.size(); s++) {
      out.append(String.format(Locale.ROOT, "%-8s %-12s %10.6f %10.6f%n", "score", SCORES.get(s), priors.get(s),
          intercepts.get(s)));
    }
    out.append('\n').append(String.format(Locale.ROOT, "%-8s %-24s %10s %10s", "#", "feature", "mean", "sd"));
    for (String score : SCORES) {
      out.append(String.format(Locale.ROOT, " %10s", score));
    }
    out.append('\n');
    for (Row row : features) {
      out.append(String.format(Locale.ROOT, "%-8s %-24s %10.6f %10.6f", "feature", row.name(), row.mean(), row.sd()));
      for (double weight : row.weights()) {
        out.append(String.format(Locale.ROOT, " %10.6f", weight));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Reads the text {@link #format()} writes; {@code origin} names the file in error messages. */
  public static ArchetypeModel parse(String text, String origin) throws IOException {
    List<String> provenance = new ArrayList<>();
    Double shrinkK = null;
    Double[] priors = new Double[SCORES.size()];
    Double[] intercepts = new Double[SCORES.size()];
    List<Row> features = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("#")) {
        if (features.isEmpty() && shrinkK == null) {
          provenance.add(line.replaceFirst("^# ?", ""));
        }
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      try {
        switch (f[0]) {
          case "shrink-k" -> shrinkK = number(f, 1);
          case "score" -> {
            int s = SCORES.indexOf(f[1]);
            if (s < 0) {
              throw new IOException("unknown score " + f[1] + " (expected one of " + SCORES + ")");
            }
            priors[s] = number(f, 2);
            intercepts[s] = number(f, 3);
          }
          case "feature" -> {
            List<Double> weights = new ArrayList<>();
            for (int s = 0; s < SCORES.size(); s++) {
              weights.add(number(f, 4 + s));
            }
            features.add(new Row(f[1], number(f, 2), number(f, 3), weights));
          }
          default -> throw new IOException("unknown line kind " + f[0] + " (expected shrink-k, score or feature)");
        }
      } catch (IOException | RuntimeException e) {
        throw new IOException(origin + ": line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    for (int s = 0; s < SCORES.size(); s++) {
      if (priors[s] == null) {
        throw new IOException(origin + ": no score line for " + SCORES.get(s));
      }
    }
    if (shrinkK == null) {
      throw new IOException(origin + ": no shrink-k line");
    }
    return new ArchetypeModel(provenance, shrinkK, List.of(priors), List.of(intercepts), features);
  }

  private static double number(String[] fields, int index) throws IOException {
    if (index >= fields.length) {
      throw new IOException("expected " + (index + 1) + " fields, got " + fields.length);
    }
    try {
      return Double.parseDouble(fields[index]);
    } catch (NumberFormatException e) {
      throw new IOException("not a number: " + fields[index], e);
    }
  }
}
