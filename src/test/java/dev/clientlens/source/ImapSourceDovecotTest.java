package dev.clientlens.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The protocol a scan speaks to a real Dovecot, from Jakarta Mail's trace: which commands, and how many
 * round trips per batch. Skipped without the server, except on CI.
 */
@Tag("dovecot")
class ImapSourceDovecotTest {
  static DovecotServer dovecot;

  @BeforeAll
  static void fillTheMailbox() throws IOException {
    dovecot = DovecotServer.require();
    dovecot.replaceMailbox(Path.of("sample-mailbox"), Map.of(), List.of());
  }

  @Test
  void eachBatchOfBodiesIsOneUidFetch() throws IOException {
    ImapSettings settings = ImapSettings.parse("imaps://ingrid%40fjordlys.no@localhost:" + dovecot.imapsPort(),
            ImapSettings.Secret.password(dovecot.password()))
        .withCaCert(dovecot.caCert())
        .withFolders(List.of("INBOX", "Archive", "Sent"))
        .withBatchSize(100);
    ByteArrayOutputStream trace = new ByteArrayOutputStream();
    ImapSourceTest.Read read;
    try (MessageSource source = new ImapSource(settings, Limits.DEFAULT, duration -> { },
        Optional.of(new PrintStream(trace, true, StandardCharsets.UTF_8)))) {
      read = ImapSourceTest.readAll(source);
    }
    assertEquals(837, read.messages().size());
    List<String> commands = trace.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> line.matches("^[A-Z]+\\d+ .*") && !line.matches("^[A-Z]+\\d+ (OK|NO|BAD) .*")).toList();
    // INBOX 332, Archive 96, Sent 409 messages: 4 + 1 + 5 batches of at most 100.
    assertEquals(10, commands.stream().filter(c -> c.contains("BODY.PEEK[]")).count(), String.join("\n", commands));
    assertEquals(3, commands.stream().filter(c -> c.contains("UID SEARCH ALL")).count());
    assertEquals(3, commands.stream().filter(c -> c.contains("(UID RFC822.SIZE)")).count());
    assertEquals(3, commands.stream().filter(c -> c.contains("EXAMINE")).count());
    assertTrue(commands.stream().noneMatch(c -> c.matches("[A-Z]+\\d+ (UID )?(STORE|SELECT|EXPUNGE|COPY|MOVE|APPEND) .*")),
        String.join("\n", commands));
    assertTrue(commands.size() < 40, commands.size() + " commands for 837 messages:\n" + String.join("\n", commands));
  }
}
