package dev.clientlens.cli;

import dev.clientlens.domain.EmailAddress;
import dev.clientlens.filter.ClientKeys;
import dev.clientlens.filter.ClientList;
import dev.clientlens.filter.Owner;
import dev.clientlens.parse.ParserSettings;
import dev.clientlens.classify.Classifier;
import dev.clientlens.pipeline.Pipeline;
import dev.clientlens.pipeline.ProblemPolicy;
import dev.clientlens.pipeline.ScanSettings;
import dev.clientlens.pipeline.ScanSummary;
import dev.clientlens.source.ImapSettings;
import dev.clientlens.source.Limits;
import dev.clientlens.source.SourceSpec;
import dev.clientlens.source.SourceUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code scan}: reads mail sources and writes the per-client report. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 112,
    sortOptions = false,
    description = {
      "Reads Maildirs, mbox files, message files, folders of them or IMAP accounts, groups the mail by client",
      "and writes clients.csv, clients-monthly.csv (per client and month), changes.csv (what changed from",
      "month to month), messages.csv and skipped.csv, and index.html: the same report as one page with",
      "charts that opens offline in a browser (--no-html leaves it out). The mailbox is never changed.",
      "No mail text is written unless --evidence-text is given (off by default).",
      "",
      "An IMAP account is given as imaps://user@host[:port][/folder] (TLS) or imap://... (STARTTLS);",
      "write an @ in the user name as %%40. The password comes from --password-file or the environment",
      "variable CLIENTLENS_PASSWORD, never from the command line.",
      "",
      "After hours, weekends and the working-hours reply times follow --work-hours (default 08:00-18:00),",
      "--work-days (default mon-fri) and --holidays (default none), in each sender's own time.",
      "",
      "Exit codes:",
      "  0  done",
      "  1  done, but some messages were skipped (see skipped.csv)",
      "  2  usage error (the message names the accepted values)",
      "  3  a source could not be read at all (missing path, no mail found, server unreachable, login refused)",
      "  4  internal error, or out of memory (one line; the details with --verbose)",
      "  5  the report or the store could not be written (disk full, permission denied, damaged store)",
      "  6  another scan is using the same --state or --out directory"
    })
final class ScanCommand implements Callable<Integer> {
  static final String SAMPLE_MAILBOX = "sample-mailbox";
  static final String PASSWORD_VARIABLE = "CLIENTLENS_PASSWORD";

  private final Cli cli;

