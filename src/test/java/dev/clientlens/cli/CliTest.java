package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process: exit codes, one-line errors, the summary line. */
class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  /** One store for all in-process scans of the test run, never the user's own. */
  private static Path sharedState;

  static synchronized Path sharedState() {
    if (sharedState == null) {
      try {
        sharedState = Files.createTempDirectory("clientlens-test-state");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return sharedState;
  }

  /** Runs the CLI in-process; a scan that names no store uses the test run's shared one. */
  static Run run(String... given) {
    List<String> list = new java.util.ArrayList<>(List.of(given));
    if (!list.isEmpty() && list.get(0).equals("scan") && !list.contains("--state") && !list.contains("--no-state")
        && !list.contains("--help")) {
      list.add("--state");
      list.add(sharedState().toString());
    }
    String[] args = list.toArray(new String[0]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A Maildir at {@code dir/name} holding one message from a client, Kari at acme.no, to ingrid@fjordlys.no. */
  static Path oneMessageMaildir(Path dir, String name) throws IOException {
    Path mail = dir.resolve(name);
    Files.createDirectories(mail.resolve("cur"));
    Files.writeString(mail.resolve("cur/1.a"), """
        From: Kari <kari@acme.no>
        To: ingrid@fjordlys.no
        Subject: Plan
        Date: Mon, 13 Apr 2026 09:00:00 +0200
        Message-ID: <k1@acme.no>

        Where is the plan?
        """);
    return mail;
  }

  private Path maildir() throws IOException {
    Path mail = dir.resolve("mail");
    Files.createDirectories(mail.resolve("cur"));
    Files.createDirectories(mail.resolve(".Sent/cur"));
    Files.writeString(mail.resolve("cur/1.a"), """
        From: Kari <kari@acme.no>
        To: ingrid@fjordlys.no
        Subject: Plan
        Date: Mon, 13 Apr 2026 09:00:00 +0200
        Message-ID: <k1@acme.no>

        Where is the plan?
        """);
    Files.writeString(mail.resolve(".Sent/cur/2.b"), """
        From: Ingrid <ingrid@fjordlys.no>
        To: kari@acme.no
        Subject: Re: Plan
        Date: Mon, 13 Apr 2026 13:00:00 +0200
        Message-ID: <i1@fjordlys.no>
        In-Reply-To: <k1@acme.no>

        Here it is.
        """);
    Files.writeString(mail.resolve("cur/3.c"), "\u0000\u0001 not mail at all");
    return mail;
  }

  @Test
  void scanWritesTheReportAndSaysWhatItInferred() throws IOException {
    Path out = dir.resolve("report");
    Run run = run("scan", maildir().toString(), "--out", out.toString());
    assertEquals(ExitCode.SKIPPED_SOME, run.code(), run.err());
    assertTrue(run.err().contains("owner: inferred ingrid@fjordlys.no"), run.err());
    assertTrue(run.err().contains("read 3 new messages from 1 source"), run.err());
    assertTrue(run.err().contains("2 counted for 1 clients"), run.err());
    assertTrue(run.err().contains("1 skipped"), run.err());
    List<String> clients = Files.readAllLines(out.resolve("clients.csv"));
    assertEquals(2, clients.size());
    assertTrue(clients.get(1).startsWith("acme.no,Kari,1,1,1,2026-04-13T09:00:00+02:00,2026-04-13T13:00:00+02:00,"),
        clients.get(1));
    assertTrue(Files.readString(out.resolve("skipped.csv")).contains("cur/3.c"));
  }

  @Test
  void theSameMailGivesByteIdenticalReports() throws IOException {
    Path mail = maildir();
    run("scan", mail.toString(), "--out", dir.resolve("r1").toString(), "--workers", "1");
    run("scan", mail.toString(), "--out", dir.resolve("r2").toString(), "--workers", "2");
    for (String file : List.of("clients.csv", "messages.csv", "skipped.csv")) {
      assertEquals(Files.readString(dir.resolve("r1").resolve(file)), Files.readString(dir.resolve("r2").resolve(file)),
          file);
    }
  }

  @Test
  void explicitOwnerIsUsedAndNothingIsInferred() throws IOException {
    Run run = run("scan", maildir().toString(), "--out", dir.resolve("r").toString(), "--me", "ingrid@fjordlys.no");
    assertFalse(run.err().contains("inferred"), run.err());
  }

  @Test
  void sinceAndUntilLeaveOtherMessagesOut() throws IOException {
    Path out = dir.resolve("r");
    run("scan", maildir().toString(), "--out", out.toString(), "--since", "2026-04-14");
    String messages = Files.readString(out.resolve("messages.csv"));
    assertTrue(messages.contains("before --since 2026-04-14"), messages);
    assertEquals(1, Files.readAllLines(out.resolve("clients.csv")).size());
  }

  @Test
  void aMissingSourceIsExitCodeThreeWithOneLine() {
    Run run = run("scan", dir.resolve("missing").toString(), "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("missing: could not open source: no such file or directory"), run.err());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run run = run("scan", "--colour", "red");
    assertEquals(ExitCode.USAGE, run.code());
    assertTrue(run.err().startsWith("clientlens: Unknown option: '--colour'"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace");
  }

  @Test
  void aBadDateNamesTheExpectedForm() {
    Run run = run("scan", "--since", "14.04.2026");
    assertEquals(ExitCode.USAGE, run.code());
    assertTrue(run.err().contains("expected YYYY-MM-DD"), run.err());
  }

  @Test
  void aBadAddressIsAUsageError() {
    Run run = run("scan", "--me", "not-an-address");
    assertEquals(ExitCode.USAGE, run.code());
    assertTrue(run.err().contains("not an email address: 'not-an-address'"), run.err());
  }

  @Test
  void helpListsTheOptions() {
    Run run = run("scan", "--help");
    assertEquals(ExitCode.OK, run.code());
    for (String option : List.of("--me", "--my-domain", "--clients", "--since", "--until", "--out", "--excel",
        "--state", "--no-state", "--password-file", "--oauth2-token-file", "--ca-cert", "--folder",
        "--insecure-plaintext", "--timing-only", "--evidence-text")) {
      assertTrue(run.out().contains(option), option);
    }
  }
}
