package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.source.CuttingProxy;
import dev.clientlens.source.DovecotServer;
import dev.clientlens.source.ImapFixtures;
import jakarta.mail.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan imaps://...} end to end against a real Dovecot (started by {@code .ci/run} through
 * {@code src/test/dovecot/start.sh}) holding the bundled sample mailbox, its Sent folder under Outlook's
 * Norwegian name {@code Sendte elementer} with the {@code \Sent} special use, and an empty {@code Sent}
 * beside it as a decoy. Skipped without the server, except on CI, where that is a failure.
 */
@Tag("dovecot")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImapDovecotEndToEndTest {
  static final Path SAMPLE = Path.of("sample-mailbox");
  static final String SENT = "Sendte elementer";
  static final List<String> FOLDERS = List.of("INBOX", SENT, "Archive");

  @TempDir static Path dir;
  static DovecotServer dovecot;
  static Path maildirReport;
  static Map<String, Map<Long, String>> flagsBefore;

  @BeforeAll
  static void fillTheMailboxAndScanTheMaildir() throws Exception {
    dovecot = DovecotServer.require();
    dovecot.replaceMailbox(SAMPLE, Map.of(".Sent", "." + SENT), List.of(".Sent"));
    flagsBefore = flags();
    maildirReport = dir.resolve("maildir-report");
    CliTest.Run run = CliTest.run("scan", SAMPLE.toString(), "--out", maildirReport.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
  }

  static Map<String, Map<Long, String>> flags() throws Exception {
    try (Store store = ImapFixtures.connect(dovecot.imapPort(), dovecot.user(), dovecot.password())) {
      return ImapFixtures.flags(store, List.of("INBOX", SENT, "Archive", "Sent"));
    }
  }

  static String imaps(int port) {
    return "imaps://ingrid%40fjordlys.no@localhost:" + port;
  }

  static CliTest.Run scan(String address, Path out, boolean withCa, List<String> folders) {
    List<String> args = new ArrayList<>(List.of("scan", address, "--password-file", dovecot.passwordFile().toString(),
        "--out", out.toString(), "--no-state"));
    if (withCa) {
      args.addAll(List.of("--ca-cert", dovecot.caCert().toString()));
    }
    for (String folder : folders) {
      args.addAll(List.of("--folder", folder));
    }
    return CliTest.run(args.toArray(String[]::new));
  }

  static String clients(Path report) throws IOException {
    return Files.readString(report.resolve("clients.csv"));
  }

  @Test
  @Order(1)
  void imapsWithTheCaGivesTheMaildirReport() throws IOException {
    Path out = dir.resolve("imaps");
    CliTest.Run run = scan(imaps(dovecot.imapsPort()), out, true, FOLDERS);
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.err().contains("read 837 new messages from 1 source"), run.err());
    assertEquals(clients(maildirReport), clients(out));
  }

  @Test
  @Order(2)
  void withoutFoldersTheSentFolderIsFoundByItsSpecialUse() {
    CliTest.Run run = scan(imaps(dovecot.imapsPort()), dir.resolve("defaults"), true, List.of());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.err().contains("read 741 new messages from 1 source"), run.err());
    assertTrue(run.err().contains("as the IMAP login and the sender of 409 of 409 messages in the Sent folder"), run.err());
  }

  @Test
  @Order(3)
  void starttlsOnThePlainPortWorksToo() {
    CliTest.Run run = scan("imap://ingrid%40fjordlys.no@localhost:" + dovecot.imapPort() + "/Archive",
        dir.resolve("starttls"), true, List.of());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.err().contains("read 96 new messages from 1 source"), run.err());
  }

  @Test
  @Order(4)
  void withoutTheCaTheCertificateIsNotTrusted() {
    CliTest.Run run = scan(imaps(dovecot.imapsPort()), dir.resolve("untrusted"), false, FOLDERS);
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code(), run.err());
    assertEquals("clientlens scan: " + imaps(dovecot.imapsPort())
        + ": could not connect: certificate not trusted (use --ca-cert FILE)\n", run.err());
  }

  @Test
  @Order(5)
  void aConnectionCutMidScanStillGivesTheSameReport() throws IOException {
    Path out = dir.resolve("cut");
    try (CuttingProxy proxy = new CuttingProxy(dovecot.imapsPort(), 1_500_000, false)) {
      CliTest.Run run = scan(imaps(proxy.port()), out, true, FOLDERS);
      assertEquals(ExitCode.OK, run.code(), run.err());
      assertTrue(proxy.hasCut(), "the link was cut");
      assertTrue(proxy.connections() > 1, "and re-established");
      assertTrue(run.err().contains("read 837 new messages from 1 source"), run.err());
    }
    assertEquals(clients(maildirReport), clients(out));
  }

  @Test
  @Order(6)
  void noScanChangedAFlag() throws Exception {
    Map<String, Map<Long, String>> after = flags();
    assertEquals(flagsBefore, after);
    assertEquals(4, after.get("INBOX").values().stream().filter(String::isEmpty).count(), "the 4 unread stay unread");
  }

  @Test
  @Order(7)
  void newMailIsInTheNextScan() throws IOException {
    Path incoming = dir.resolve("incoming");
    Files.createDirectories(incoming);
    Path question = incoming.resolve("1793400000.M900P1.clientlens");
    Files.writeString(question, """
        From: Ola Nordmann <ola@nyklient.no>
        To: Ingrid Solberg <ingrid@fjordlys.no>
        Subject: Nytt oppdrag
        Date: Fri, 30 Oct 2026 20:00:00 +0100
        Message-ID: <nytt-1@nyklient.no>

        Hei Ingrid, har du tid til et nytt oppdrag i november?
        """, StandardCharsets.UTF_8);
    Path answer = incoming.resolve("1793403600.M901P1.clientlens:2,S");
    Files.writeString(answer, """
        From: Ingrid Solberg <ingrid@fjordlys.no>
        To: Ola Nordmann <ola@nyklient.no>
        Subject: Re: Nytt oppdrag
        Date: Fri, 30 Oct 2026 21:00:00 +0100
        Message-ID: <svar-1@fjordlys.no>
        In-Reply-To: <nytt-1@nyklient.no>

        Hei Ola, ja, gjerne. Jeg ringer deg mandag.
        """, StandardCharsets.UTF_8);
    dovecot.deliver(question, "", "new");
    dovecot.deliver(answer, "." + SENT, "cur");

    Path expectedMaildir = dir.resolve("sample-plus-new");
    copyTree(SAMPLE, expectedMaildir);
    Files.copy(question, expectedMaildir.resolve("new").resolve(question.getFileName()));
    Files.createDirectories(expectedMaildir.resolve(".Sent/cur"));
    Files.copy(answer, expectedMaildir.resolve(".Sent/cur").resolve(answer.getFileName()));
    Path expected = dir.resolve("expected-with-new");
    assertEquals(ExitCode.OK, CliTest.run("scan", expectedMaildir.toString(), "--out", expected.toString()).code());

    Path out = dir.resolve("second-scan");
    CliTest.Run run = scan(imaps(dovecot.imapsPort()), out, true, FOLDERS);
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.err().contains("read 839 new messages from 1 source"), run.err());
    assertTrue(clients(out).contains("\nnyklient.no,Ola Nordmann,1,1,1,"), clients(out));
    assertEquals(clients(expected), clients(out));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
