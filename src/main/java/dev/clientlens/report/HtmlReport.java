package dev.clientlens.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.clientlens.aggregate.ClientActivity;
import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.classify.Classifier;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.classify.History;
import dev.clientlens.domain.Archetype;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Relationship;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Renders {@code index.html}: one self-contained page (the vendored ECharts, our script and style inline, a
 * Content-Security-Policy that allows nothing else) with an overview of all clients and each client's charts.
 * Text from mail reaches the page only through the template's HTML escaping or the JSON data block's escaping.
 */
final class HtmlReport {
  private static final String BASE = "dev/clientlens/report/";
  static final String TEMPLATE = BASE + "index.mustache";
  static final String ECHARTS = BASE + "echarts/echarts.min.js";
  static final String SCRIPT = BASE + "report.js";
  static final String STYLE = BASE + "report.css";

  /** The upper bounds (hours) of the reply-time bins; the last bin has none. */
  private static final double[] REPLY_BOUNDS = {1, 4, 12, 24, 48, 96, 168};
  static final List<String> REPLY_BINS =
      List.of("< 1 h", "1-4 h", "4-12 h", "12-24 h", "1-2 days", "2-4 days", "4-7 days", "a week or more");

  private HtmlReport() {}

  /** The page for these clients (each with its activity; scores for those that are scored). */
  static String render(List<ClientMetrics> clients, Map<ClientKey, ClientScores> scores,
      List<ClientActivity> activity, Optional<List<EvidenceRow>> evidence) {
    return render(clients, scores, activity, evidence, List.of(), List.of(), "08:00-18:00, mon-fri, holidays: none");
  }

  /**
   * The same, with each scored client's scores month by month ({@code months}) and what changed
   * ({@code changes}), as in {@code clients-monthly.csv} and {@code changes.csv}.
   */
  static String render(List<ClientMetrics> clients, Map<ClientKey, ClientScores> scores,
      List<ClientActivity> activity, Optional<List<EvidenceRow>> evidence, List<History.Month> months,
      List<History.Change> changes, String workingTime) {
    List<ClientMetrics> sorted = clients.stream().sorted(Comparator.comparing(ClientMetrics::client)).toList();
    Map<ClientKey, ClientActivity> activityOf = new TreeMap<>();
    activity.forEach(a -> activityOf.put(a.client(), a));
    Map<String, List<EvidenceRow>> sentencesOf = new TreeMap<>();
    evidence.ifPresent(rows -> rows.forEach(r -> sentencesOf.computeIfAbsent(r.client(), k -> new ArrayList<>()).add(r)));

    // grouped once: looking each client's months up in the whole list took time in clients times months
    Map<ClientKey, List<History.Month>> monthsOf = new TreeMap<>();
    months.forEach(m -> monthsOf.computeIfAbsent(m.client(), k -> new ArrayList<>()).add(m));
    List<LocalDate> weeks = weekSpan(activity);
    List<Double> medianCues = medianCueRates(sorted);
    List<ClientView> views = new ArrayList<>();
    List<Object> data = new ArrayList<>();
    Map<ClientKey, Integer> indexOf = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      ClientMetrics c = sorted.get(i);
      ClientActivity a = activityOf.get(c.client());
      if (a == null) {
        throw new IllegalArgumentException("html report: no activity for " + c.client());
      }
      Optional<ClientScores> score = Optional.ofNullable(scores.get(c.client()));
      Optional<String> unscored = Classifier.unscored(c);
      if (score.isPresent() == unscored.isPresent()) {
        throw new IllegalArgumentException("html report: scores for " + c.client() + " "
            + (score.isEmpty() ? "missing" : "given, but " + unscored.get()));
      }
      List<History.Month> scoredMonths = monthsOf.getOrDefault(c.client(), List.of()).stream()
          .filter(m -> m.scores().isPresent())
          .sorted(Comparator.comparing(m -> m.month().month())).toList();
      views.add(view(i, c, score, unscored, sentencesOf.getOrDefault(c.client().value(), List.of()),
          !scoredMonths.isEmpty()));
      Map<String, Object> d = clientData(c, a, weeks);
      d.put("months", scoredMonths.stream().map(m -> m.month().month().toString()).toList());
      d.put("monthlyScores", List.of(
          scoredMonths.stream().map(m -> round(m.scores().get().handsOn())).toList(),
          scoredMonths.stream().map(m -> round(m.scores().get().untrusting())).toList(),
          scoredMonths.stream().map(m -> round(m.scores().get().diyExpert())).toList(),
          scoredMonths.stream().map(m -> round(m.scores().get().fireRisk())).toList()));
      data.add(d);
      indexOf.put(c.client(), i);
    }
    List<ChangeView> changeViews = changes.stream()
        .sorted(Comparator.comparing(History.Change::month).reversed()
            .thenComparing(History.Change::client).thenComparing(History.Change::measure))
        .map(ch -> new ChangeView(indexOf.getOrDefault(ch.client(), -1), ch.client().value(), ch.month().toString(),
            ch.measure(), ch.reason()))
        .toList();

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("weeks", weeks.stream().map(HtmlReport::isoWeek).toList());
    json.put("cues", Arrays.stream(Cue.values()).map(Cue::label).toList());
    json.put("medianCueRates", medianCues);
    json.put("replyBins", REPLY_BINS);
    json.put("clients", data);

