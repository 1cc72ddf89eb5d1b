package dev.clientlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Text in an address header that is not an address never becomes a client; its message says what was dropped. */
class GarbledAddressesTest {
  @TempDir Path dir;

  private static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }

  @Test
  void onlyRealAddressesBecomeClients() throws IOException {
    Path mail = Files.createDirectories(dir.resolve("mail"));
    List<String> senders = List.of("kari@acme", "kari@acme..no", "kari@-acme-.no", "kari@[10.0.0.1]",
        "kari@acme_no.com", "undisclosed-recipients:;", "Kari Nordmann", "kari@123.45", "kari@@dbl.no",
        "\"kari\"@quoted.no", "\"kari nordmann\"@spaced.no", "kari@acme.no");
    for (int i = 0; i < senders.size(); i++) {
      Files.writeString(mail.resolve(String.format("%02d.eml", i)), "From: " + senders.get(i) + "\r\nTo: me@us.no\r\n"
          + "Subject: t" + i + "\r\nDate: Tue, 14 Apr 2026 09:" + (10 + i) + ":00 +0200\r\nMessage-ID: <g" + i
          + "@x.no>\r\n\r\nHei.\r\n", StandardCharsets.UTF_8);
    }
    Path out = dir.resolve("out");
    ScanSettings s = ScanSettings.of(List.of(mail), out);
    ScanSettings settings = new ScanSettings(s.sources(),
        Optional.of(new Owner(Set.of(EmailAddress.parse("me@us.no").orElseThrow()), Set.of("us.no"))),
        s.clientList(), s.since(), s.until(), out, Optional.empty(), false, 1, s.limits(), s.parser(), s.problems(),
        false, false);
    new Pipeline(settings, Classifier.bundled(), Progress.NONE, notice -> {}).run();

    assertEquals(List.of("acme.no", "quoted.no", "spaced.no"),
        rows(out.resolve("clients.csv")).stream().map(r -> r.get("client")).toList());
    List<CSVRecord> messages = rows(out.resolve("messages.csv"));
    assertEquals(senders.size(), messages.size());
    for (CSVRecord row : messages.subList(0, 9)) {
      assertEquals("other", row.get("counted_as"), row.toString());
      assertEquals("", row.get("client"), row.toString());
      assertEquals(true, row.get("notes").startsWith("From: dropped "), row.toString());
    }
    assertEquals("\"kari nordmann\"@spaced.no", messages.get(10).get("from"));
  }
}
