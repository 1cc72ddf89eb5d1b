package dev.clientlens.pipeline;

import dev.clientlens.aggregate.WorkingTime;
import dev.clientlens.filter.ClientList;
import dev.clientlens.filter.Owner;
import dev.clientlens.parse.ParserSettings;
import dev.clientlens.source.Limits;
import dev.clientlens.source.SourceSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one scan needs, decided before it starts.
 *
 * @param sources local exports and IMAP accounts, read in this order
 *
 * @param owner who we are, when the user said so; otherwise it is inferred from the Sent folder
 * @param since first day of the analysis window (inclusive, in the message's own time)
 * @param until last day of the analysis window (inclusive)
 * @param state directory of the store that keeps what was read for later scans; empty keeps it in
 *     memory for this scan only
 * @param workers threads that parse messages in parallel
 * @param analyseLanguage whether to run the language analysis (cues, politeness, deadlines); without it
 *     only the timing metrics are computed
 * @param evidenceText whether to write {@code evidence.csv} with the client sentences behind the cues;
 *     every message is then read again, whatever the store holds, and the sentences stay in memory
 * @param html whether to write {@code index.html} beside the CSV files
 * @param workingTime the working hours, days and holidays that after hours, weekends and the working-hours
 *     reply times are judged by
 */
public record ScanSettings(
    List<SourceSpec> sources,
    Optional<Owner> owner,
    ClientList clientList,
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    Path out,
    Optional<Path> state,
    boolean excelBom,
    int workers,
    Limits limits,
    ParserSettings parser,
    ProblemPolicy problems,
    boolean analyseLanguage,
    boolean evidenceText,
    boolean html,
    WorkingTime workingTime) {

  /** Settings that write {@code index.html} too, with the {@linkplain WorkingTime#STANDARD standard} working time. */
  public ScanSettings(List<SourceSpec> sources, Optional<Owner> owner, ClientList clientList, Optional<LocalDate> since,
      Optional<LocalDate> until, Path out, Optional<Path> state, boolean excelBom, int workers, Limits limits,
      ParserSettings parser, ProblemPolicy problems, boolean analyseLanguage, boolean evidenceText) {
    this(sources, owner, clientList, since, until, out, state, excelBom, workers, limits, parser, problems,
        analyseLanguage, evidenceText, true);
  }

  /** Settings with the {@linkplain WorkingTime#STANDARD standard} working time. */
  public ScanSettings(List<SourceSpec> sources, Optional<Owner> owner, ClientList clientList, Optional<LocalDate> since,
      Optional<LocalDate> until, Path out, Optional<Path> state, boolean excelBom, int workers, Limits limits,
      ParserSettings parser, ProblemPolicy problems, boolean analyseLanguage, boolean evidenceText, boolean html) {
    this(sources, owner, clientList, since, until, out, state, excelBom, workers, limits, parser, problems,
        analyseLanguage, evidenceText, html, WorkingTime.STANDARD);
  }

  public ScanSettings {
    Objects.requireNonNull(workingTime, "workingTime");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("scan settings: at least one source is required");
    }
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(clientList, "clientList");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(state, "state");
    if (workers < 1) {
      throw new IllegalArgumentException("scan settings: workers must be at least 1, got " + workers);
    }
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(problems, "problems");
    if (evidenceText && !analyseLanguage) {
      throw new IllegalArgumentException("scan settings: evidence text needs the language analysis (not --timing-only)");
    }
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new IllegalArgumentException("scan settings: --since " + since.get() + " is after --until " + until.get());
    }
  }

  /** The same settings with another working time. */
  public ScanSettings withWorkingTime(WorkingTime value) {
    return new ScanSettings(sources, owner, clientList, since, until, out, state, excelBom, workers, limits, parser,
        problems, analyseLanguage, evidenceText, html, value);
  }

  /** The same settings with another store directory (empty: a store in memory for this scan only). */
  public ScanSettings withState(Optional<Path> value) {
    return new ScanSettings(sources, owner, clientList, since, until, out, value, excelBom, workers, limits, parser,
        problems, analyseLanguage, evidenceText, html, workingTime);
  }

  /** The same settings, writing {@code evidence.csv} or not. */
  public ScanSettings withEvidenceText(boolean value) {
    return new ScanSettings(sources, owner, clientList, since, until, out, state, excelBom, workers, limits, parser,
        problems, analyseLanguage, value, html, workingTime);
  }

  /** Defaults for everything but the (local) sources and the output directory. */
  public static ScanSettings of(List<Path> sources, Path out) {
    return new ScanSettings(sources.stream().map(SourceSpec::local).toList(), Optional.empty(), ClientList.EMPTY,
        Optional.empty(), Optional.empty(), out, Optional.empty(), false, Runtime.getRuntime().availableProcessors(),
        Limits.DEFAULT, ParserSettings.DEFAULT,
        ProblemPolicy.SKIP_AND_RECORD, true, false);
  }
}
