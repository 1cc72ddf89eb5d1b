package dev.clientlens.cli;

import dev.clientlens.classify.Classifier;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.classify.Evaluation;
import dev.clientlens.domain.Archetype;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.pipeline.Pipeline;
import dev.clientlens.pipeline.Progress;
import dev.clientlens.pipeline.ScanSettings;
import dev.clientlens.pipeline.ScanSummary;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval}: scans labelled mail and says how well the archetype scores match the labels. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Scans a labelled mailbox (no store; the report goes to a temporary folder) and prints the"
        + " confusion matrix of primary_archetype (rows the labels, columns the prediction), its accuracy and the"
        + " fire-risk ROC AUC.",
        "The labels are a CSV with the columns client,archetype,fire_risk (more columns are ignored), such as"
        + " the expected-clients.csv the generator writes."})
final class EvalCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Maildir, mbox file, .eml file or folder of .eml files.")
  private List<Path> sources = new ArrayList<>();

  @Option(names = "--labels", paramLabel = "FILE", required = true,
      description = "CSV with client,archetype,fire_risk columns.")
  private Path labels;

  @Option(names = "--me", paramLabel = "ADDRESS", converter = ScanCommand.AddressConverter.class,
      description = "Our own address (repeatable). Inferred from the Sent folder if absent.")
  private List<EmailAddress> me = new ArrayList<>();

  @Option(names = "--my-domain", paramLabel = "DOMAIN", description = "Our own domain (repeatable).")
  private List<String> myDomains = new ArrayList<>();

  EvalCommand(Cli cli) {
    this.cli = cli;
  }

  /** A label row: the true archetype and fire risk of one client. */
  record Label(Archetype archetype, boolean fireRisk) {}

  @Override
  public Integer call() {
    Map<String, Label> truth;
    ScanSettings settings;
    Path out;
    try {
      truth = readLabels(labels);
      out = Files.createTempDirectory("clientlens-eval");
      ScanSettings defaults = ScanSettings.of(sources, out);
      settings = new ScanSettings(defaults.sources(), ScanCommand.owner(me, myDomains), defaults.clientList(),
          defaults.since(), defaults.until(), out, java.util.Optional.empty(), false, defaults.workers(),
          defaults.limits(), defaults.parser(), defaults.problems(), true, false);
    } catch (IOException e) {
      cli.err().println("clientlens eval: " + e.getMessage());
      return ExitCode.SOURCE_UNREADABLE;
    } catch (ScanCommand.UsageException | IllegalArgumentException e) {
      cli.err().println("clientlens eval: " + e.getMessage());
      return ExitCode.USAGE;
    }
    try {
      ScanSummary summary = new Pipeline(settings, Classifier.bundled(), Progress.NONE,
          line -> cli.err().println("clientlens: " + line)).run();
      List<Evaluation.Case> cases = new ArrayList<>();
      int unlabelled = 0;
      for (ClientScores scores : summary.scores()) {
        Label label = truth.get(scores.client().value());
        if (label == null) {
          unlabelled++;
        } else {
          cases.add(new Evaluation.Case(label.archetype(), label.fireRisk(), scores));
        }
      }
      java.util.Set<String> rows = summary.metrics().stream().map(c -> c.client().value())
          .collect(java.util.stream.Collectors.toSet());
      java.util.Set<String> scored = summary.scores().stream().map(s -> s.client().value())
          .collect(java.util.stream.Collectors.toSet());
      long missing = truth.keySet().stream().filter(k -> !rows.contains(k)).count();
      long unscored = truth.keySet().stream().filter(k -> rows.contains(k) && !scored.contains(k)).count();
      Evaluation evaluation = new Evaluation(cases);
      cli.out().print(evaluation.table());
      cli.out().printf(Locale.ROOT, "clients in the report without a label: %d; labels without a report row: %d; "
          + "labelled rows not scored (one-way, or fewer than %d client messages): %d%n",
          unlabelled, missing, Classifier.MIN_MESSAGES, unscored);
      return ExitCode.OK;
    } catch (IOException e) {
      cli.err().println("clientlens eval: " + Failures.words(e));
      return Failures.exitCode(e);
    } finally {
      delete(out);
    }
  }

  /** Reads client,archetype,fire_risk (by header name; other columns are ignored). */
  static Map<String, Label> readLabels(Path file) throws IOException {
    Map<String, Label> labels = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such file");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        String client = get(row, "client", file);
        String written = get(row, "archetype", file).strip().toLowerCase(Locale.ROOT);
        Optional<Archetype> archetype = Archetype.ofLabel(written);
        String fire = get(row, "fire_risk", file).strip().toLowerCase(Locale.ROOT);
        if (archetype.isEmpty()) {
          throw new IOException(file + ": line " + row.getRecordNumber() + ": archetype must be one of "
              + Archetype.labels() + ", got '" + written + "'");
        }
        if (!List.of("true", "false", "1", "0").contains(fire)) {
          throw new IOException(file + ": line " + row.getRecordNumber() + ": fire_risk must be true or false, got '"
              + fire + "'");
        }
        labels.put(client.strip().replaceFirst("^'", ""), new Label(archetype.get(), fire.equals("true") || fire.equals("1")));
      }
    } catch (java.io.UncheckedIOException e) {
      throw new IOException(file + ": could not read labels: " + e.getCause().getMessage(), e);
    }
    return labels;
  }

  private static String get(CSVRecord row, String column, Path file) throws IOException {
    if (!row.isMapped(column) || !row.isSet(column)) {
      throw new IOException(file + ": no column " + column + " (expected client,archetype,fire_risk)");
    }
    return row.get(column);
  }

  private static void delete(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(root + ": could not delete the temporary report", e);
    }
  }
}
