package dev.clientlens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.domain.FolderRole;
import dev.clientlens.source.Limits;
import dev.clientlens.source.MessageSource;
import dev.clientlens.source.RawMessage;
import dev.clientlens.source.Sources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message file over the streaming size of {@link Limits} is parsed from the file, never read into memory
 * whole, and gives the same parse as the same bytes held in memory.
 */
class StreamedMessageTest {
  private static final int MIB = 1024 * 1024;

  @TempDir Path dir;

  private static String message(int attachmentLines) {
    String line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3\r\n";
    return "From: \"Kari Nordmann\" <kari@acme.no>\r\nTo: me@us.no\r\nCc: boss@acme.no\r\n"
        + "Subject: Report\r\nDate: Tue, 14 Apr 2026 09:30:00 +0200\r\nMessage-ID: <r1@acme.no>\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
        + "--outer\r\nContent-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n"
        + "--inner\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHei, rapporten er vedlagt. Kan du se på den innen fredag?\r\n"
        + "--inner\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hei</p>\r\n--inner--\r\n"
        + "--outer\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"big.pdf\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n" + line.repeat(attachmentLines)
        + "--outer\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"logo.png\"\r\n\r\nPNG\r\n"
        + "--outer--\r\n";
  }

  private RawMessage readOne(Path file, Limits limits) throws IOException {
    try (MessageSource source = Sources.open(file.getParent().getParent(), limits)) {
      return source.next().orElseThrow();
    }
  }

  @Test
  void aLargeFileIsParsedFromTheFileLikeTheSameBytesInMemory() throws IOException, ParseProblem {
    Path cur = Files.createDirectories(dir.resolve("mail").resolve("cur"));
    Path file = Files.writeString(cur.resolve("1700000000.M1.host:2,S"), message(40_000), StandardCharsets.UTF_8);
    assertTrue(Files.size(file) > 3 * MIB);

    RawMessage streamed = readOne(file, Limits.DEFAULT.withInFlight(8L * MIB, 2 * MIB));
    assertTrue(streamed.streamed());
    assertEquals(2 * MIB, streamed.inFlightBytes(), "a streamed message costs the streaming size, not its size");
    RawMessage inMemory = new RawMessage(streamed.location(), streamed.folder(), FolderRole.INBOX,
        streamed.deliveredAt().orElse(null), Files.readAllBytes(file));
    assertFalse(inMemory.streamed());

    MessageParser parser = new MessageParser(ParserSettings.DEFAULT);
    ParsedMessage fromFile = parser.parse(streamed);
    ParsedMessage fromMemory = parser.parse(inMemory);
    assertEquals(fromMemory, fromFile);
    assertEquals(List.of("big.pdf", "logo.png"), fromFile.attachments());
    assertTrue(fromFile.text().contains("innen fredag"), fromFile.text());
  }

  @Test
  void aFileUnderTheStreamingSizeIsReadWholeWhenParsed() throws IOException {
    Path cur = Files.createDirectories(dir.resolve("mail").resolve("cur"));
    Path file = Files.writeString(cur.resolve("1700000000.M1.host:2,S"), message(10), StandardCharsets.UTF_8);
    RawMessage raw = readOne(file, Limits.DEFAULT);
    assertFalse(raw.streamed());
    assertEquals(Files.size(file), raw.inFlightBytes());
  }
}
