package dev.clientlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.classify.Classifier;
import dev.clientlens.source.Limits;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytes of the messages being read and parsed stay within the memory budget of {@link Limits}, however
 * large the messages: batches end when the budget is full, and a message file over the streaming size is
 * parsed from the file. Every message is still reported.
 */
class InFlightMemoryTest {
  private static final int MIB = 1024 * 1024;
  private static final long BUDGET = 4L * MIB;
  private static final int STREAM_ABOVE = 2 * MIB;

  @TempDir Path dir;
  Path mail;

  @BeforeEach
  void mailbox() throws IOException {
    mail = dir.resolve("mail");
    Path cur = Files.createDirectories(mail.resolve("cur"));
    Files.createDirectories(mail.resolve("new"));
    for (int i = 1; i <= 6; i++) {
      // 1.5 MB of text: read into memory whole.
      write(cur.resolve("17000000" + (10 + i) + ".M" + i + ".host:2,S"), i, "Long text", "line of text\r\n".repeat(110_000));
    }
    for (int i = 7; i <= 9; i++) {
      // 3 MB: over the streaming size, parsed from the file.
      write(cur.resolve("17000000" + (10 + i) + ".M" + i + ".host:2,S"), i, "With attachment", attachment(3 * MIB));
    }
    for (int i = 10; i <= 20; i++) {
      write(cur.resolve("17000000" + (10 + i) + ".M" + i + ".host:2,S"), i, "Short", "Hi, a short one.\r\n");
    }
  }

  private static void write(Path file, int i, String subject, String body) throws IOException {
    boolean multipart = body.startsWith("--b");
    String headers = "From: Kari " + i + " <kari" + i + "@client" + (i % 3) + ".no>\r\n"
        + "To: me@us.no\r\n"
        + "Subject: " + subject + " " + i + "\r\n"
        + "Date: Tue, 14 Apr 2026 " + (10 + i % 10) + ":00:00 +0200\r\n"
        + "Message-ID: <m" + i + "@client.no>\r\n"
        + "MIME-Version: 1.0\r\n"
        + (multipart ? "Content-Type: multipart/mixed; boundary=\"b\"\r\n" : "Content-Type: text/plain; charset=utf-8\r\n")
        + "\r\n";
    Files.writeString(file, headers + body, StandardCharsets.UTF_8);
  }

  private static String attachment(int bytes) {
    String data = Base64.getMimeEncoder().encodeToString(new byte[bytes * 3 / 4]);
    return "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe report is attached.\r\n"
        + "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"report.pdf\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n" + data + "\r\n--b--\r\n";
  }

  private ScanSettings settings(Path out, Limits limits) {
    ScanSettings s = ScanSettings.of(List.of(mail), out);
    return new ScanSettings(s.sources(), s.owner(), s.clientList(), s.since(), s.until(), out, Optional.empty(), false,
        4, limits, s.parser(), s.problems(), false, false);
  }

  private static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }

  @Test
  void bytesInFlightNeverExceedTheBudgetAndEveryMessageIsReported() throws IOException {
    Path out = dir.resolve("small");
    Pipeline pipeline = new Pipeline(settings(out, Limits.DEFAULT.withInFlight(BUDGET, STREAM_ABOVE)),
        Classifier.bundled(), Progress.NONE, notice -> {});
    ScanSummary summary = pipeline.run();

    assertTrue(pipeline.peakInFlightBytes() <= BUDGET, "peak " + pipeline.peakInFlightBytes() + " > " + BUDGET);
    assertTrue(pipeline.peakInFlightBytes() >= 3 * MIB / 2, "the budget counted the large messages");
    assertEquals(20, summary.read());
    List<CSVRecord> messages = rows(out.resolve("messages.csv"));
    assertEquals(20, messages.size());
    assertTrue(rows(out.resolve("skipped.csv")).isEmpty());
    for (CSVRecord row : messages) {
      assertEquals("client_in", row.get("counted_as"), row.toString());
    }
    long withAttachment = messages.stream().filter(r -> r.get("attachments").equals("1")).count();
    assertEquals(3, withAttachment, "the streamed messages' parts were read from their files");
  }

  /** The same scan with room for everything holds more at once: the small budget is what kept it down. */
  @Test
  void aLargeBudgetTakesMoreAtOnceAndWritesTheSameReports() throws IOException {
    Path small = dir.resolve("small");
    new Pipeline(settings(small, Limits.DEFAULT.withInFlight(BUDGET, STREAM_ABOVE)), Classifier.bundled(),
        Progress.NONE, notice -> {}).run();
    Path large = dir.resolve("large");
    Pipeline roomy = new Pipeline(settings(large, Limits.DEFAULT.withInFlight(256L * MIB, 8 * MIB)),
        Classifier.bundled(), Progress.NONE, notice -> {});
    roomy.run();

    assertTrue(roomy.peakInFlightBytes() > BUDGET, "all 20 messages fit in one batch: " + roomy.peakInFlightBytes());
    for (String file : List.of("clients.csv", "messages.csv", "skipped.csv")) {
      assertEquals(Files.readString(large.resolve(file)), Files.readString(small.resolve(file)), file);
    }
  }

  /** An mbox message is in memory once read: one larger than the whole budget is skipped, with the reason. */
  @Test
  void anMboxMessageLargerThanTheBudgetIsSkippedWithTheReason() throws IOException {
    Path mbox = dir.resolve("mail.mbox");
    String big = "line of text\n".repeat(400_000);
    Files.writeString(mbox, "From a@b Tue Apr 14 07:12:33 2026\nFrom: a@client.no\nTo: me@us.no\nSubject: big\n\n"
        + big + "\nFrom a@b Tue Apr 14 07:12:34 2026\nFrom: a@client.no\nTo: me@us.no\nSubject: small\n\nhi\n");
    Path out = dir.resolve("mbox-out");
    ScanSettings s = settings(out, Limits.DEFAULT.withInFlight(BUDGET, STREAM_ABOVE));
    ScanSettings mboxScan = new ScanSettings(List.of(dev.clientlens.source.SourceSpec.local(mbox)), s.owner(),
        s.clientList(), s.since(), s.until(), out, s.state(), false, s.workers(), s.limits(), s.parser(), s.problems(),
        false, false);
    ScanSummary summary = new Pipeline(mboxScan, Classifier.bundled(), Progress.NONE, notice -> {}).run();

    assertEquals(2, summary.read());
    List<CSVRecord> skipped = rows(out.resolve("skipped.csv"));
    assertEquals(1, skipped.size());
    assertEquals("mail.mbox#1", skipped.get(0).get("location"));
    assertTrue(skipped.get(0).get("reason").contains("more than the memory budget for messages in flight"),
        skipped.get(0).get("reason"));
    assertEquals(1, rows(out.resolve("messages.csv")).size());
  }
}
