package dev.clientlens.cli;

import dev.clientlens.domain.EmailAddress;
import dev.clientlens.filter.ClientKeys;
import dev.clientlens.filter.ClientList;
import dev.clientlens.filter.Owner;
import dev.clientlens.parse.ParserSettings;
import dev.clientlens.pipeline.Pipeline;
import dev.clientlens.pipeline.ProblemPolicy;
import dev.clientlens.pipeline.ScanSettings;
import dev.clientlens.pipeline.ScanSummary;
import dev.clientlens.source.Limits;
import dev.clientlens.source.SourceUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code scan}: reads mail sources and writes the per-client report. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads Maildir folders, mbox files or trees of .eml files, groups the mail by client and writes",
      "clients.csv, messages.csv and skipped.csv.",
      "",
      "Exit codes: 0 done; 1 done, but some messages were skipped (see skipped.csv); 2 usage error;",
      "3 a source could not be read at all; 4 internal error."
    })
final class ScanCommand implements Callable<Integer> {
  static final String SAMPLE_MAILBOX = "sample-mailbox";

  private final Cli cli;

  @Parameters(paramLabel = "SOURCE", arity = "0..*",
      description = "Maildir, mbox file, .eml file or directory of .eml files. Default: the bundled sample-mailbox.")
  private List<Path> sources = new ArrayList<>();

  @Option(names = "--me", paramLabel = "ADDRESS", converter = AddressConverter.class,
      description = "Our own address (repeatable). Mail from it is outbound. Inferred from the Sent folder if absent.")
  private List<EmailAddress> me = new ArrayList<>();

  @Option(names = "--my-domain", paramLabel = "DOMAIN",
      description = "Our own domain (repeatable): colleagues there are never clients.")
  private List<String> myDomains = new ArrayList<>();

  @Option(names = "--clients", paramLabel = "FILE",
      description = "CSV of pattern,client rows mapping addresses or domains to client names.")
  private Path clientsFile;

