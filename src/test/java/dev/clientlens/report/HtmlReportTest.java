package dev.clientlens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.aggregate.ClientActivity;
import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.aggregate.ClientMonth;
import dev.clientlens.classify.Classifier;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.classify.History;
import dev.clientlens.domain.Archetype;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Cue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index.html from hand-made metrics: hostile text from mail escaped in every context, the CSP, determinism. */
class HtmlReportTest {
  /** Display names anyone can put in a From header. */
  static final List<String> HOSTILE = List.of(
      "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>",
      "</script><script>alert(2)</script>",
      "Kari \u202Eon.emca\u202C Nordmann",
      "' onmouseover='alert(3)",
      "<!-- x \u2028 y \u2029 & z");

  @TempDir Path dir;

  private static Map<Cue, Double> rates(double rate) {
    Map<Cue, Double> rates = new EnumMap<>(Cue.class);
    for (Cue cue : Cue.values()) {
      rates.put(cue, rate);
    }
    return rates;
  }

  private static ClientMetrics client(String key, String name, int in, int out, double rate) {
    return new ClientMetrics(new ClientKey(key), name, in, out, 2,
        Optional.of(OffsetDateTime.parse("2026-04-13T09:00:00+02:00")),
        Optional.of(OffsetDateTime.parse("2026-05-04T10:00:00Z")), 1, 1.5, OptionalDouble.of(5),
        OptionalDouble.of(30), 1, 0.2, OptionalDouble.of(2.25), 0.1, 0.2, 0.5, 0, OptionalDouble.empty(),
        in == 0 ? Map.of() : rates(rate));
  }

  private static ClientActivity activity(String key) {
    List<Integer> hours = new ArrayList<>(Collections.nCopies(ClientActivity.WEEKDAY_HOURS, 0));
    hours.set(9, 2);
    hours.set(6 * 24 + 23, 1);
    return new ClientActivity(new ClientKey(key),
        List.of(new ClientActivity.Week(LocalDate.of(2026, 4, 13), 3, 1), new ClientActivity.Week(LocalDate.of(2026, 5, 4), 2, 1)),
        hours, List.of(0.5, 3.0, 200.0), List.of(30.0));
  }

  record Page(String html, List<String> keys) {}