    String style = resource(STYLE);
    String echarts = resource(ECHARTS);
    String script = resource(SCRIPT);
    String dataBlock = Json.write(json);
    for (String inline : List.of(style, echarts, script, dataBlock)) {
      String folded = inline.toLowerCase(Locale.ROOT);
      if (folded.contains("</script") || folded.contains("</style") || inline.contains("<!--")) {
        throw new IllegalStateException("html report: an inline block would end its element early");
      }
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("csp", "default-src 'none'; script-src " + hash(echarts) + " " + hash(script) + "; style-src "
        + hash(style) + "; base-uri 'none'; form-action 'none'");
    page.put("style", style);
    page.put("echarts", echarts);
    page.put("script", script);
    page.put("data", dataBlock);
    page.put("clients", views);
    page.put("clientCount", sorted.size());
    page.put("scoredCount", scores.size());
    page.put("messagesIn", sorted.stream().mapToInt(ClientMetrics::messagesIn).sum());
    page.put("messagesOut", sorted.stream().mapToInt(ClientMetrics::messagesOut).sum());
    page.put("span", span(sorted));
    page.put("archetypes", Archetype.labels());
    page.put("relationships", Arrays.stream(Relationship.values()).map(Relationship::label).toList());
    page.put("evidenceText", evidence.isPresent());
    page.put("columns", COLUMNS);
    page.put("changes", changeViews);
    page.put("workingTime", workingTime);
    page.put("hasChanges", !changeViews.isEmpty());

    Mustache template = new DefaultMustacheFactory().compile(TEMPLATE);
    StringWriter out = new StringWriter();
    template.execute(out, page);
    return out.toString();
  }

