package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the sample mailbox, and one of hostile display names, opened in headless Chromium from disk:
 * every chart drawn, nothing on the console (no script error, no Content-Security-Policy violation, no load
 * tried), no injected script run, and screenshots of the right size that are not blank. With
 * {@code -Dclientlens.screenshots=DIR} the screenshots are also copied to DIR (the README's come from
 * {@code src/docs/screenshots}).
 */
@Tag("browser")
class HtmlReportBrowserTest {
  @TempDir static Path dir;
  static Chromium chromium;
  static Path sample;
  static List<String> sampleClients;

  @BeforeAll
  static void scanTheSampleMailbox() throws IOException {
    chromium = Chromium.require();
    Path out = dir.resolve("sample-report");
    CliTest.Run run = CliTest.run("scan", "--no-state", "--out", out.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    sample = out.resolve("index.html");
    sampleClients = Files.readAllLines(out.resolve("clients.csv")).stream().skip(1)
        .map(line -> line.substring(0, line.indexOf(','))).toList();
  }

  private static void assertQuiet(Chromium.Run run) {
    assertEquals(List.of(), run.console(), "console messages");
    assertTrue(run.stderr().lines().noneMatch(line -> line.contains("net::ERR")), "a load was tried:\n" + run.stderr());
  }

  private static void assertRan(Chromium.Run run) {
    assertQuiet(run);
    assertEquals("", run.bodyData("errors"), "errors the page caught");
    assertEquals("1", run.bodyData("ready"), "the page's script ran to the end");
  }

  @Test
  void everyChartOfEverySampleClientIsDrawnWithoutConsoleMessages() throws Exception {
    Chromium.Run run = chromium.dumpDom(sample, "#all", dir);
    assertRan(run);
    assertEquals("all", run.bodyData("view"));
    assertEquals(13, sampleClients.size());
    // Four charts a client, and the scores month by month for each scored client (all 13 of the sample).
    assertEquals(String.valueOf(5 * sampleClients.size()), run.bodyData("charts-expected"));
    assertEquals(run.bodyData("charts-expected"), run.bodyData("charts"), "charts drawn");
    String markup = withoutScripts(run.dom());
    assertEquals(5 * sampleClients.size(), count(markup, "data-drawn=\"1\""), "every chart finished rendering");
    assertEquals(5 * sampleClients.size(), count(markup, "data-drawn=\"1\"><div"), "every chart drew into its box");
    assertTrue(count(markup, "<canvas") >= 5 * sampleClients.size(), "a canvas per chart at least");
    for (String client : sampleClients) {
      assertTrue(markup.contains("<bdi>" + client + "</bdi>"), client);
    }
  }

  @Test
  void thePageAsksForNothingOutsideItself() throws IOException {
    String html = Files.readString(sample);
    String library;
    try (var in = HtmlReportBrowserTest.class.getClassLoader()
        .getResourceAsStream("dev/clientlens/report/echarts/echarts.min.js")) {
      library = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String withoutLibrary = html.replace(library, "");
    assertTrue(withoutLibrary.length() < html.length() - 1_000_000, "the vendored library is inline");
    assertFalse(Pattern.compile("(?i)https?://|\\ssrc=|<link|@import|url\\(").matcher(withoutLibrary).find(),
        "no URL outside the vendored library");
  }

  @Test
  void overviewAndClientScreenshotsAreNotBlank() throws Exception {
    Path overview = dir.resolve("overview.png");
    assertQuiet(chromium.screenshot(sample, "", dir, overview));
    int brightwave = sampleClients.indexOf("brightwavemedia.com");
    Path client = dir.resolve("client.png");
    assertQuiet(chromium.screenshot(sample, "#client/" + brightwave, dir, client));
    for (Path png : List.of(overview, client)) {
      BufferedImage image = ImageIO.read(png.toFile());
      assertEquals(1280, image.getWidth(), png.toString());
      assertEquals(2000, image.getHeight(), png.toString());
      Map<Integer, Integer> colours = new HashMap<>();
      for (int y = 0; y < image.getHeight(); y += 2) {
        for (int x = 0; x < image.getWidth(); x += 2) {
          colours.merge(image.getRGB(x, y), 1, Integer::sum);
        }
      }
      int pixels = (image.getWidth() / 2) * (image.getHeight() / 2);
      int commonest = colours.values().stream().max(Integer::compare).orElse(0);
      assertTrue(colours.size() > 50, png + ": only " + colours.size() + " colours");
      assertTrue(commonest < pixels * 0.97, png + ": almost all one colour");
    }
    String copyTo = System.getProperty("clientlens.screenshots");
    if (copyTo != null && !copyTo.isBlank()) {
      Files.createDirectories(Path.of(copyTo));
      Files.copy(overview, Path.of(copyTo, "overview.png"), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(client, Path.of(copyTo, "client.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void hostileNamesRunNoScriptInTheBrowser() throws Exception {
    Path out = dir.resolve("hostile-report");
    CliTest.Run scan = CliTest.run("scan", HtmlReportScanTest.hostileMaildir(dir).toString(), "--no-state",
        "--me", "ingrid@fjordlys.no", "--out", out.toString());
    assertEquals(ExitCode.OK, scan.code(), scan.err());
    Path page = out.resolve("index.html");
    for (String fragment : List.of("#all", "#client/0", "#client/1", "#client/2")) {
      Chromium.Run run = chromium.dumpDom(page, fragment, dir);
      assertRan(run);
      assertEquals("", run.bodyData("pwned"), fragment + ": an injected script ran");
      String markup = withoutScripts(run.dom());
      assertFalse(markup.contains("<img"), fragment + ": an injected element");
      assertEquals(3, count(run.dom(), "<script"), fragment + ": only the page's own script elements");
      assertEquals(run.bodyData("charts-expected"), run.bodyData("charts"), fragment + ": charts drawn");
      assertTrue(run.dom().contains("&lt;/script&gt;&lt;script&gt;document.body.dataset.pwned='3'&lt;/script&gt;"),
          fragment + ": the name shown as text");
    }
    Chromium.Run one = chromium.dumpDom(page, "#client/0", dir);
    assertTrue(one.dom().contains("<title>&lt;script&gt;document.body.dataset.pwned='1'&lt;/script&gt; (evil1.example)"),
        "the title, set from the data block, is text");
  }

  /** The DOM without the text of its script elements (the library's source mentions tags). */
  private static String withoutScripts(String dom) {
    return dom.replaceAll("(?s)(<script[^>]*>).*?</script>", "$1</script>");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