  @Parameters(paramLabel = "SOURCE", arity = "0..*",
      description = "Maildir, mbox file, message file, a folder holding any of them at any depth, or"
          + " imaps://user@host[:port][/folder]. Default: the bundled sample-mailbox.")
  private List<String> sources = new ArrayList<>();

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
      description = "The store that remembers what earlier scans read, so only new mail is read, and "
          + "reports made from an unchanged store with the same options are left as they are "
          + "(default: $XDG_DATA_HOME/clientlens or ~/.local/share/clientlens).")
  private Path state;

  @Option(names = "--no-state", description = "Keep nothing between scans: read every message again.")
  private boolean noState;

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "IMAP: read the password from the first line of FILE. Else the environment variable "
          + PASSWORD_VARIABLE + " is used.")
  private Path passwordFile;

  @Option(names = "--oauth2-token-file", paramLabel = "FILE",
      description = "IMAP: log in with XOAUTH2, the bearer token read from the first line of FILE (Gmail, Microsoft 365).")
  private Path oauth2TokenFile;

  @Option(names = "--ca-cert", paramLabel = "FILE",
      description = "IMAP: also trust the CA certificate in FILE (PEM), e.g. a company's own CA.")
  private Path caCert;

  @Option(names = "--folder", paramLabel = "NAME",
      description = "IMAP: a folder to read (repeatable; a Sent folder is read first). Default: the Sent folder, then INBOX.")
  private List<String> folders = new ArrayList<>();

  @Option(names = "--insecure-plaintext",
      description = "IMAP: connect to imap:// without TLS. Refused unless the host is a loopback address.")
  private boolean insecurePlaintext;

  @Option(names = "--excel", description = "Start each CSV file with a byte order mark, for Excel.")
  private boolean excel;

  @Option(names = "--no-html",
      description = "Do not write index.html (the overview and per-client charts, one self-contained page).")
  private boolean noHtml;

  @Option(names = "--evidence-text",
      description = "Also write evidence.csv: up to 5 sentences of mail text per client and cue behind the scores"
          + " (clients with an archetype or fire risk >= 0.5), shown in index.html too. It contains client mail text:"
          + " off by default."
          + " Every message is read again (the store holds no text).")
  private boolean evidenceText;

  @Option(names = "--workers", paramLabel = "N",
      description = "Threads that parse mail in parallel (default: the number of processors).")
  private Integer workers;

  @Option(names = "--timing-only",
      description = "Skip the language analysis (cues, politeness, deadlines): timing metrics only, faster.")
  private boolean timingOnly;

  @Option(names = "--stop-on-error",
      description = "Stop at the first message that cannot be read, instead of recording it in skipped.csv.")
  private boolean stopOnError;

  @Option(names = "--verbose", description = "Print stack traces with errors.")
  private boolean verbose;

  @Mixin
  private WorkingTimeOptions workingTime = new WorkingTimeOptions();

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
      ScanSummary summary = new Pipeline(settings, Classifier.bundled(), progress,
          line -> cli.err().println("clientlens: " + line)).run();
      progress.finish();
      cli.err().println("clientlens: " + workingTime.describe(settings.workingTime()));
      cli.err().println(Summaries.line(summary, settings.sources().size()));
      return summary.skipped() > 0 ? ExitCode.SKIPPED_SOME : ExitCode.OK;
    } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
      progress.finish();
      report(e);
      return Failures.exitCode(e);
    }
  }

  private void report(Throwable e) {
    cli.err().println("clientlens scan: " + Failures.words(e));
    if (verbose) {
      e.printStackTrace(cli.err());
    }
  }

  /** The owner given by --me and --my-domain, if either was given. */
  static Optional<Owner> owner(List<EmailAddress> me, List<String> myDomains) throws UsageException {
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
      return Optional.of(new Owner(Set.copyOf(me), domains));
    }
    return Optional.empty();
  }

  private ScanSettings settings() throws UsageException, SourceUnavailableException {
    List<SourceSpec> specs = new ArrayList<>();
    if (sources.isEmpty()) {
      specs.add(SourceSpec.local(defaultSource()));
    }
    for (String source : sources) {
      specs.add(ImapSettings.isImapAddress(source) ? imap(source) : local(source));
    }
    checkImapOptionsHaveAnImapSource(specs);
    Optional<Owner> owner = owner(me, myDomains);
    ClientList clientList = ClientList.EMPTY;
    if (clientsFile != null) {
      try {
        clientList = ClientList.read(clientsFile);
      } catch (IOException e) {
        String why = Failures.plain(e);
        throw new UsageException("--clients: " + (why.startsWith(clientsFile.toString()) ? why : clientsFile + ": " + why));
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
    if (evidenceText && timingOnly) {
      throw new UsageException("--evidence-text and --timing-only: the sentences come from the language analysis "
          + "that --timing-only skips; choose one");
    }
    if (noState && state != null) {
      throw new UsageException("--state and --no-state: choose one");
    }
    Optional<Path> store = noState ? Optional.empty() : Optional.of(state != null ? state : defaultState());
    refuseInsideASource("--out", out, specs);
    if (store.isPresent()) {
      refuseInsideASource("--state", store.get(), specs);
    }
    return new ScanSettings(specs, owner, clientList, Optional.ofNullable(since), Optional.ofNullable(until), out,
        store, excel, threads, Limits.DEFAULT, ParserSettings.DEFAULT,
        stopOnError ? ProblemPolicy.STOP : ProblemPolicy.SKIP_AND_RECORD, !timingOnly, evidenceText, !noHtml)
        .withWorkingTime(workingTime.workingTime());
  }

  /**
   * The report and the store are written; a mailbox is never changed, so neither may be inside a source
   * (a report in {@code Maildir/cur} would even be read as mail by the next scan).
   */
  private static void refuseInsideASource(String option, Path dir, List<SourceSpec> specs) throws UsageException {
    Path written = resolved(dir);
    for (SourceSpec spec : specs) {
      if (spec instanceof SourceSpec.Local local) {
        Path source = resolved(local.path());
        if (written.startsWith(source)) {
          throw new UsageException(option + " " + dir + " is inside the source " + local.path()
              + ": the mailbox is never written to; choose a directory outside it");
        }
      }
    }
  }

  /**
   * The absolute path with symbolic links resolved as far as it exists, so that two spellings of one
   * directory compare equal.
   */
  private static Path resolved(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  /** The per-user data directory of the XDG base directory convention. */
  private static Path defaultState() {
    String xdg = System.getenv("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "clientlens");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "clientlens");
  }

  private static SourceSpec local(String source) throws UsageException {
    try {
      return SourceSpec.local(Path.of(source));
    } catch (InvalidPathException e) {
      throw new UsageException("not a path: '" + source + "': " + e.getReason());
    }
  }

  /** An IMAP address with the IMAP options applied; the secret is read here, once. */
  private ImapSettings imap(String address) throws UsageException {
    ImapSettings imap;
    try {
      imap = ImapSettings.parse(address, secret(address));
      List<String> allFolders = new ArrayList<>(imap.folders());
      allFolders.addAll(folders);
      imap = imap.withFolders(allFolders);
      if (insecurePlaintext && imap.tls() == ImapSettings.Tls.STARTTLS) {
        imap = imap.withTls(ImapSettings.Tls.PLAINTEXT);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (imap.tls() == ImapSettings.Tls.PLAINTEXT && !imap.hostIsLoopback()) {
      throw new UsageException(imap.describe() + ": --insecure-plaintext is allowed only to a loopback address, and "
          + imap.host() + " is not one: the password and the mail would cross the network unencrypted");
    }
    if (caCert != null) {
      if (imap.tls() == ImapSettings.Tls.PLAINTEXT) {
        throw new UsageException("--ca-cert and --insecure-plaintext contradict each other");
      }
      if (!Files.isRegularFile(caCert) || !Files.isReadable(caCert)) {
        throw new UsageException("--ca-cert: " + caCert + ": no such readable file");
      }
      imap = imap.withCaCert(caCert);
    }
    return imap;
  }

  private ImapSettings.Secret secret(String address) throws UsageException {
    if (passwordFile != null && oauth2TokenFile != null) {
      throw new UsageException("--password-file and --oauth2-token-file: give one of them, not both");
    }
    try {
      if (passwordFile != null) {
        return ImapSettings.Secret.readFile(passwordFile, ImapSettings.Secret.Kind.PASSWORD);
      }
      if (oauth2TokenFile != null) {
        return ImapSettings.Secret.readFile(oauth2TokenFile, ImapSettings.Secret.Kind.OAUTH2_TOKEN);
      }
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    }
    return cli.environment(PASSWORD_VARIABLE).map(ImapSettings.Secret::password)
        .orElseThrow(() -> new UsageException(ImapSettings.redact(address) + ": no password: use --password-file FILE, "
            + "the environment variable " + PASSWORD_VARIABLE + ", or --oauth2-token-file FILE"));
  }

  /** IMAP options without an IMAP source are a mistake worth pointing out, not something to ignore. */
  private void checkImapOptionsHaveAnImapSource(List<SourceSpec> specs) throws UsageException {
    List<String> given = new ArrayList<>();
    if (passwordFile != null) {
      given.add("--password-file");
    }
    if (oauth2TokenFile != null) {
      given.add("--oauth2-token-file");
    }
    if (caCert != null) {
      given.add("--ca-cert");
    }
    if (!folders.isEmpty()) {
      given.add("--folder");
    }
    if (insecurePlaintext) {
      given.add("--insecure-plaintext");
    }
    if (!given.isEmpty() && specs.stream().noneMatch(ImapSettings.class::isInstance)) {
      throw new UsageException(String.join(", ", given) + ": only for IMAP sources (imaps://user@host or imap://...)");
    }
    if (insecurePlaintext && specs.stream().noneMatch(
        spec -> spec instanceof ImapSettings imap && imap.tls() == ImapSettings.Tls.PLAINTEXT)) {
      throw new UsageException("--insecure-plaintext: only for imap:// addresses; imaps:// always uses TLS");
    }
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