  @Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class,
      description = "First day to analyse (ISO date, e.g. 2026-01-31), in each message's own time.")
  private LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", converter = DateConverter.class,
      description = "Last day to analyse (ISO date), inclusive.")
  private LocalDate until;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
      description = "Directory for the report files (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--state", paramLabel = "DIR",
      description = "The store that remembers what earlier scans read, so only new mail is read "
          + "(default: $XDG_DATA_HOME/clientlens or ~/.local/share/clientlens).")
  private Path state;

  @Option(names = "--no-state", description = "Keep nothing between scans: read every message again.")
  private boolean noState;

  @Option(names = "--excel", description = "Start each CSV file with a byte order mark, for Excel.")
  private boolean excel;

  @Option(names = "--workers", paramLabel = "N",
      description = "Threads that parse mail in parallel (default: the number of processors).")
  private Integer workers;

  @Option(names = "--stop-on-error",
      description = "Stop at the first message that cannot be read, instead of recording it in skipped.csv.")
  private boolean stopOnError;

  @Option(names = "--verbose", description = "Print stack traces with errors.")
  private boolean verbose;

  ScanCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    ScanSettings settings;
    try {
      settings = settings();
    } catch (UsageException e) {
      cli.err().println("clientlens scan: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (SourceUnavailableException e) {
      cli.err().println("clientlens scan: " + e.getMessage());
      return ExitCode.SOURCE_UNREADABLE;
    }
    TerminalProgress progress = new TerminalProgress(cli.err(), cli.terminal());
    try {
      ScanSummary summary = new Pipeline(settings, progress, line -> cli.err().println("clientlens: " + line)).run();
      progress.finish();
      cli.err().println(Summaries.line(summary, settings.sources().size()));
      return summary.skipped() > 0 ? ExitCode.SKIPPED_SOME : ExitCode.OK;
    } catch (SourceUnavailableException e) {
      progress.finish();
      report(e);
      return ExitCode.SOURCE_UNREADABLE;
    } catch (IOException e) {
      progress.finish();
      report(e);
      return e instanceof ProblemPolicy.StoppedException ? ExitCode.SKIPPED_SOME : ExitCode.SOURCE_UNREADABLE;
    }
  }

  private void report(Exception e) {
    cli.err().println("clientlens scan: " + e.getMessage());
    if (verbose) {
      e.printStackTrace(cli.err());
    }
  }

  private ScanSettings settings() throws UsageException, SourceUnavailableException {
    List<Path> paths = sources.isEmpty() ? List.of(defaultSource()) : sources;
    Optional<Owner> owner = Optional.empty();
    if (!me.isEmpty() || !myDomains.isEmpty()) {
      Set<String> domains = new LinkedHashSet<>();
      for (String d : myDomains) {
        String domain = d.strip().toLowerCase(Locale.ROOT);
        if (domain.startsWith("@")) {
          domain = domain.substring(1);
        }
        if (domain.isEmpty() || domain.contains("@") || !domain.contains(".")) {
          throw new UsageException("--my-domain: not a domain: '" + d + "' (expected e.g. fjordlys.no)");
        }
        domains.add(domain);
      }
      ClientKeys plain = new ClientKeys(ClientList.EMPTY);
      for (EmailAddress address : me) {
        if (!plain.isFreemail(address.domain())) {
          domains.add(ClientKeys.registrableDomain(address.domain()));
        }
      }
      owner = Optional.of(new Owner(Set.copyOf(me), domains));
    }
    ClientList clientList = ClientList.EMPTY;
    if (clientsFile != null) {
      try {
        clientList = ClientList.read(clientsFile);
      } catch (IOException e) {
        throw new UsageException("--clients: " + e.getMessage());
      }
    }
    if (since != null && until != null && since.isAfter(until)) {
      throw new UsageException("--since " + since + " is after --until " + until);
    }
    int threads = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
    if (threads < 1 || threads > 64) {
      throw new UsageException("--workers: expected 1 to 64, got " + threads);
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out: " + out + " exists and is not a directory");
    }
    if (noState && state != null) {
      throw new UsageException("--state and --no-state: choose one");
    }
    Optional<Path> store = noState ? Optional.empty() : Optional.of(state != null ? state : defaultState());
    return new ScanSettings(paths, owner, clientList, Optional.ofNullable(since), Optional.ofNullable(until), out,
        store, excel, threads, Limits.DEFAULT, ParserSettings.DEFAULT,
        stopOnError ? ProblemPolicy.STOP : ProblemPolicy.SKIP_AND_RECORD);
  }

  /** The per-user data directory of the XDG base directory convention. */
  private static Path defaultState() {
    String xdg = System.getenv("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "clientlens");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "clientlens");
  }

  /** The bundled sample: beside the working directory, or beside the jar's project directory. */
  private static Path defaultSource() throws SourceUnavailableException {
    Path here = Path.of(SAMPLE_MAILBOX);
    if (Files.isDirectory(here)) {
      return here;
    }
    try {
      Path jar = Path.of(ScanCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve(SAMPLE_MAILBOX);
        if (Files.isDirectory(candidate)) {
          return candidate;
        }
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // fall through to the error below
    }
    throw new SourceUnavailableException(
        SAMPLE_MAILBOX + ": could not find the bundled sample mailbox: give a SOURCE to scan");
  }

  /** A bad option value found after parsing. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  static final class AddressConverter implements ITypeConverter<EmailAddress> {
    @Override
    public EmailAddress convert(String value) {
      return EmailAddress.parse(value)
          .orElseThrow(() -> new TypeConversionException("not an email address: '" + value + "' (expected e.g. ingrid@fjordlys.no)"));
    }
  }

  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("not an ISO date: '" + value + "' (expected YYYY-MM-DD, e.g. 2026-01-31)");
      }
    }
  }
}