  /** One header cell of the overview: its label and how its values sort. */
  record Column(String label, String type, String title) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("Client", "text", "client key: registrable domain, freemail address or --clients name"),
      new Column("Name", "text", "the most frequent display name of the client's correspondents"),
      new Column("Relationship", "text", "two_way, inbound_only or outbound_only"),
      new Column("In", "number", "messages from the client"),
      new Column("Out", "number", "our messages to the client"),
      new Column("Threads", "number", "conversations with the client"),
      new Column("Hands-on", "number", "archetype score, 0 to 1"),
      new Column("Untrusting", "number", "archetype score, 0 to 1"),
      new Column("DIY expert", "number", "archetype score, 0 to 1"),
      new Column("Fire risk", "number", "time to let the client go, 0 to 1"),
      new Column("Archetype", "text", "the primary archetype: the highest score of at least 0.5, else none"),
      new Column("Evidence", "text", "the measures behind the scores, in words"));

  /** What the template shows of one client; every string here is escaped by the template. */
  record ClientView(int index, String key, String name, String relationship, int in, int out, int threads,
      String firstSeen, String lastSeen, List<Score> scores, boolean scored, String archetype, String fireRisk,
      String evidence, String clientReply, String ourReply, List<Sentence> sentences, boolean hasMonths) {
    boolean hasSentences() {
      return !sentences.isEmpty();
    }
  }

  /** One score cell: empty value when the client is not scored. */
  record Score(String name, String value, boolean present) {}

  record Sentence(String date, String cue, String text) {}

  /** One row of "what changed"; {@code index} is the client's view, or -1 when it has none. */
  record ChangeView(int index, String key, String month, String measure, String reason) {}

  private static ClientView view(int index, ClientMetrics c, Optional<ClientScores> score, Optional<String> unscored,
      List<EvidenceRow> rows, boolean hasMonths) {
    List<Score> cells = new ArrayList<>();
    String[] names = {"hands_on", "untrusting", "diy_expert", "fire_risk"};
    double[] values = score.map(s -> new double[] {s.handsOn(), s.untrusting(), s.diyExpert(), s.fireRisk()})
        .orElse(null);
    for (int k = 0; k < names.length; k++) {
      cells.add(new Score(names[k], values == null ? "" : Reports.number(values[k]), values != null));
    }
    return new ClientView(index, c.client().value(), c.displayName(), c.relationship().label(), c.messagesIn(),
        c.messagesOut(), c.threads(), Reports.timestamp(c.firstSeen()), Reports.timestamp(c.lastSeen()), cells,
        score.isPresent(), score.map(s -> s.primaryArchetype().label()).orElse(""),
        score.map(s -> Reports.number(s.fireRisk())).orElse(""),
        score.map(ClientScores::evidence).orElseGet(unscored::get),
        hours(c.clientReplyHours()), hours(c.ourReplyHours()),
        rows.stream().map(r -> new Sentence(r.date(), r.cue(), r.sentence())).toList(), hasMonths);
  }

  /** A score to three decimals, as in the CSV files. */
  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  private static String hours(OptionalDouble value) {
    if (value.isEmpty()) {
      return "none measured";
    }
    double h = value.getAsDouble();
    return h < 48 ? String.format(Locale.ROOT, "%.1f h", h) : String.format(Locale.ROOT, "%.1f days", h / 24);
  }

  /** The chart data of one client; weeks as {@code [index into weeks, in, out]}, only weeks with mail. */
  private static Map<String, Object> clientData(ClientMetrics c, ClientActivity a, List<LocalDate> weeks) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", c.client().value());
    m.put("name", c.displayName());
    List<List<Integer>> volume = new ArrayList<>();
    LocalDate start = weeks.isEmpty() ? null : weeks.get(0);
    for (ClientActivity.Week w : a.weeks()) {
      volume.add(List.of((int) ChronoUnit.WEEKS.between(start, w.monday()), w.in(), w.out()));
    }
    m.put("volume", volume);
    List<List<Integer>> heat = new ArrayList<>();
    for (int day = 0; day < 7; day++) {
      for (int hour = 0; hour < 24; hour++) {
        if (a.at(day, hour) > 0) {
          heat.add(List.of(hour, day, a.at(day, hour)));
        }
      }
    }
    m.put("heat", heat);
    m.put("clientReplies", bins(a.clientReplyHours()));
    m.put("ourReplies", bins(a.ourReplyHours()));
    m.put("cueRates", Arrays.stream(Cue.values()).map(cue -> c.cueRates().getOrDefault(cue, 0.0)).toList());
    m.put("hasTone", !c.cueRates().isEmpty());
    return m;
  }

  static List<Integer> bins(List<Double> hours) {
    int[] counts = new int[REPLY_BINS.size()];
    for (double h : hours) {
      int bin = 0;
      while (bin < REPLY_BOUNDS.length && h >= REPLY_BOUNDS[bin]) {
        bin++;
      }
      counts[bin]++;
    }
    return Arrays.stream(counts).boxed().toList();
  }

  /** Every ISO week from the first with mail to the last, so the clients' charts share one time axis. */
  private static List<LocalDate> weekSpan(List<ClientActivity> activity) {
    Optional<LocalDate> first = activity.stream().flatMap(a -> a.weeks().stream()).map(ClientActivity.Week::monday)
        .min(Comparator.naturalOrder());
    Optional<LocalDate> last = activity.stream().flatMap(a -> a.weeks().stream()).map(ClientActivity.Week::monday)
        .max(Comparator.naturalOrder());
    List<LocalDate> weeks = new ArrayList<>();
    for (LocalDate w = first.orElse(null); first.isPresent() && !w.isAfter(last.get()); w = w.plusWeeks(1)) {
      weeks.add(w);
    }
    return weeks;
  }

  private static String isoWeek(LocalDate monday) {
    return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** For each cue, the median rate over the clients whose mail was read for tone. */
  static List<Double> medianCueRates(List<ClientMetrics> clients) {
    List<Double> medians = new ArrayList<>();
    for (Cue cue : Cue.values()) {
      double[] rates = clients.stream().filter(c -> !c.cueRates().isEmpty()).mapToDouble(c -> c.cueRates().get(cue))
          .sorted().toArray();
      int mid = rates.length / 2;
      medians.add(rates.length == 0 ? 0.0 : rates.length % 2 == 1 ? rates[mid] : (rates[mid - 1] + rates[mid]) / 2);
    }
    return medians;
  }

  private static String span(List<ClientMetrics> clients) {
    Optional<OffsetDateTime> first = clients.stream().flatMap(c -> c.firstSeen().stream())
        .min(Comparator.comparing(OffsetDateTime::toInstant));
    Optional<OffsetDateTime> last = clients.stream().flatMap(c -> c.lastSeen().stream())
        .max(Comparator.comparing(OffsetDateTime::toInstant));
    return first.isEmpty() ? "no dated mail" : Reports.timestamp(first) + " to " + Reports.timestamp(last);
  }

  /** A CSP source for an inline block: {@code 'sha256-...'} of its exact text. */
  static String hash(String inline) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("html report: " + name + ": missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("html report: " + name + ": could not read", e);
    }
  }
}
