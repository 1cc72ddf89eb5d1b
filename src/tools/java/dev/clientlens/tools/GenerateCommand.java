package dev.clientlens.tools;

import dev.clientlens.cli.Cli;
import dev.clientlens.cli.ExitCode;
import dev.clientlens.generate.ArchetypeChange;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.GroundTruth;
import dev.clientlens.generate.MailboxGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code generate}: writes a synthetic mailbox with its ground truth, for demos, tests and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a deterministic synthetic mailbox: a consultant's correspondence with clients of known",
      "archetypes, plus auto-replies, a newsletter, a bounce, duplicates and a colleague. The same options",
      "give byte-identical output. Beside a Maildir it writes expected-clients.csv (the ground truth)."
    })
final class GenerateCommand implements Callable<Integer> {
  /** Accepted values of --preset and --format, for the error message. */
  enum Preset { sample, synthetic }

  enum Format { maildir, mbox }

  private final Cli cli;

  @Parameters(paramLabel = "OUTPUT", description = "Directory for a Maildir, or file for an mbox. Must not exist yet.")
  private Path output;

  @Option(names = "--preset", paramLabel = "NAME", defaultValue = "synthetic",
      description = "sample (the bundled sample mailbox) or synthetic (any size). Default: ${DEFAULT-VALUE}.")
  private Preset preset;

  @Option(names = "--messages", paramLabel = "N", defaultValue = "5000",
      description = "About how many message files to write (synthetic). Default: ${DEFAULT-VALUE}.")
  private int messages;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "40",
      description = "How many clients (synthetic). Default: ${DEFAULT-VALUE}.")
  private int clients;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (synthetic). Default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "maildir",
      description = "maildir or mbox. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(names = "--change-archetype", paramLabel = "CLIENT:ARCHETYPE:YYYY-MM", converter = ChangeConverter.class,
      description = "From that month on, the client (a key of expected-clients.csv for the same options) behaves as"
          + " another archetype: none, hands_on, untrusting or diy_expert (repeatable). For testing what changed.")
  private List<ArchetypeChange> changes = new ArrayList<>();

  GenerateCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    if (preset == Preset.synthetic && (messages < 10 || clients < 1 || clients > messages)) {
      cli.err().println("clientlens generate: --messages must be at least 10 and --clients between 1 and --messages");
      return ExitCode.USAGE;
    }
    if (Files.exists(output) && !(Files.isDirectory(output) && isEmpty(output))) {
      cli.err().println("clientlens generate: " + output + ": already exists; choose a new path");
      return ExitCode.USAGE;
    }
    GeneratorSettings settings = preset == Preset.sample
        ? GeneratorSettings.sample()
        : GeneratorSettings.synthetic(seed, clients, messages);
    for (ArchetypeChange change : changes) {
      settings = settings.withArchetypeChange(change);
    }
    MailboxGenerator generator = new MailboxGenerator(settings);
    try {
      GroundTruth truth;
      if (format == Format.mbox) {
        truth = generator.writeMbox(output);
      } else {
        truth = generator.writeMaildir(output);
        truth.writeCsv(output.resolve("expected-clients.csv"));
      }
      cli.err().printf(Locale.ROOT, "clientlens: wrote %d messages for %d clients to %s (owner %s)%n",
          truth.files(), truth.clients().size(), output, truth.owner());
      return ExitCode.OK;
    } catch (IOException e) {
      cli.err().println("clientlens generate: " + output + ": could not write: " + e.getMessage());
      return ExitCode.SOURCE_UNREADABLE;
    } catch (IllegalArgumentException e) {
      cli.err().println("clientlens generate: --change-archetype: " + e.getMessage());
      return ExitCode.USAGE;
    }
  }

  static final class ChangeConverter implements ITypeConverter<ArchetypeChange> {
    @Override
    public ArchetypeChange convert(String value) {
      try {
        return ArchetypeChange.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  private static boolean isEmpty(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