  /** Six scored clients whose keys and names are the hostile strings, and one not scored. */
  private static Page page(boolean evidence) {
    List<ClientMetrics> clients = new ArrayList<>();
    List<ClientActivity> activity = new ArrayList<>();
    Map<ClientKey, ClientScores> scores = new TreeMap<>();
    List<EvidenceRow> rows = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String key = HOSTILE.get(i) + "@evil.example";
      keys.add(key);
      clients.add(client(key, HOSTILE.get(i), 6, 3, i / 10.0));
      activity.add(activity(key));
      scores.put(new ClientKey(key), new ClientScores(new ClientKey(key), 0.9, 0.1, 0.2, 0.6, Archetype.HANDS_ON,
          List.of("chases " + HOSTILE.get(i))));
      rows.add(new EvidenceRow(key, "urgency", "<id@x>", "2026-04-13T09:00:00+02:00", "Now! " + HOSTILE.get(i)));
    }
    clients.add(client("quiet.no", "Quiet", 2, 1, 0));
    activity.add(activity("quiet.no"));
    List<History.Month> months = new ArrayList<>();
    List<History.Change> changes = new ArrayList<>();
    for (ClientMetrics c : clients.subList(0, HOSTILE.size())) {
      months.add(new History.Month(new ClientMonth(YearMonth.of(2026, 4), c), Optional.of(scores.get(c.client()))));
      months.add(new History.Month(new ClientMonth(YearMonth.of(2026, 5), c), Optional.of(scores.get(c.client()))));
      changes.add(new History.Change(c.client(), YearMonth.of(2026, 5), "hands_on", 0.3, 0.9,
          "hands_on rose for " + c.displayName()));
    }
    return new Page(HtmlReport.render(clients, scores, activity, evidence ? Optional.of(rows) : Optional.empty(),
        months, changes, "08:00-16:00, mon-fri, holidays: NO"), keys);
  }

  private static String dataBlock(String html) {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
        .matcher(html);
    assertTrue(m.find(), "the data block");
    return m.group(1);
  }

  /** The page with the two vendored scripts and the data block cut out: what the template made of the mail. */
  private static String markup(String html) throws IOException {
    return html.replace(resource(HtmlReport.ECHARTS), "").replace(resource(HtmlReport.SCRIPT), "")
        .replace(dataBlock(html), "");
  }

  private static String resource(String name) throws IOException {
    try (var in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void hostileNamesAreEscapedInTextAttributesAndJson() throws IOException {
    String html = page(true).html();
    String markup = markup(html);
    for (String hostile : HOSTILE) {
      assertFalse(hostile.matches(".*[<>\"'&].*") && markup.contains(hostile), "raw in the markup: " + hostile);
    }
    assertFalse(markup.contains("<img"), "no injected element");
    assertFalse(markup.toLowerCase().contains("onerror=alert"), "no injected attribute");
    assertEquals(3, count(markup, "<script"), "only the data block and the two page scripts");
    assertEquals(3, count(markup, "</script>"));
    assertTrue(markup.contains("<bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>"), "names as text, isolated");
    assertTrue(markup.contains("data-v=\"&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;\""), "attribute");
    assertTrue(markup.contains("<bdi>Now! &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</bdi>"), "sentences");
    assertTrue(markup.contains("<bdi>Kari \u202Eon.emca\u202C Nordmann</bdi>"), "a bidi override stays inside its <bdi>");

    String json = dataBlock(html);
    for (String forbidden : List.of("<", ">", "&", "\u2028", "\u2029", "\u202E", "'")) {
      assertFalse(json.contains(forbidden), "raw in the data block: " + forbidden);
    }
    assertTrue(json.contains("\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(2)\\u003c/script\\u003e\""));
    assertTrue(json.contains("Kari \\u202eon.emca\\u202c Nordmann"));
    assertTrue(json.contains("\\u2028") && json.contains("\\u2029") && json.contains("\\u0026"));
  }

  @Test
  void theCspAllowsOnlyTheInlineBlocksOfThePage() throws IOException {
    String html = page(false).html();
    Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
    assertTrue(csp.find());
    String policy = csp.group(1).replace("&#39;", "'").replace("&#61;", "=");
    assertTrue(policy.startsWith("default-src 'none'; "), policy);
    assertFalse(policy.contains("unsafe"), policy);
    assertFalse(policy.contains("http"), policy);
    assertTrue(policy.contains("script-src " + HtmlReport.hash(resource(HtmlReport.ECHARTS)) + " "
        + HtmlReport.hash(resource(HtmlReport.SCRIPT)) + ";"), policy);
    assertTrue(policy.contains("style-src " + HtmlReport.hash(resource(HtmlReport.STYLE)) + ";"), policy);
    assertTrue(html.contains("<style>" + resource(HtmlReport.STYLE) + "</style>"));
    assertTrue(html.contains("<script>" + resource(HtmlReport.SCRIPT) + "</script>"));
    assertTrue(html.contains("<script>" + resource(HtmlReport.ECHARTS) + "</script>"));
  }

  @Test
  void thePageLoadsNothingFromOutside() throws IOException {
    String markup = markup(page(true).html());
    assertFalse(Pattern.compile("(?i)(https?:|//[a-z0-9]|src=|href=\"(?!#))").matcher(markup).find(),
        "no URL but links inside the page");
    String script = resource(HtmlReport.SCRIPT);
    assertFalse(script.contains("http") || script.contains("fetch(") || script.contains("XMLHttpRequest")
        || script.contains("innerHTML"), "our script loads nothing and parses no HTML");
  }

  @Test
  void theSamePageComesOutByteForByte() throws IOException {
    Reports reports = new Reports(dir, false);
    String first = page(true).html();
    assertEquals(first, page(true).html());
    assertFalse(first.contains(LocalDate.now().toString()), "no date of the run");
    Page p = page(false);
    assertFalse(p.html().contains("Example sentences"), "sentences only with --evidence-text");
    assertTrue(page(true).html().contains("Example sentences"));
    assertTrue(p.html().contains("not scored: only 2 messages from them, 5 needed"));
    reports.writeHtml(Reports.renderHtml(List.of(), Map.of(), List.of(), Optional.empty(),
        History.of(Classifier.bundled(), List.of(), List.of()), "08:00-16:00, mon-fri, holidays: NO"));
    byte[] empty = Files.readAllBytes(dir.resolve(Reports.INDEX));
    reports.writeHtml(Reports.renderHtml(List.of(), Map.of(), List.of(), Optional.empty(),
        History.of(Classifier.bundled(), List.of(), List.of()), "08:00-16:00, mon-fri, holidays: NO"));
    assertArrayEquals(empty, Files.readAllBytes(dir.resolve(Reports.INDEX)));
    assertTrue(new String(empty, StandardCharsets.UTF_8).contains("0 clients"), new String(empty, StandardCharsets.UTF_8).replaceAll("(?s)<script>.*?</script>", "").replaceAll("(?s)<style>.*?</style>", ""));
  }

  @Test
  void chartDataIsBinnedAndFilledOverTheWholeSpan() {
    String json = dataBlock(page(false).html());
    assertTrue(json.startsWith("{\"weeks\":[\"2026-W16\",\"2026-W17\",\"2026-W18\",\"2026-W19\"],"), json);
    assertTrue(json.contains("\"volume\":[[0,3,1],[3,2,1]],\"heat\":[[9,0,2],[23,6,1]],"
        + "\"clientReplies\":[1,1,0,0,0,0,0,1],\"ourReplies\":[0,0,0,0,1,0,0,0]"), json);
    assertEquals(List.of(0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2),
        HtmlReport.medianCueRates(List.of(client("a.no", "A", 1, 1, 0.1), client("b.no", "B", 1, 1, 0.2),
            client("c.no", "C", 1, 1, 0.3), client("d.no", "D", 0, 1, 0.9))),
        "a client with no mail read for tone has no rates to take the median of");
  }

  @Test
  void jsonEscapesWhatCouldEndTheScriptOrReorderText() {
    assertEquals("{\"a\":[1,0.5,\"\\u003c/script\\u003e \\u0026 \\u2028\\u2029 \\u202e \\\" \\\\ \\n\",null,true]}",
        Json.write(new java.util.LinkedHashMap<>(Map.of("a", java.util.Arrays.asList(1, 0.5,
            "</script> & \u2028\u2029 \u202e \" \\ \n", null, true)))));
    assertEquals("[0,1.25,-3]", Json.write(List.of(-0.0001, 1.25, -3.0)));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void scoredClientsGetTheirScoresMonthByMonthAndWhatChangedIsListed() throws IOException {
    String html = page(false).html();
    assertEquals(HOSTILE.size(), html.split("data-chart=\"scores\"", -1).length - 1, "one chart a scored client");
    String changes = html.substring(html.indexOf("<table id=\"changes\""), html.indexOf("</table>",
        html.indexOf("<table id=\"changes\"")));
    assertEquals(HOSTILE.size(), changes.split("<tr><td>2026-05</td>", -1).length - 1);
    assertFalse(changes.contains("<script>") || changes.contains("<img"), changes);
    assertTrue(dataBlock(html).contains("\"months\":[\"2026-04\",\"2026-05\"]"), "the months of the chart");
    assertTrue(html.contains("working time 08:00-16:00, mon-fri, holidays: NO"), "the working time used");
  }
}
