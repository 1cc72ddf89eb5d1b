package dev.clientlens.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IMAP addresses, their defaults, and a secret that never shows itself. */
class ImapSettingsTest {
  static final ImapSettings.Secret SECRET = ImapSettings.Secret.password("hunter2-very-secret");

  @TempDir Path dir;

  @Test
  void imapsMeansImplicitTlsOnPort993() {
    ImapSettings s = ImapSettings.parse("imaps://ingrid@mail.example.no", SECRET);
    assertEquals("mail.example.no", s.host());
    assertEquals(993, s.port());
    assertEquals("ingrid", s.user());
    assertEquals(ImapSettings.Tls.IMAPS, s.tls());
    assertEquals(List.of(), s.folders());
    assertEquals(ImapSettings.DEFAULT_BATCH_SIZE, s.batchSize());
    assertEquals("imaps://ingrid@mail.example.no", s.describe());
  }

  @Test
  void imapMeansStarttlsOnPort143() {
    ImapSettings s = ImapSettings.parse("IMAP://ingrid@Mail.Example.no", SECRET);
    assertEquals(ImapSettings.Tls.STARTTLS, s.tls());
    assertEquals(143, s.port());
    assertEquals("mail.example.no", s.host());
  }

  @Test
  void anEncodedAtInTheUserAPortAndAFolder() {
    ImapSettings s = ImapSettings.parse("imaps://ingrid%40fjordlys.no@imap.example.com:1993/Sendte%20elementer", SECRET);
    assertEquals("ingrid@fjordlys.no", s.user());
    assertEquals(1993, s.port());
    assertEquals(List.of("Sendte elementer"), s.folders());
    assertEquals("imaps://ingrid%40fjordlys.no@imap.example.com:1993", s.describe());
  }

  @Test
  void aRawAtInTheUserIsTakenUpToTheLastAt() {
    assertEquals("ingrid@fjordlys.no", ImapSettings.parse("imaps://ingrid@fjordlys.no@imap.gmail.com", SECRET).user());
  }

  @Test
  void aGmailFolderPathAndAnIpv6Host() {
    ImapSettings s = ImapSettings.parse("imaps://me%40gmail.com@[::1]:9993/[Gmail]/Sent%20Mail/", SECRET);
    assertEquals("::1", s.host());
    assertEquals(9993, s.port());
    assertEquals(List.of("[Gmail]/Sent Mail"), s.folders());
    assertEquals("imaps://me%40gmail.com@[::1]:9993", s.describe());
  }

  @Test
  void badAddressesSayWhatIsWrongAndTheAcceptedForm() {
    for (String bad : List.of("pop3://me@host", "imaps://mail.example.no", "imaps://me@", "imaps://me@host:99999",
        "imaps://me@host:abc", "imaps://me@host/%zz", "imaps://me@[::1")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImapSettings.parse(bad, SECRET), bad);
      assertTrue(e.getMessage().startsWith("not an IMAP address: '" + bad + "': "), e.getMessage());
      assertTrue(e.getMessage().contains("expected imaps://user@host[:port][/folder]"), e.getMessage());
    }
  }

  @Test
  void aPasswordInTheAddressIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ImapSettings.parse("imaps://ingrid:hunter2@mail.example.no", SECRET));
    assertTrue(e.getMessage().contains("credentials are never accepted on the command line"), e.getMessage());
  }

  @Test
  void theSecretNeverShowsItself() {
    ImapSettings s = ImapSettings.parse("imaps://ingrid@mail.example.no", SECRET);
    assertFalse(s.toString().contains("hunter2"), s.toString());
    assertEquals("Secret[password, ****]", SECRET.toString());
    assertEquals("Secret[OAuth2 token, ****]", ImapSettings.Secret.oauth2Token("ya29.token").toString());
  }

  @Test
  void aSecretFileGivesItsFirstLineWithoutTheLineEnd() throws IOException {
    Path file = dir.resolve("password");
    Files.writeString(file, "p4ss word\r\nsecond line\n");
    ImapSettings.Secret secret = ImapSettings.Secret.readFile(file, ImapSettings.Secret.Kind.PASSWORD);
    assertEquals("p4ss word", secret.reveal());
    assertEquals(ImapSettings.Secret.Kind.PASSWORD, secret.kind());
  }

  @Test
  void anEmptyOrMissingSecretFileIsAnErrorThatShowsNoContent() throws IOException {
    Path empty = dir.resolve("empty");
    Files.writeString(empty, "\nhunter2\n");
    IOException e = assertThrows(IOException.class,
        () -> ImapSettings.Secret.readFile(empty, ImapSettings.Secret.Kind.OAUTH2_TOKEN));
    assertEquals(empty + ": could not read OAuth2 token file: its first line is empty", e.getMessage());
    IOException missing = assertThrows(IOException.class,
        () -> ImapSettings.Secret.readFile(dir.resolve("nope"), ImapSettings.Secret.Kind.PASSWORD));
    assertEquals(dir.resolve("nope") + ": could not read password file: no such file", missing.getMessage());
  }

  @Test
  void onlyImapAddressesAreTakenForImap() {
    assertTrue(ImapSettings.isImapAddress("imaps://me@host"));
    assertTrue(ImapSettings.isImapAddress("IMAP://me@host"));
    assertFalse(ImapSettings.isImapAddress("imap-export/"));
    assertFalse(ImapSettings.isImapAddress("/home/me/Maildir"));
  }

  @Test
  void loopbackIsTheHostsOwnAddressOnly() {
    assertTrue(ImapSettings.parse("imap://me@127.0.0.1", SECRET).hostIsLoopback());
    assertTrue(ImapSettings.parse("imap://me@[::1]", SECRET).hostIsLoopback());
    assertFalse(ImapSettings.parse("imap://me@192.0.2.1", SECRET).hostIsLoopback());
  }

  @Test
  void aPasswordInAnAddressIsHiddenWhereverTheAddressIsShown() {
    assertEquals("imaps://user:****@host", ImapSettings.redact("imaps://user:S3cret@host"));
    assertEquals("imap://user:****@host:143/INBOX", ImapSettings.redact(" imap://user:S3cret@host:143/INBOX "));
    assertEquals("imaps://u:****@host", ImapSettings.redact("imaps://u:p@ss/w:rd x@host"), "@, / and spaces");
    for (String plain : List.of("imaps://ingrid%40fjordlys.no@imap.example.com:1993/Sent",
        "imaps://me%40gmail.com@[::1]:9993", "imaps://[::1]:993", "imaps://ingrid@fjordlys.no@imap.gmail.com")) {
      assertEquals(plain, ImapSettings.redact(plain), "nothing to hide in " + plain);
    }
    assertEquals("Unmatched argument: 'imaps://u:****@h' and 'IMAP://v:****@k/x'",
        ImapSettings.redactAll("Unmatched argument: 'imaps://u:S3cret@h' and 'IMAP://v:S3cret@k/x'"));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> ImapSettings.parse("imaps://user:S3cret@host", SECRET));
    assertFalse(refused.getMessage().contains("S3cret"), refused.getMessage());
    assertTrue(refused.getMessage().contains("imaps://user:****@host"), refused.getMessage());
    IllegalArgumentException slash = assertThrows(IllegalArgumentException.class,
        () -> ImapSettings.parse("imaps://user:S3/cret@host", SECRET));
    assertFalse(slash.getMessage().contains("cret"), slash.getMessage());
  }

  @Test
  void aColonInTheUserNameIsShownEncoded() {
    assertEquals("imaps://user%3AS3cret@host", ImapSettings.parse("imaps://user%3AS3cret@host", SECRET).describe());
  }
}
