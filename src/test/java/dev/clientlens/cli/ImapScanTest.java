package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.clientlens.source.ImapFixtures;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan imap://...} against GreenMail holding the bundled sample mailbox: the same client report
 * as the Maildir, no flag changed, and one clear line (and the right exit code) for each way it can
 * go wrong, with no credential in any output.
 */
class ImapScanTest {
  static final String USER = "ingrid@fjordlys.no";
  static final String PASSWORD = "fjord-7-lys-secret";
  static final List<String> FOLDERS = List.of("INBOX", "Sent", "Archive");

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD))
      .withPerMethodLifecycle(false);

  @TempDir static Path dir;
  static Map<String, Map<Long, String>> flagsBefore;
  static Path maildirReport;

  @BeforeAll
  static void loadTheSampleAndScanItAsMaildir() throws Exception {
    ImapFixtures.upload(Path.of("sample-mailbox"), greenMail, USER);
    try (Store store = ImapFixtures.connect(port(), USER, PASSWORD)) {
      flagsBefore = ImapFixtures.flags(store, FOLDERS);
    }
    maildirReport = dir.resolve("maildir-report");
    CliTest.Run run = CliTest.run("scan", "sample-mailbox", "--out", maildirReport.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
  }

  static int port() {
    return greenMail.getImap().getPort();
  }

  static String address() {
    return "imap://ingrid%40fjordlys.no@127.0.0.1:" + port();
  }

  /** Runs the CLI in-process with the given environment. */
  static CliTest.Run run(Map<String, String> environment, String... given) {
    List<String> list = new ArrayList<>(List.of(given));
    if (list.get(0).equals("scan") && !list.contains("--state") && !list.contains("--no-state")
        && !list.contains("--help")) {
      list.add("--no-state");
    }
    String[] args = list.toArray(new String[0]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Cli(java.io.InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, environment).execute(args);
    return new CliTest.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String[] scan(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("scan", address(), "--insecure-plaintext", "--out", out.toString()));
    for (String folder : FOLDERS) {
      args.add("--folder");
      args.add(folder);
    }
    args.addAll(Arrays.asList(more));
    return args.toArray(String[]::new);
  }

  @Test
  void theImapReportIsTheMaildirReportAndNoFlagChanged() throws Exception {
    Path out = dir.resolve("imap-report");
    CliTest.Run run = run(Map.of("CLIENTLENS_PASSWORD", PASSWORD), scan(out));
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(Files.readString(maildirReport.resolve("clients.csv")), Files.readString(out.resolve("clients.csv")));
    assertTrue(run.err().contains("owner: inferred ingrid@fjordlys.no (domain fjordlys.no) as the IMAP login and "
        + "the sender of 409 of 409 messages in the Sent folder"), run.err());
    assertTrue(run.err().contains("read 837 new messages from 1 source"), run.err());
    assertTrue(Files.readString(out.resolve("messages.csv")).contains("imap:Sent;UIDVALIDITY="));
    try (Store store = ImapFixtures.connect(port(), USER, PASSWORD)) {
      Map<String, Map<Long, String>> after = ImapFixtures.flags(store, FOLDERS);
      assertEquals(flagsBefore, after);
      assertEquals(4, after.get("INBOX").values().stream().filter(String::isEmpty).count(), "the 4 unread stay unread");
    }
  }

  @Test
  void thePasswordFileIsReadAndTheDefaultFoldersAreInboxAndSent() throws IOException {
    Path passwordFile = dir.resolve("password");
    Files.writeString(passwordFile, PASSWORD + "\n");
    Path out = dir.resolve("default-folders");
    CliTest.Run run = run(Map.of(), "scan", address(), "--insecure-plaintext", "--password-file", passwordFile.toString(),
        "--out", out.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.err().contains("read 741 new messages from 1 source"), run.err());
  }

  @Test
  void aWrongPasswordIsExitThreeWithOneLineAndNoPassword() throws IOException {
    Path passwordFile = dir.resolve("wrong-password");
    Files.writeString(passwordFile, "wrong-" + PASSWORD + "\n");
    CliTest.Run run = run(Map.of(), scan(dir.resolve("r"), "--password-file", passwordFile.toString()));
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code(), run.err());
    assertEquals("clientlens scan: imap://ingrid%40fjordlys.no@127.0.0.1:" + port()
        + ": could not log in: the server refused the user name or password\n", run.err());
    assertEquals("", run.out());
    assertFalse(run.err().contains(PASSWORD));
  }

  @Test
  void plaintextToAnotherMachineIsAUsageError() {
    CliTest.Run run = run(Map.of("CLIENTLENS_PASSWORD", PASSWORD),
        "scan", "imap://ingrid@192.0.2.1", "--insecure-plaintext", "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertEquals("clientlens scan: imap://ingrid@192.0.2.1: --insecure-plaintext is allowed only to a loopback address, "
        + "and 192.0.2.1 is not one: the password and the mail would cross the network unencrypted\n", run.err());
  }

  @Test
  void withoutTlsOptInAServerWithoutStarttlsIsRefused() {
    CliTest.Run run = run(Map.of("CLIENTLENS_PASSWORD", PASSWORD),
        "scan", address(), "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code(), run.err());
    assertTrue(run.err().startsWith("clientlens scan: " + address() + ": could not connect: the server does not offer STARTTLS"),
        run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  @Test
  void noPasswordAnywhereIsAUsageErrorNamingWhereToPutIt() {
    CliTest.Run run = run(Map.of(), "scan", address(), "--insecure-plaintext");
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertTrue(run.err().contains("no password: use --password-file FILE, the environment variable CLIENTLENS_PASSWORD, "
        + "or --oauth2-token-file FILE"), run.err());
  }

  @Test
  void imapOptionsWithoutAnImapSourceAreAUsageError() {
    CliTest.Run run = run(Map.of(), "scan", "sample-mailbox", "--folder", "Sent");
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertTrue(run.err().contains("--folder: only for IMAP sources"), run.err());
  }

  @Test
  void anUnknownFolderIsExitThreeListingTheFolders() {
    CliTest.Run run = run(Map.of("CLIENTLENS_PASSWORD", PASSWORD),
        "scan", address(), "--insecure-plaintext", "--folder", "Sendt", "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code(), run.err());
    assertTrue(run.err().contains(": could not open folder 'Sendt': no such folder (folders: INBOX, Archive, Sent)"),
        run.err());
  }

  @Test
  void helpListsTheImapOptions() {
    CliTest.Run run = CliTest.run("scan", "--help");
    for (String option : List.of("--password-file", "--oauth2-token-file", "--ca-cert", "--folder", "--insecure-plaintext",
        "CLIENTLENS_PASSWORD")) {
      assertTrue(run.out().contains(option), option);
    }
  }
}
