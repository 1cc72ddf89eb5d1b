package dev.clientlens.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The IMAP source against GreenMail holding the bundled sample mailbox: every message once, in UID
 * order, with its bytes and delivery time; batches of one round trip; nothing changed on the server;
 * a dropped connection resumed without losing or repeating a message.
 */
class ImapSourceTest {
  static final String USER = "ingrid@fjordlys.no";
  static final String PASSWORD = "correct horse battery staple";
  static final Path SAMPLE = Path.of("sample-mailbox");

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD))
      .withPerMethodLifecycle(false);

  static int total;
  static Map<String, Map<Long, String>> flagsBefore;
  static final List<String> FOLDERS = List.of("INBOX", "Archive", "Sent");

  @BeforeAll
  static void loadTheSample() throws Exception {
    total = ImapFixtures.upload(SAMPLE, greenMail, USER);
    try (Store store = ImapFixtures.connect(port(), USER, PASSWORD)) {
      flagsBefore = ImapFixtures.flags(store, FOLDERS);
    }
  }

  static int port() {
    return greenMail.getImap().getPort();
  }

  static ImapSettings settings(int port) {
    return ImapSettings.parse("imap://" + USER.replace("@", "%40") + "@127.0.0.1:" + port,
            ImapSettings.Secret.password(PASSWORD))
        .withTls(ImapSettings.Tls.PLAINTEXT)
        .withFolders(FOLDERS)
        .withRetries(3, Duration.ZERO);
  }

  record Read(List<RawMessage> messages, List<UnreadableMessageException> unreadable) {}

  static Read readAll(MessageSource source) throws IOException {
    List<RawMessage> messages = new ArrayList<>();
    List<UnreadableMessageException> unreadable = new ArrayList<>();
    while (true) {
      try {
        Optional<RawMessage> next = source.next();
        if (next.isEmpty()) {
          return new Read(messages, unreadable);
        }
        messages.add(next.get());
      } catch (UnreadableMessageException e) {
        unreadable.add(e);
      }
    }
  }

  @Test
  void readsEveryMessageOnceSentFirstInMaildirOrderWithItsBytesAndDeliveryTime() throws IOException {
    Read read;
    try (MessageSource source = new ImapSource(settings(port()), Limits.DEFAULT)) {
      assertEquals(total, source.estimatedCount().getAsLong());
      read = readAll(source);
    }
    assertTrue(read.unreadable().isEmpty(), read.unreadable().toString());
    // the Sent folder is read first, then the others in the order of FOLDERS (INBOX, then Archive)
    List<Path> files = ImapFixtures.maildirFiles(SAMPLE).entrySet().stream()
        .sorted(java.util.Comparator.comparing(e -> !ImapFixtures.imapName(SAMPLE, e.getKey()).equals("Sent")))
        .flatMap(e -> e.getValue().stream()).toList();
    assertEquals(files.size(), read.messages().size());
    Pattern location = Pattern.compile("imap:(\\w+);UIDVALIDITY=(\\d+);UID=(\\d+)");
    long lastUid = 0;
    String lastFolder = "";
    for (int i = 0; i < files.size(); i++) {
      RawMessage m = read.messages().get(i);
      Path file = files.get(i);
      Matcher matcher = location.matcher(m.location());
      assertTrue(matcher.matches(), m.location());
      assertEquals(m.folder(), matcher.group(1));
      long uid = Long.parseLong(matcher.group(3));
      assertTrue(!m.folder().equals(lastFolder) || uid > lastUid, "ascending UIDs: " + m.location());
      lastUid = uid;
      lastFolder = m.folder();
      assertEquals(ImapFixtures.imapName(SAMPLE, file.getParent().getParent()), m.folder());
      assertEquals(m.folder().equals("Sent") ? FolderRole.SENT : m.folder().equals("INBOX") ? FolderRole.INBOX
          : FolderRole.OTHER, m.role());
      assertEquals(new String(ImapFixtures.crlf(Files.readAllBytes(file)), StandardCharsets.ISO_8859_1),
          new String(m.bytes(), StandardCharsets.ISO_8859_1), file.toString());
      assertEquals(Optional.of(Instant.ofEpochSecond(ImapFixtures.deliveredEpochSecond(file))), m.deliveredAt());
    }
  }

  @Test
  void withoutFoldersReadsTheSentFolderThenInbox() throws IOException {
    try (MessageSource source = new ImapSource(settings(port()).withFolders(List.of()), Limits.DEFAULT)) {
      Read read = readAll(source);
      assertEquals(List.of("Sent", "INBOX"), read.messages().stream().map(RawMessage::folder).distinct().toList());
      assertTrue(read.messages().stream().filter(m -> m.folder().equals("Sent"))
          .allMatch(m -> m.role() == FolderRole.SENT));
      assertEquals(EmailAddress.parse(USER), source.account());
    }
  }

  @Test
  void namedFoldersAreReadSentFirstThenInTheOrderGiven() throws IOException {
    try (MessageSource source = new ImapSource(settings(port()).withFolders(List.of("Archive", "INBOX", "Sent")),
        Limits.DEFAULT)) {
      assertEquals(List.of("Sent", "Archive", "INBOX"),
          readAll(source).messages().stream().map(RawMessage::folder).distinct().toList());
    }
  }

  @Test
  void eachBatchIsOneRoundTrip() throws IOException {
    ByteArrayOutputStream trace = new ByteArrayOutputStream();
    int batch = 50;
    try (MessageSource source = new ImapSource(settings(port()).withBatchSize(batch), Limits.DEFAULT,
        duration -> { }, Optional.of(new PrintStream(trace, true, StandardCharsets.UTF_8)))) {
      readAll(source);
    }
    List<String> commands = trace.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> line.matches("^[A-Z]+\\d+ .*") && !line.matches("^[A-Z]+\\d+ (OK|NO|BAD) .*")).toList();
    long bodyFetches = commands.stream().filter(c -> c.contains("BODY.PEEK[]")).count();
    long expected = 0;
    for (List<Path> files : ImapFixtures.maildirFiles(SAMPLE).values()) {
      expected += (files.size() + batch - 1) / batch;
    }
    assertEquals(expected, bodyFetches, String.join("\n", commands));
    assertEquals(3, commands.stream().filter(c -> c.contains("RFC822.SIZE")).count(), "one size listing per folder");
    assertTrue(commands.stream().noneMatch(c -> c.matches("[A-Z]+\\d+ (UID )?(STORE|SELECT|EXPUNGE|COPY|MOVE|APPEND) .*")),
        String.join("\n", commands));
    assertTrue(commands.stream().filter(c -> c.contains("FETCH")).allMatch(c -> c.contains("UID FETCH")),
        () -> String.join("\n", commands));
  }

  @Test
  void aScanChangesNoFlag() throws Exception {
    try (MessageSource source = new ImapSource(settings(port()), Limits.DEFAULT)) {
      readAll(source);
    }
    try (Store store = ImapFixtures.connect(port(), USER, PASSWORD)) {
      Map<String, Map<Long, String>> after = ImapFixtures.flags(store, FOLDERS);
      assertEquals(flagsBefore, after);
      assertTrue(after.get("INBOX").values().stream().anyMatch(String::isEmpty), "some messages are unseen");
    }
  }

  @Test
  void messagesOverTheLimitAreRecordedNotFetched() throws IOException {
    Read read;
    try (MessageSource source = new ImapSource(settings(port()), new Limits(4096))) {
      read = readAll(source);
    }
    assertEquals(total, read.messages().size() + read.unreadable().size());
    assertFalse(read.unreadable().isEmpty());
    assertTrue(read.unreadable().get(0).reason().matches("message is \\d+ bytes, over the limit of 4096"),
        read.unreadable().get(0).reason());
    assertTrue(read.messages().stream().allMatch(m -> m.size() <= 4096));
  }

  @Test
  void aDroppedConnectionIsResumedWithoutLosingOrRepeatingAMessage() throws IOException {
    List<String> expected;
    try (MessageSource source = new ImapSource(settings(port()), Limits.DEFAULT)) {
      expected = readAll(source).messages().stream().map(RawMessage::location).toList();
    }
    List<Duration> waits = new ArrayList<>();
    try (CuttingProxy proxy = new CuttingProxy(port(), 400_000, false);
        MessageSource source = new ImapSource(settings(proxy.port()), Limits.DEFAULT, waits::add, Optional.empty())) {
      List<String> got = readAll(source).messages().stream().map(RawMessage::location).toList();
      assertTrue(proxy.hasCut());
      assertEquals(expected, got);
      assertEquals(1, waits.size(), "one reconnect");
    }
  }

  @Test
  void whenReconnectsKeepFailingTheSourceIsUnavailable() throws IOException {
    List<Duration> waits = new ArrayList<>();
    ImapSettings settings;
    try (CuttingProxy proxy = new CuttingProxy(port(), 200_000, true)) {
      settings = settings(proxy.port()).withRetries(3, Duration.ofSeconds(1));
      try (MessageSource source = new ImapSource(settings, Limits.DEFAULT, waits::add, Optional.empty())) {
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class, () -> readAll(source));
        assertTrue(e.getMessage().contains("connection lost, 3 reconnects failed"), e.getMessage());
      }
    }
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
  }

  @Test
  void anUnknownFolderNamesTheFoldersThereAre() {
    SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
        () -> new ImapSource(settings(port()).withFolders(List.of("Nope")), Limits.DEFAULT));
    assertTrue(e.getMessage().endsWith(": could not open folder 'Nope': no such folder (folders: INBOX, Archive, Sent)"),
        e.getMessage());
  }

  @Test
  void aRefusedPasswordIsOneLineWithoutThePassword() {
    ImapSettings wrong = ImapSettings.parse("imap://" + USER.replace("@", "%40") + "@127.0.0.1:" + port(),
        ImapSettings.Secret.password("not-the-password")).withTls(ImapSettings.Tls.PLAINTEXT);
    SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
        () -> new ImapSource(wrong, Limits.DEFAULT));
    assertEquals("imap://ingrid%40fjordlys.no@127.0.0.1:" + port()
        + ": could not log in: the server refused the user name or password", e.getMessage());
  }

  @Test
  void plaintextToAnotherMachineIsRefusedBeforeConnecting() {
    ImapSettings remote = ImapSettings.parse("imap://ingrid@192.0.2.1", ImapSettings.Secret.password(PASSWORD))
        .withTls(ImapSettings.Tls.PLAINTEXT);
    SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
        () -> new ImapSource(remote, Limits.DEFAULT));
    assertTrue(e.getMessage().contains("refusing to log in without TLS: 192.0.2.1 is not a loopback address"),
        e.getMessage());
  }

  @Test
  void anOauth2TokenLogsInWithXoauth2() throws IOException {
    ByteArrayOutputStream trace = new ByteArrayOutputStream();
    ImapSettings oauth = ImapSettings.parse("imap://" + USER.replace("@", "%40") + "@127.0.0.1:" + port(),
            ImapSettings.Secret.oauth2Token(PASSWORD))
        .withTls(ImapSettings.Tls.PLAINTEXT).withFolders(List.of("Archive"));
    try (MessageSource source = new ImapSource(oauth, Limits.DEFAULT, duration -> { },
        Optional.of(new PrintStream(trace, true, StandardCharsets.UTF_8)))) {
      assertFalse(readAll(source).messages().isEmpty());
    }
    assertTrue(trace.toString(StandardCharsets.UTF_8).contains("AUTHENTICATE XOAUTH2"));
  }
}
