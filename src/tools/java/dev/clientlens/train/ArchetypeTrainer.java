package dev.clientlens.train;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.classify.ArchetypeModel;
import dev.clientlens.classify.Classifier;
import dev.clientlens.classify.Evaluation;
import dev.clientlens.domain.Archetype;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.filter.ClientKeys;
import dev.clientlens.filter.Owner;
import dev.clientlens.generate.ClientTruth;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.GroundTruth;
import dev.clientlens.generate.MailboxGenerator;
import dev.clientlens.pipeline.Pipeline;
import dev.clientlens.pipeline.Progress;
import dev.clientlens.pipeline.ScanSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Trains the archetype model ({@code models/archetypes.txt}) on labelled synthetic mailboxes: writes each
 * with the project's generator, scans it through the real {@link Pipeline} (language analysis on, no store,
 * the generator's owner), joins every client's metrics with the generator's intent, cross-validates, then
 * fits four L2 logistic models on all the clients. The model sees metric and cue-rate features only, never
 * words. The sample mailbox is not used.
 */
public final class ArchetypeTrainer {
  static final String MODEL_FILE = "archetypes.txt";

  /**
   * What to train on and how: the generator seeds and mailbox size, the L2 penalty, the shrinkage k, the
   * number of cross-validation folds, and the date to write in the provenance (given, never the clock).
   */
  public record Settings(List<Long> seeds, int clients, int messages, double l2, double shrinkK, int folds,
      String date, List<Path> ordinary, List<Path> heldOut) {
    public Settings {
      seeds = List.copyOf(seeds);
      ordinary = List.copyOf(ordinary);
      heldOut = List.copyOf(heldOut);
      if (seeds.isEmpty() || clients < 4 || messages < clients || folds < 2 || !(l2 > 0) || !(shrinkK >= 0)) {
        throw new IllegalArgumentException("archetype training: need seeds, at least 4 clients, as many messages"
            + " as clients, 2 or more folds, a positive L2 penalty and a shrink-k of 0 or more");
      }
      if (date == null || date.isBlank()) {
        throw new IllegalArgumentException("archetype training: a date for the provenance is required");
      }
    }

    /** Three mailboxes of 120 clients and about 30 files per client; λ = 1; k = 4; 5 folds; no real clients. */
    public static Settings defaults(String date) {
      return new Settings(List.of(1001L, 2002L, 3003L), 120, 3600, 1.0, 4, 5, date, List.of(), List.of());
    }

    /**
     * The same, also learning from the real ordinary clients in {@code ordinary} (files of
     * {@link OrdinaryClients}) and reporting how many of those in {@code heldOut} the model flags.
     */
    public Settings withRealClients(List<Path> ordinary, List<Path> heldOut) {
      return new Settings(seeds, clients, messages, l2, shrinkK, folds, date, ordinary, heldOut);
    }
  }

  /** What training found: clients used, the cross-validated figures, and the model written. */
  public record Result(int clients, Evaluation crossValidated, ArchetypeModel model) {}

  /**
   * One labelled client: its metrics, the number of clients in its mailbox, the generator's labels, and how it
   * departs from its archetype's textbook picture ({@link #variation(String)}).
   */
  record Example(ClientMetrics metrics, int clients, String archetype, boolean fireRisk, String variation) {
    List<Double> features() {
      return Classifier.features(metrics, clients);
    }

    boolean label(int score) {
      return score == 3 ? fireRisk : archetype.equals(ArchetypeModel.SCORES.get(score));
    }
  }

  private ArchetypeTrainer() {}

  /** Generates, scans, cross-validates and writes {@code archetypes.txt} into {@code modelsDir}. */
  public static Result train(Settings settings, Path modelsDir, String command, Consumer<String> notices)
      throws IOException {
    List<Example> examples = examples(settings, notices);
    for (Path file : settings.ordinary()) {
      for (OrdinaryClients.Client c : OrdinaryClients.read(file)) {
        examples.add(new Example(c.metrics(), c.clients(), "none", false, "real_ordinary"));
      }
    }
    Map<String, List<Evaluation.Case>> byVariation = new java.util.TreeMap<>();
    Evaluation cv = crossValidate(examples, settings, byVariation);
    notices.accept(String.format(Locale.ROOT, "%d-fold cross-validation: accuracy %.3f, fire-risk AUC %.3f",
        settings.folds(), cv.accuracy(), cv.fireAuc()));
    List<String> provenance = new ArrayList<>(provenance(settings, command, examples, cv, byVariation));
    ArchetypeModel fitted = fit(examples, settings, provenance);
    for (Path file : settings.heldOut()) {
      List<OrdinaryClients.Client> heldOut = OrdinaryClients.read(file);
      long flagged = OrdinaryClients.flagged(heldOut, Classifier.of(fitted));
      String line = String.format(Locale.ROOT, "held out, never trained on: %d of %d real ordinary clients flagged"
          + " (an archetype, or fire risk >= 0.5) in %s", flagged, heldOut.size(), file.getFileName());
      notices.accept(line);
      provenance.add(line);
    }
    ArchetypeModel model = new ArchetypeModel(provenance, fitted.shrinkK(), fitted.priors(), fitted.intercepts(),
        fitted.features());
    Files.createDirectories(modelsDir);
    Path target = modelsDir.resolve(MODEL_FILE);
    Path temporary = target.resolveSibling(MODEL_FILE + ".tmp");
    Files.writeString(temporary, model.format(), StandardCharsets.UTF_8);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new Result(examples.size(), cv, model);
  }

