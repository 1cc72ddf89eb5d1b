package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan} writes index.html beside the CSV files (not with --no-html), the same bytes for the same mail. */
class HtmlReportScanTest {
  /**
   * Display names anyone can put in a From header; the first three would mark the page if they ever ran
   * ({@code data-pwned}), the rest are the classic probes.
   */
  static final List<String> HOSTILE = List.of(
      "<script>document.body.dataset.pwned='1'</script>",
      "\"><img src=x onerror=\"document.body.dataset.pwned='2'\">",
      "</script><script>document.body.dataset.pwned='3'</script>",
      "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>",
      "</script><script>alert(2)</script>",
      "Kari \u202Eon.emca\u202C Nordmann");

  @TempDir Path dir;

  /** One client per hostile name (evil1.example, ...), each writing once and answered once. */
  static Path hostileMaildir(Path dir) throws IOException {
    Path mail = dir.resolve("hostile-mail");
    Files.createDirectories(mail.resolve("cur"));
    Files.createDirectories(mail.resolve(".Sent/cur"));
    for (int i = 0; i < HOSTILE.size(); i++) {
      String name = "=?UTF-8?B?" + Base64.getEncoder().encodeToString(HOSTILE.get(i).getBytes(StandardCharsets.UTF_8))
          + "?=";
      String domain = "evil" + (i + 1) + ".example";
      Files.writeString(mail.resolve("cur/" + (i + 1) + ".in"), """
          From: %s <boss@%s>
          To: Ingrid <ingrid@fjordlys.no>
          Subject: %s
          Date: Mon, 13 Apr 2026 %02d:15:00 +0200
          Message-ID: <in%d@%s>

          Any update on the plan? %s
          """.formatted(name, domain, name, 8 + i, i, domain, HOSTILE.get(i)));
      Files.writeString(mail.resolve(".Sent/cur/" + (i + 1) + ".out"), """
          From: Ingrid <ingrid@fjordlys.no>
          To: %s <boss@%s>
          Subject: Re: plan
          Date: Tue, 14 Apr 2026 10:00:00 +0200
          Message-ID: <out%d@fjordlys.no>
          In-Reply-To: <in%d@%s>

          Here it is.
          """.formatted(name, domain, i, i, domain));
    }
    return mail;
  }

  @Test
  void scanWritesIndexHtmlWithEveryNameEscapedAndTheSameBytesTwice() throws IOException {
    Path mail = hostileMaildir(dir);
    CliTest.Run first = CliTest.run("scan", mail.toString(), "--no-state", "--me", "ingrid@fjordlys.no",
        "--out", dir.resolve("r1").toString(), "--workers", "1");
    assertEquals(ExitCode.OK, first.code(), first.err());
    CliTest.run("scan", mail.toString(), "--no-state", "--me", "ingrid@fjordlys.no",
        "--out", dir.resolve("r2").toString(), "--workers", "2");
    byte[] page = Files.readAllBytes(dir.resolve("r1/index.html"));
    assertArrayEquals(page, Files.readAllBytes(dir.resolve("r2/index.html")), "byte-identical index.html");
    String html = new String(page, StandardCharsets.UTF_8);
    assertEquals(HOSTILE.size() + 1, Files.readAllLines(dir.resolve("r1/clients.csv")).size());
    for (int i = 0; i < HOSTILE.size(); i++) {
      assertTrue(html.contains("evil" + (i + 1) + ".example"), "client " + (i + 1));
    }
    assertTrue(html.contains("<bdi>&lt;script&gt;document.body.dataset.pwned&#61;&#39;1&#39;&lt;/script&gt;</bdi>"),
        "the name from the From header, as text");
    assertFalse(html.contains("<img src=x") || html.contains("<script>alert") || html.contains("pwned='"),
        "nothing from the mail as markup");
  }

  @Test
  void noHtmlLeavesTheCsvFilesOnly() throws IOException {
    Path out = dir.resolve("r");
    CliTest.Run run = CliTest.run("scan", hostileMaildir(dir).toString(), "--no-state", "--no-html",
        "--out", out.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(Files.exists(out.resolve("clients.csv")));
    assertFalse(Files.exists(out.resolve("index.html")), "--no-html");
  }

  @Test
  void exampleSentencesOnlyWithEvidenceText() throws IOException {
    Path mail = hostileMaildir(dir);
    CliTest.run("scan", mail.toString(), "--no-state", "--out", dir.resolve("plain").toString());
    CliTest.Run run = CliTest.run("scan", mail.toString(), "--no-state", "--evidence-text",
        "--out", dir.resolve("text").toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertFalse(Files.readString(dir.resolve("plain/index.html")).contains("Example sentences"));
    String html = Files.readString(dir.resolve("text/index.html"));
    assertEquals(HOSTILE.size(), html.split("<h3>Example sentences</h3>", -1).length - 1, "one heading per client");
    assertTrue(html.contains("None: only clients with a primary archetype"), "none of these few-message clients");
  }

  @Test
  void helpNamesTheOption() {
    CliTest.Run help = CliTest.run("scan", "--help");
    assertTrue(help.out().contains("--no-html") && help.out().contains("index.html"), help.out());
  }
}
