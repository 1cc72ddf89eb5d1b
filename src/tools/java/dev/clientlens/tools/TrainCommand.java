package dev.clientlens.tools;

import dev.clientlens.cli.Cli;
import dev.clientlens.cli.ExitCode;
import dev.clientlens.train.ArchetypeTrainer;
import dev.clientlens.train.NorwegianModels;
import dev.clientlens.train.WordLists;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train}: rebuilds the project's own models in {@code models/} from the data in {@code src/tools/data}. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Rebuilds the project's own models from their training data (run from the project folder).",
    subcommands = {TrainCommand.NorwegianNlp.class, TrainCommand.PolitenessModel.class,
        TrainCommand.ArchetypeModel.class, TrainCommand.Ordinary.class, TrainCommand.CommonWords.class,
        TrainCommand.CueModels.class})
final class TrainCommand implements Runnable {
  private final Cli cli;

  TrainCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public void run() {
    cli.err().println("clientlens train: name what to train: nlp-nb, politeness, cues, archetypes, ordinary or words");
  }

  /** {@code train nlp-nb}: Norwegian Bokmål sentence detector, tokenizer and tagger. */
  @Command(name = "nlp-nb", mixinStandardHelpOptions = true,
      description = "Trains the Norwegian Bokmål sentence, token and part-of-speech models on UD Norwegian Bokmål.")
  static final class NorwegianNlp implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand private TrainCommand parent;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "src/tools/data/ud-norwegian-bokmaal",
        description = "Folder with the CoNLL-U files (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models",
        description = "Where the models go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() {
      if (!Files.isDirectory(data)) {
        parent.cli.err().println("clientlens train nlp-nb: " + data + ": no such folder (run from the project folder)");
        return ExitCode.SOURCE_UNREADABLE;
      }
      try {
        long started = System.nanoTime();
        NorwegianModels.Evaluation e = NorwegianModels.train(data, out);
        parent.cli.err().printf(Locale.ROOT,
            "clientlens: trained on %d sentences, held out %d: sentence F1 %.4f, token F1 %.4f, POS accuracy %.4f;"
                + " %.0f s; models in %s%n",
            e.trainSentences(), e.heldOutSentences(), e.sentenceF1(), e.tokenF1(), e.posAccuracy(),
            (System.nanoTime() - started) / 1e9, out.toAbsolutePath().normalize());
        return ExitCode.OK;
      } catch (IOException e) {
        parent.cli.err().println("clientlens train nlp-nb: " + e.getMessage());
        return ExitCode.SOURCE_UNREADABLE;
      }
    }
  }

  /** {@code train politeness}: the English politeness model, with its cross-validation. */
  @Command(name = "politeness", mixinStandardHelpOptions = true,
      description = "Trains the English politeness model on the Stanford Politeness Corpus (Stack Exchange part)"
          + " and reports its 10-fold cross-validated accuracy beside a bag-of-words baseline, and both again"
          + " over 5 folds of whole Stack Exchange communities.")
  static final class PolitenessModel implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand private TrainCommand parent;

    @Option(names = "--data", paramLabel = "FILE",
        defaultValue = "src/tools/data/politeness/stack-exchange.annotated.csv",
        description = "The annotated corpus (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models",
        description = "Where the model goes (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(data)) {
        parent.cli.err().println("clientlens train politeness: " + data + ": no such file (run from the project folder)");
        return ExitCode.SOURCE_UNREADABLE;
      }
      try {
        long started = System.nanoTime();
        dev.clientlens.train.PolitenessTrainer.Result r = dev.clientlens.train.PolitenessTrainer.train(data, out);
        parent.cli.err().printf(Locale.ROOT,
            "clientlens: %d examples; 10-fold accuracy %.3f ± %.3f (bag of words %.3f); across communities"
                + " %.3f ± %.3f (bag of words %.3f ± %.3f); %.0f s; model in %s%n",
            r.examples(), r.accuracy(), r.stdDev(), r.baselineAccuracy(), r.acrossCommunities(),
            r.acrossCommunitiesStdDev(), r.baselineAcrossCommunities(), r.baselineAcrossCommunitiesStdDev(),
            (System.nanoTime() - started) / 1e9, out.toAbsolutePath().normalize());
        return ExitCode.OK;
      } catch (IOException e) {
        parent.cli.err().println("clientlens train politeness: " + e.getMessage());
        return ExitCode.SOURCE_UNREADABLE;
      }
    }
  }

  /** {@code train archetypes}: the archetype model, trained on labelled synthetic mailboxes. */
  @Command(name = "archetypes", mixinStandardHelpOptions = true,
      description = "Trains the archetype model (models/archetypes.txt) on labelled synthetic mailboxes written by"
          + " the generator and scanned through the real pipeline, and reports its cross-validated accuracy and"
          + " fire-risk AUC. Takes a minute or two.")
  static final class ArchetypeModel implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand private TrainCommand parent;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models",
        description = "Where the model goes (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--date", paramLabel = "TEXT", required = true,
        description = "The date to record in the model's provenance (the clock is never read, so the file is"
            + " reproducible), e.g. 2026-03-01.")
    private String date;

    @Option(names = "--ordinary", paramLabel = "FILE", defaultValue = "src/tools/data/real-mail/ordinary-dev.csv",
        description = "Real clients of ordinary correspondence to learn as none and no fire risk"
            + " (default: ${DEFAULT-VALUE}; see train ordinary).")
    private Path ordinary;

    @Option(names = "--held-out", paramLabel = "FILE",
        defaultValue = "src/tools/data/real-mail/ordinary-heldout.csv",
        description = "Real ordinary clients never trained on: the share the model flags is reported"
            + " (default: ${DEFAULT-VALUE}).")
    private Path heldOut;

    @Override
    public Integer call() {
      try {
        long started = System.nanoTime();
        ArchetypeTrainer.Settings settings = ArchetypeTrainer.Settings.defaults(date)
            .withRealClients(List.of(ordinary), List.of(heldOut));
        String command = "java -jar target/clientlens.jar train archetypes --date " + date
            + (out.equals(Path.of("models")) ? "" : " --out " + out);
        ArchetypeTrainer.Result r = ArchetypeTrainer.train(settings, out, command,
            line -> parent.cli.err().println("clientlens: " + line));
        parent.cli.err().printf(Locale.ROOT,
            "clientlens: %d clients; %d-fold accuracy %.3f, fire-risk AUC %.3f; %.0f s; model in %s%n",
            r.clients(), settings.folds(), r.crossValidated().accuracy(), r.crossValidated().fireAuc(),
            (System.nanoTime() - started) / 1e9, out.toAbsolutePath().normalize());
        parent.cli.err().print(r.crossValidated().table());
        return ExitCode.OK;
      } catch (IOException e) {
        parent.cli.err().println("clientlens train archetypes: " + e.getMessage());
        return ExitCode.SOURCE_UNREADABLE;
      }
    }
  }

  /** {@code train cues}: the cue sentence models, with their held-out evaluation. */
  @Command(name = "cues", mixinStandardHelpOptions = true,
      description = "Trains the cue sentence models (models/cue-model-en.txt, -nb.txt) on the labelled sentences"
          + " of src/tools/data/cues and the rule sets, and writes their held-out evaluation to models/cues-model.md.")
  static final class CueModels implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand private TrainCommand parent;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "src/tools/data/cues",
        description = "Folder with the labelled sentences (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--rule-sets", paramLabel = "DIR", defaultValue = "src/test/resources/cues",
        description = "Folder with the rules' labelled sets en.tsv and nb.tsv (default: ${DEFAULT-VALUE}).")
    private Path ruleSets;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models",
        description = "Where the models go; it must hold the rule files (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() {
      if (!Files.isDirectory(data) || !Files.isDirectory(ruleSets)) {
        parent.cli.err().println("clientlens train cues: " + (Files.isDirectory(data) ? ruleSets : data)
            + ": no such folder (run from the project folder)");
        return ExitCode.SOURCE_UNREADABLE;
      }
      try {
        long started = System.nanoTime();
        List<dev.clientlens.train.CueTrainer.Trained> trained = dev.clientlens.train.CueTrainer.train(data, ruleSets, out);
        for (dev.clientlens.train.CueTrainer.Trained t : trained) {
          for (dev.clientlens.train.CueTrainer.Evaluation e : t.heldOut()) {
            parent.cli.err().printf(Locale.ROOT,
                "clientlens: %s, held out %s: any difficult cue precision %.3f recall %.3f (rules %.3f %.3f)%n",
                t.language().code(), e.set(), e.anyDifficultModel().precision(), e.anyDifficultModel().recall(),
                e.anyDifficultRules().precision(), e.anyDifficultRules().recall());
          }
        }
        parent.cli.err().printf(Locale.ROOT, "clientlens: %.0f s; models and cues-model.md in %s%n",
            (System.nanoTime() - started) / 1e9, out.toAbsolutePath().normalize());
        return ExitCode.OK;
      } catch (IOException e) {
        parent.cli.err().println("clientlens train cues: " + e.getMessage());
        return ExitCode.SOURCE_UNREADABLE;
      }
    }
  }

  /** {@code train ordinary}: keeps a scan's scored two-way clients as real ordinary clients for training. */
  @Command(name = "ordinary", mixinStandardHelpOptions = true,
      description = "Keeps the scored two-way rows of a scan's clients.csv (counts, timing and rates; no names,"
          + " scores or evidence) as real clients of ordinary correspondence, for train archetypes.")
  static final class Ordinary implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand private TrainCommand parent;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "CLIENTS_CSV", description = "A scan's clients.csv.")
    private Path from;

    @picocli.CommandLine.Parameters(index = "1", paramLabel = "FILE", description = "The file to write.")
    private Path to;

    @Override
    public Integer call() {
      try {
        int kept = ArchetypeTrainer.keepOrdinary(from, to);
        parent.cli.err().println("clientlens: " + kept + " clients kept in " + to);
        return ExitCode.OK;
      } catch (IOException e) {
        parent.cli.err().println("clientlens train ordinary: " + e.getMessage());
        return ExitCode.SOURCE_UNREADABLE;
      }
    }
  }

  /** {@code train words}: the common-word lists that keep the cue rules from reading a real word as a slip. */
  @Command(name = "words", mixinStandardHelpOptions = true,
      description = "Writes models/words-en.txt and models/words-nb.txt: common words (from GoEmotions and"
          + " UD Norwegian Bokmål) that the cue rules never read as a typing slip for another word.")
  static final class CommonWords implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand private TrainCommand parent;

    @Option(names = "--english", paramLabel = "DIR", defaultValue = "src/tools/data/goemotions",
        description = "Folder with the GoEmotions train/dev/test files (default: ${DEFAULT-VALUE}).")
    private Path english;

    @Option(names = "--norwegian", paramLabel = "DIR", defaultValue = "src/tools/data/ud-norwegian-bokmaal",
        description = "Folder with the UD Norwegian Bokmål CoNLL-U files (default: ${DEFAULT-VALUE}).")
    private Path norwegian;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models",
        description = "Where the lists go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() {
      for (Path folder : new Path[] {english, norwegian}) {
        if (!Files.isDirectory(folder)) {
          parent.cli.err().println("clientlens train words: " + folder + ": no such folder (run from the project folder)");
          return ExitCode.SOURCE_UNREADABLE;
        }
      }
      try {
        WordLists.Result r = WordLists.build(english, norwegian, out);
        parent.cli.err().printf(Locale.ROOT, "clientlens: %d English and %d Norwegian common words in %s%n",
            r.english(), r.norwegian(), out.toAbsolutePath().normalize());
        return ExitCode.OK;
      } catch (IOException e) {
        parent.cli.err().println("clientlens train words: " + e.getMessage());
        return ExitCode.SOURCE_UNREADABLE;
      }
    }
  }
}
