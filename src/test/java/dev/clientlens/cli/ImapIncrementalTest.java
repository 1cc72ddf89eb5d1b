package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.clientlens.source.ImapFixtures;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly scans over IMAP with the store: the second scan fetches nothing, a scan after new mail fetches
 * only the new message, and every report equals a scan that reads everything again.
 */
class ImapIncrementalTest {
  static final String USER = "ingrid@fjordlys.no";
  static final String PASSWORD = "nightly-secret";

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD));

  @TempDir Path dir;

  private CliTest.Run scan(String out, String... store) {
    List<String> args = new ArrayList<>(List.of("scan", "imap://ingrid%40fjordlys.no@127.0.0.1:"
        + greenMail.getImap().getPort(), "--insecure-plaintext", "--folder", "INBOX", "--folder", "Sent",
        "--folder", "Archive", "--out", dir.resolve(out).toString()));
    args.addAll(List.of(store));
    return ImapScanTest.run(Map.of("CLIENTLENS_PASSWORD", PASSWORD), args.toArray(String[]::new));
  }

  @Test
  void nightlyScansFetchOnlyNewMessages() throws Exception {
    ImapFixtures.upload(Path.of("sample-mailbox"), greenMail, USER);
    String state = dir.resolve("state").toString();

    CliTest.Run first = scan("r1", "--state", state);
    assertEquals(ExitCode.OK, first.code(), first.err());
    assertTrue(first.err().contains("read 837 new messages"), first.err());
    CliTest.Run second = scan("r2", "--state", state);
    assertTrue(second.err().contains("read 0 new messages"), second.err());
    assertEquals(Files.readString(dir.resolve("r1/clients.csv")), Files.readString(dir.resolve("r2/clients.csv")));

    String mail = "From: Kari <kari@nyklient.no>\r\nTo: ingrid@fjordlys.no\r\nSubject: Tilbud\r\n"
        + "Date: Fri, 30 Oct 2026 10:00:00 +0100\r\nMessage-ID: <new-1@nyklient.no>\r\n\r\nHei! Kan du sende et tilbud?\r\n";
    greenMail.getManagers().getImapHostManager().getInbox(greenMail.getUserManager().getUserByEmail(USER))
        .appendMessage(new MimeMessage(Session.getInstance(new Properties()),
            new ByteArrayInputStream(mail.getBytes(StandardCharsets.US_ASCII))), new Flags(), new Date(1_793_350_000_000L));
    CliTest.Run third = scan("r3", "--state", state);
    assertTrue(third.err().contains("read 1 new messages"), third.err());
    assertTrue(Files.readString(dir.resolve("r3/clients.csv")).contains("\nnyklient.no,Kari,1,0,"));

    CliTest.Run fresh = scan("fresh", "--no-state");
    assertEquals(ExitCode.OK, fresh.code(), fresh.err());
    for (String file : List.of("clients.csv", "messages.csv")) {
      assertEquals(Files.readString(dir.resolve("fresh").resolve(file)), Files.readString(dir.resolve("r3").resolve(file)),
          file);
    }
  }
}