  /** Keeps the scored two-way clients of a scan's clients.csv in {@code target} ({@link OrdinaryClients}). */
  public static int keepOrdinary(Path clientsCsv, Path target) throws IOException {
    return OrdinaryClients.extract(clientsCsv, target);
  }

  /**
   * Writes each training mailbox in a temporary folder, measures it through the pipeline's entry that
   * stops after aggregation ({@link Pipeline#metrics()}: no report is written), and joins the metrics with
   * the labels.
   */
  static List<Example> examples(Settings settings, Consumer<String> notices) throws IOException {
    Path work = Files.createTempDirectory("clientlens-train-archetypes");
    try {
      List<Example> examples = new ArrayList<>();
      for (long seed : settings.seeds()) {
        Path mail = work.resolve("mail-" + seed);
        GroundTruth truth = new MailboxGenerator(
            GeneratorSettings.synthetic(seed, settings.clients(), settings.messages())).writeMaildir(mail);
        Pipeline.Measured summary = new Pipeline(scanSettings(mail, work.resolve("report-" + seed), truth),
            Classifier.of(placeholder()), Progress.NONE, notice -> {}).metrics();
        Map<String, ClientTruth> labels = truth.clients().stream()
            .collect(Collectors.toMap(ClientTruth::client, c -> c));
        int joined = 0;
        for (ClientMetrics m : summary.clients()) {
          ClientTruth label = labels.get(m.client().value());
          if (label != null) {
            examples.add(new Example(m, summary.clients().size(), label.archetype(), label.fireRisk(),
                variation(label.meantToShow())));
            joined++;
          }
        }
        notices.accept(String.format(Locale.ROOT, "seed %d: %d messages, %d clients labelled of %d in the report",
            seed, summary.messages(), joined, summary.clients().size()));
      }
      return examples;
    } finally {
      deleteTree(work);
    }
  }

  static ScanSettings scanSettings(Path mail, Path out, GroundTruth truth) {
    ScanSettings defaults = ScanSettings.of(List.of(mail), out);
    EmailAddress owner = EmailAddress.parse(truth.owner())
        .orElseThrow(() -> new IllegalStateException("generator: owner is not an address: " + truth.owner()));
    Set<String> domains = new java.util.LinkedHashSet<>(truth.ourDomains());
    domains.add(ClientKeys.registrableDomain(owner.domain()));
    return new ScanSettings(defaults.sources(), Optional.of(new Owner(Set.of(owner), domains)),
        defaults.clientList(), defaults.since(), defaults.until(), out, Optional.empty(), false, defaults.workers(),
        defaults.limits(), defaults.parser(), defaults.problems(), true, false);
  }

  /** A model that knows nothing, for the training scans (whose scores are not used). */
  static ArchetypeModel placeholder() {
    List<ArchetypeModel.Row> rows = Classifier.featureNames().stream()
        .map(name -> new ArchetypeModel.Row(name, 0, 1, List.of(0.0, 0.0, 0.0, 0.0))).toList();
    return new ArchetypeModel(List.of("placeholder"), 0, List.of(0.5, 0.5, 0.5, 0.5), List.of(0.0, 0.0, 0.0, 0.0),
        rows);
  }

  /**
   * The kind of client the generator's description names: {@code mixed} (a second archetype shown weakly; also
   * when the client is courteous too), {@code polite_difficult}, {@code blunt_easy}, or {@code plain}.
   */
  static String variation(String meantToShow) {
    if (meantToShow.contains("; mixed: ")) {
      return "mixed";
    }
    if (meantToShow.contains("polite wording")) {
      return "polite_difficult";
    }
    if (meantToShow.contains("curt wording")) {
      return "blunt_easy";
    }
    return "plain";
  }

  /** Out-of-fold scores for every client (folds dealt from a seeded shuffle), judged against the labels. */
  static Evaluation crossValidate(List<Example> examples, Settings settings) {
    return crossValidate(examples, settings, new java.util.TreeMap<>());
  }

