package dev.clientlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.classify.Classifier;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.filter.Owner;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Header values are written by whoever sent the mail: NUL bytes, other controls and bidi overrides in
 * them never reach a report cell, and the message's notes say which headers lost some.
 */
class HostileHeadersTest {
  @TempDir Path dir;

  private static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }

  @Test
  void controlAndBidiCharactersFromHeadersAreRemovedFromEveryReportAndNoted() throws IOException {
    Path mail = Files.createDirectories(dir.resolve("mail"));
    Files.writeString(mail.resolve("1.eml"), "From: \"Kari\u202E\u0000 Nordmann\" <kari@acme.no>\r\n"
        + "To: =?UTF-8?Q?Me=E2=81=A6=07?= <me@us.no>\r\n"
        + "Subject: Hei\u0000\r\n"
        + "Date: Tue, 14 Apr 2026 09:30:00 +0200\r\n"
        + "Message-ID: <a\u0000b\u202Ec@acme.no>\r\n\r\nHei, kan du ringe meg?\r\n", StandardCharsets.UTF_8);
    Files.writeString(mail.resolve("2.eml"), "From: me@us.no\r\nTo: \"\u0000=HYPERLINK(1)\" <kari@acme.no>\r\n"
        + "Date: Tue, 14 Apr 2026 10:30:00 +0200\r\nMessage-ID: <r@us.no>\r\nIn-Reply-To: <a\u0000b\u202Ec@acme.no>\r\n"
        + "\r\nJa.\r\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ScanSettings s = ScanSettings.of(List.of(mail), out);
    ScanSettings settings = new ScanSettings(s.sources(),
        Optional.of(new Owner(Set.of(EmailAddress.parse("me@us.no").orElseThrow()), Set.of("us.no"))),
        s.clientList(), s.since(), s.until(), out, Optional.empty(), false, 1, s.limits(), s.parser(), s.problems(),
        false, false);
    new Pipeline(settings, Classifier.bundled(), Progress.NONE, notice -> {}).run();

    for (String file : List.of("messages.csv", "clients.csv", "skipped.csv")) {
      String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
      assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\r' && c != '\n' || c >= 0x7f && c <= 0x9f),
          file + " has a control character");
      assertFalse(text.chars().anyMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069),
          file + " has a bidi control");
    }
    List<CSVRecord> messages = rows(out.resolve("messages.csv"));
    assertEquals("abc@acme.no", messages.get(0).get("message_id"));
    assertEquals("control characters removed from Message-ID, From name, To name", messages.get(0).get("notes"));
    assertEquals("control characters removed from To name", messages.get(1).get("notes"));
    CSVRecord client = rows(out.resolve("clients.csv")).get(0);
    assertEquals("acme.no", client.get("client"));
    assertTrue(client.get("display_name").equals("Kari Nordmann") || client.get("display_name").equals("'=HYPERLINK(1)"),
        client.get("display_name"));
  }
}
