package dev.clientlens.classify;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.domain.Archetype;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores clients with the archetype model: four logistic models over standardised {@link Feature}s, each
 * score pulled toward its training prior when the client wrote little (prior + (raw − prior) · n / (n + k),
 * n the client's messages), with the strongest contributions as evidence. Built once, then read-only.
 */
public final class Classifier {
  /** Where the bundled model lives on the class path. */
  public static final String RESOURCE = "/models/archetypes.txt";
  /** A score at or above this makes an archetype primary (and a fire risk a fire risk). */
  public static final double THRESHOLD = 0.5;
  private static final int FIRE = 3;
  /** The fewest messages from a client that its scores may rest on. */
  public static final int MIN_MESSAGES = 5;
  /** A feature must add at least this much log-odds to be named as evidence. */
  private static final double MIN_CONTRIBUTION = 0.25;

  private final ArchetypeModel model;
  private final Map<Feature, Integer> rows = new EnumMap<>(Feature.class);

  private Classifier(ArchetypeModel model) {
    this.model = model;
    for (int i = 0; i < model.features().size(); i++) {
      String name = model.features().get(i).name();
      Feature feature = Arrays.stream(Feature.values()).filter(f -> f.label().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("archetype model: unknown feature " + name
              + " (known: " + featureNames() + ")"));
      if (rows.put(feature, i) != null) {
        throw new IllegalArgumentException("archetype model: feature " + name + " given twice");
      }
    }
    if (rows.size() != Feature.values().length) {
      List<String> missing = Arrays.stream(Feature.values()).filter(f -> !rows.containsKey(f)).map(Feature::label)
          .toList();
      throw new IllegalArgumentException("archetype model: no row for features " + missing);
    }
  }

  /** A classifier with the given parameters. */
  public static Classifier of(ArchetypeModel model) {
    return new Classifier(model);
  }

  /** The model bundled in the jar ({@value #RESOURCE}). */
  public static Classifier bundled() throws IOException {
    try (InputStream in = Classifier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + ": archetype model not found on the class path (run: train archetypes)");
      }
      return of(ArchetypeModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE));
    }
  }

  public ArchetypeModel model() {
    return model;
  }

  /** The names of the model's inputs, in the order {@link #features} gives them. */
  public static List<String> featureNames() {
    return Arrays.stream(Feature.values()).map(Feature::label).toList();
  }

  /** One client's raw feature values (NaN: nothing to measure), among {@code clients} clients in the scan. */
  public static List<Double> features(ClientMetrics metrics, int clients) {
    List<Double> values = new ArrayList<>();
    for (Feature f : Feature.values()) {
      values.add(f.value(metrics, clients));
    }
    return values;
  }

  /**
   * Scores the clients of one scan that can be scored ({@link #unscored}); the number of clients sets
   * what an even share of our mail is.
   */
  public List<ClientScores> scoreAll(List<ClientMetrics> clients) {
    return clients.stream().filter(c -> unscored(c).isEmpty()).map(c -> score(c, clients.size())).toList();
  }

  /**
   * Why a client gets no scores, in words for the evidence column; empty when it gets them. Only a
   * two-way exchange with at least {@value #MIN_MESSAGES} messages from the client is scored: one-way
   * mail says nothing about a working relationship, and a handful of messages cannot support a verdict.
   */
  public static Optional<String> unscored(ClientMetrics metrics) {
    return switch (metrics.relationship()) {
      case INBOUND_ONLY -> Optional.of("not scored: we never wrote to them ("
          + Feature.count(metrics.messagesIn(), "message", "messages") + " from them)");
      case OUTBOUND_ONLY -> Optional.of("not scored: they never wrote to us ("
          + Feature.count(metrics.messagesOut(), "message", "messages") + " from us)");
      case TWO_WAY -> metrics.messagesIn() >= MIN_MESSAGES ? Optional.empty()
          : Optional.of("not scored: only " + Feature.count(metrics.messagesIn(), "message", "messages")
              + " from them, " + MIN_MESSAGES + " needed");
    };
  }

  /** Scores one client among {@code clients} clients. */
  public ClientScores score(ClientMetrics metrics, int clients) {
    Feature[] features = Feature.values();
    double[][] contributions = new double[ArchetypeModel.SCORES.size()][features.length];
    double[] standardised = new double[features.length];
    double[] scores = new double[ArchetypeModel.SCORES.size()];
    int n = metrics.messagesIn();
    double keep = model.shrinkK() == 0 ? 1 : n / (n + model.shrinkK());
    for (int s = 0; s < scores.length; s++) {
      double logOdds = model.intercepts().get(s);
      for (Feature f : features) {
        ArchetypeModel.Row row = model.features().get(rows.get(f));
        double value = f.value(metrics, clients);
        double z = Double.isNaN(value) ? 0 : (value - row.mean()) / row.sd();
        standardised[f.ordinal()] = z;
        contributions[s][f.ordinal()] = row.weights().get(s) * z;
        logOdds += contributions[s][f.ordinal()];
      }
      double raw = 1 / (1 + Math.exp(-logOdds));
      double prior = model.priors().get(s);
      scores[s] = clamp(prior + (raw - prior) * keep);
    }
    int best = 0;
    for (int s = 1; s < FIRE; s++) {
      if (scores[s] > scores[best]) {
        best = s;
      }
    }
    Archetype primary = scores[best] >= THRESHOLD ? Archetype.SCORED.get(best) : Archetype.NONE;
    List<String> reasons = reasons(metrics, clients, scores, contributions, standardised, primary, best, n);
    return new ClientScores(metrics.client(), scores[0], scores[1], scores[2], scores[FIRE], primary, reasons);
  }

  /**
   * The two or three features that pushed the client's highest score up most, in plain words; for a client
   * with no archetype and no fire risk, a short reassuring line instead.
   */
  private List<String> reasons(ClientMetrics m, int clients, double[] scores, double[][] contributions,
      double[] standardised, Archetype primary, int bestArchetype, int n) {
    List<String> parts = new ArrayList<>();
    if (n < model.shrinkK() * 2) {
      parts.add(Feature.count(n, "message", "messages") + " from them, scores pulled toward the usual");
    }
    if (primary == Archetype.NONE && scores[FIRE] < THRESHOLD) {
      parts.add(reassurance(m));
      return parts;
    }
    boolean archetype = primary != Archetype.NONE;
    boolean fire = scores[FIRE] >= THRESHOLD;
    int first = archetype && (!fire || scores[bestArchetype] >= scores[FIRE]) ? bestArchetype : FIRE;
    parts.addAll(reasons(m, clients, contributions[first], standardised, 3));
    if (archetype && fire) {
      int second = first == FIRE ? bestArchetype : FIRE;
      List<String> more = reasons(m, clients, contributions[second], standardised, 2);
      more.removeAll(parts);
      if (!more.isEmpty()) {
        parts.add((second == FIRE ? "fire risk: " : primary.label() + ": ") + String.join(", ", more));
      }
    }
    return parts;
  }

  /**
   * The features that pushed one score up most, in words: those that add at least
   * {@link #MIN_CONTRIBUTION} and stand out from the usual, else the largest positive contributions.
   */
  private static List<String> reasons(ClientMetrics m, int clients, double[] c, double[] standardised, int limit) {
    List<Feature> strongest = Arrays.stream(Feature.values())
        .filter(f -> c[f.ordinal()] > MIN_CONTRIBUTION && f.telling(standardised[f.ordinal()]))
        .sorted(Comparator.comparingDouble((Feature f) -> -c[f.ordinal()]).thenComparing(Enum::ordinal))
        .limit(limit)
        .toList();
    if (strongest.isEmpty()) {
      strongest = Arrays.stream(Feature.values())
          .filter(f -> c[f.ordinal()] > 0)
          .sorted(Comparator.comparingDouble((Feature f) -> -c[f.ordinal()]).thenComparing(Enum::ordinal))
          .limit(limit)
          .toList();
    }
    if (strongest.isEmpty()) {
      return new ArrayList<>(List.of("no measure stands out; the score is the model's base rate"));
    }
    List<String> words = new ArrayList<>();
    for (Feature f : strongest) {
      words.add(f.describe(m, clients));
    }
    return words;
  }

  private static String reassurance(ClientMetrics m) {
    List<String> parts = new ArrayList<>();
    if (m.clientReplyHours().isPresent()) {
      parts.add("answers in " + Feature.hours(m.clientReplyHours().getAsDouble()));
    }
    if (m.meanPoliteness().isPresent()) {
      parts.add(Feature.tone(m.meanPoliteness().getAsDouble()));
    }
    parts.add(m.nudges() == 0 ? "no chasing" : "chases on " + Feature.percent(m.nudgeRate()) + " of messages");
    return String.join(", ", parts);
  }

  private static double clamp(double score) {
    return Math.max(0, Math.min(1, score));
  }
}