  /** The same, also sorting the out-of-fold cases by the clients' variation into {@code byVariation}. */
  static Evaluation crossValidate(List<Example> examples, Settings settings,
      Map<String, List<Evaluation.Case>> byVariation) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(20260301L));
    List<Evaluation.Case> cases = new ArrayList<>();
    for (int fold = 0; fold < settings.folds(); fold++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        (i % settings.folds() == fold ? test : train).add(examples.get(order.get(i)));
      }
      Classifier classifier = Classifier.of(fit(train, settings, List.of("fold " + fold)));
      for (Example e : test) {
        Evaluation.Case c = new Evaluation.Case(Archetype.ofLabel(e.archetype()).orElseThrow(), e.fireRisk(),
            classifier.score(e.metrics(), e.clients()));
        cases.add(c);
        byVariation.computeIfAbsent(e.variation(), k -> new ArrayList<>()).add(c);
      }
    }
    return new Evaluation(cases);
  }

  /** Standardises the features over {@code examples} and fits one logistic model per score. */
  static ArchetypeModel fit(List<Example> examples, Settings settings, List<String> provenance) {
    List<String> names = Classifier.featureNames();
    int d = names.size();
    double[][] raw = new double[examples.size()][];
    for (int i = 0; i < examples.size(); i++) {
      raw[i] = examples.get(i).features().stream().mapToDouble(Double::doubleValue).toArray();
    }
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (int j = 0; j < d; j++) {
      double sum = 0;
      double squares = 0;
      int n = 0;
      for (double[] row : raw) {
        if (!Double.isNaN(row[j])) {
          sum += row[j];
          squares += row[j] * row[j];
          n++;
        }
      }
      mean[j] = n == 0 ? 0 : sum / n;
      double variance = n < 2 ? 0 : (squares - n * mean[j] * mean[j]) / (n - 1);
      sd[j] = variance > 1e-12 ? Math.sqrt(variance) : 1;
    }
    double[][] z = new double[raw.length][d];
    for (int i = 0; i < raw.length; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = Double.isNaN(raw[i][j]) ? 0 : (raw[i][j] - mean[j]) / sd[j];
      }
    }
    int scores = ArchetypeModel.SCORES.size();
    double[][] weights = new double[scores][];
    List<Double> priors = new ArrayList<>();
    List<Double> intercepts = new ArrayList<>();
    for (int s = 0; s < scores; s++) {
      boolean[] y = new boolean[examples.size()];
      int positives = 0;
      for (int i = 0; i < y.length; i++) {
        y[i] = examples.get(i).label(s);
        positives += y[i] ? 1 : 0;
      }
      weights[s] = Irls.fit(z, y, settings.l2());
      priors.add((double) positives / y.length);
      intercepts.add(weights[s][0]);
    }
    List<ArchetypeModel.Row> rows = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      List<Double> w = new ArrayList<>();
      for (int s = 0; s < scores; s++) {
        w.add(weights[s][j + 1]);
      }
      rows.add(new ArchetypeModel.Row(names.get(j), mean[j], sd[j], w));
    }
    return new ArchetypeModel(provenance, settings.shrinkK(), priors, intercepts, rows);
  }

  private static List<String> provenance(Settings s, String command, List<Example> examples, Evaluation cv,
      Map<String, List<Evaluation.Case>> byVariation) {
    Map<String, Long> byArchetype = examples.stream()
        .collect(Collectors.groupingBy(Example::archetype, java.util.TreeMap::new, Collectors.counting()));
    long fire = examples.stream().filter(Example::fireRisk).count();
    List<String> lines = new ArrayList<>();
    lines.add("clientlens archetype model: four L2 logistic regressions over standardised client metrics");
    lines.add("(see models/README.md). log-odds = intercept + sum of weight * (value - mean) / sd; a missing");
    lines.add("value counts as the mean. score = prior + (p - prior) * n / (n + shrink-k), n = client messages.");
    lines.add("");
    lines.add("training data: synthetic mailboxes from the project's generator (preset synthetic), seeds "
        + s.seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")) + "; " + s.clients()
        + " clients and about " + s.messages() + " files each; scanned with language analysis, no store");
    for (Path file : s.ordinary()) {
      lines.add("and real clients of ordinary correspondence as none, no fire risk: " + file.getFileName()
          + " (see src/tools/data/real-mail/README.md)");
    }
    lines.add("clients: " + examples.size() + " (" + byArchetype.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + "; fire risk " + fire + ")");
    lines.add(String.format(Locale.ROOT, "fit: Newton/IRLS, L2 lambda %.2f on standardised features; shrink-k %.1f",
        s.l2(), s.shrinkK()));
    lines.add("date: " + s.date());
    lines.add("command: " + command);
    lines.add(String.format(Locale.ROOT, "%d-fold cross-validated (clients dealt to folds by seeded shuffle):"
        + " primary_archetype accuracy %.3f, fire_risk ROC AUC %.3f", s.folds(), cv.accuracy(), cv.fireAuc()));
    for (String line : cv.table().split("\n")) {
      lines.add("  " + line);
    }
    lines.add("cross-validated primary_archetype accuracy by kind of client (clients): " + byVariation.entrySet()
        .stream().map(e -> String.format(Locale.ROOT, "%s %.3f (%d)", e.getKey(),
            new Evaluation(e.getValue()).accuracy(), e.getValue().size()))
        .collect(Collectors.joining(", ")));
    return lines;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the training folder " + root, e);
    }
  }
}
