package dev.clientlens.cli;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.report.CuesOutput;
import dev.clientlens.report.CuesRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cues}: the language analysis of each input line, as CSV. */
@Command(
    name = "cues",
    mixinStandardHelpOptions = true,
    description = {
      "Reads texts, one per line (standard input by default), and writes one CSV row per line, in order:",
      "line,lang,politeness,urgency,checkin,call_request,distrust,control,expertise,prescriptive,revision,"
          + "scope,payment,gratitude",
      "line is the line number; lang the detected language (en, nb, another ISO code, und when too short);",
      "politeness is in [-1, 1] for English and Norwegian (empty otherwise); each cue column counts the",
      "sentences of the line that show the cue. Check a draft before sending it, or one client message.",
      "With --explain, a last column why names, for each cue counted, the sentence, the model's probability,",
      "the rule that matched (if one did) and the features that raised the cue most."
    })
final class CuesCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(names = "--input", paramLabel = "FILE", description = "Read the texts from FILE instead of standard input.")
  private Path input;

  @Option(names = "--explain",
      description = "Add a column why: for each cue counted, the sentence (from 1), the cue and its probability,"
          + " the rule that matched (file:line: cue pattern) and the strongest features (w= a word, b= a word pair,"
          + " c= a piece of a word, rule= a rule's cue), separated by \" | \".")
  private boolean explain;

  CuesCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Analyser analyser = new Analyser(Analyser.Models.load());
    try (Reader reader = input == null
            ? new InputStreamReader(cli.in(), StandardCharsets.UTF_8)
            : Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedReader lines = new BufferedReader(reader);
        Writer out = new OutputStreamWriter(cli.out(), StandardCharsets.UTF_8);
        CuesOutput csv = new CuesOutput(out, explain)) {
      String line;
      long number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        TextAnalysis a = analyser.analyse(line, Optional.empty(), Analyser.Depth.TONE);
        csv.row(new CuesRow(number, a, explain ? analyser.explain(line, a.language()) : List.of()));
      }
      csv.finish();
      return ExitCode.OK;
    } catch (IOException e) {
      String why = e instanceof NoSuchFileException ? "no such file" : "could not read: " + e.getMessage();
      cli.err().println("clientlens cues: " + (input == null ? "standard input" : input) + ": " + why);
      return ExitCode.SOURCE_UNREADABLE;
    }
  }
}
