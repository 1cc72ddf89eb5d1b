package dev.clientlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.classify.Classifier;
import dev.clientlens.filter.Owner;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan analyses only what the report uses: a two-way client's mail for tone, ours for deadlines, mail
 * from those we never wrote to for its language alone, mail that cannot count not at all, and a counted
 * message first read too shallowly is read again.
 */
class AnalysisDepthTest {
  @TempDir Path dir;

  private void mail(String path, String from, String to, String id, String body) throws IOException {
    Path file = dir.resolve("mail").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "From: " + from + "\nTo: " + to + "\nSubject: Banner " + id + "\n"
        + "Date: Tue, 14 Apr 2026 09:12:33 +0200\nMessage-ID: <" + id + "@example.test>\n\n" + body + "\n");
  }

  /**
   * One worker, so that messages are worked on in the order they are read: with two, what one worker
   * learns of the owner's mail may come after the other has decided how far to read a message, and the
   * number read again would vary (never the report).
   */
  private ScanSummary scan(Optional<Owner> owner) throws IOException {
    ScanSettings s = ScanSettings.of(List.of(dir.resolve("mail")), dir.resolve("out"));
    ScanSettings settings = new ScanSettings(s.sources(), owner, s.clientList(), s.since(), s.until(), s.out(),
        Optional.empty(), false, 1, s.limits(), s.parser(), s.problems(), true, false);
    return new Pipeline(settings, Classifier.bundled(), Progress.NONE, notice -> { }).run();
  }

  /** messages.csv rows by Message-ID. */
  private Map<String, CSVRecord> rows() throws IOException {
    return rowsBy("messages.csv", "message_id");
  }

  /** clients.csv rows by client key. */
  private Map<String, CSVRecord> clients() throws IOException {
    return rowsBy("clients.csv", "client");
  }

  private Map<String, CSVRecord> rowsBy(String report, String key) throws IOException {
    Map<String, CSVRecord> rows = new HashMap<>();
    try (Reader in = Files.newBufferedReader(dir.resolve("out").resolve(report), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.put(r.get(key), r);
      }
    }
    return rows;
  }

  @Test
  void eachMessageIsAnalysedAsFarAsHowItCountsNeeds() throws IOException {
    mail("cur/1:2,S", "Kari <kari@acme.no>", "ingrid@fjordlys.no", "c1", "Any update on the banner? We need this asap.");
    mail(".Sent/cur/2:2,S", "ingrid@fjordlys.no", "kari@acme.no", "o1", "I will send it by Friday.");
    mail("cur/3:2,S", "Per <per@fjordlys.no>", "ingrid@fjordlys.no", "i1", "Is it done yet? We need it asap.");

    scan(Optional.of(new Owner(Set.of(), Set.of("fjordlys.no"))));

    Map<String, CSVRecord> rows = rows();
    CSVRecord client = rows.get("c1@example.test");
    assertEquals("client_in", client.get("counted_as"));
    assertEquals("1", client.get("urgency"));
    assertEquals("1", client.get("checkin"));
    CSVRecord ours = rows.get("o1@example.test");
    assertEquals("client_out", ours.get("counted_as"));
    assertEquals("en", ours.get("lang"));
    assertEquals("1", ours.get("sentences"));
    assertEquals("", ours.get("urgency"), "our mail is not read for tone");
    CSVRecord colleague = rows.get("i1@example.test");
    assertEquals("internal", colleague.get("counted_as"));
    assertEquals("", colleague.get("lang"), "mail that does not count is not analysed");
    assertEquals("", colleague.get("sentences"));
    assertEquals("", colleague.get("checkin"));
  }

  /** Kari's urgent check-in (c1) and our answer (o1) at these paths, scanned as fjordlys.no's mail. */
  private ScanSummary clientAndOurReply(String hers, String ours) throws IOException {
    mail(hers, "Kari <kari@acme.no>", "ingrid@fjordlys.no", "c1", "Any update on the banner? We need this asap.");
    mail(ours, "ingrid@fjordlys.no", "kari@acme.no", "o1", "I will send it by Friday.");
    return scan(Optional.of(new Owner(Set.of(), Set.of("fjordlys.no"))));
  }

  @Test
  void mailFromACorrespondentWeNeverWroteToIsReadForItsLanguageAlone() throws IOException {
    mail("cur/3:2,S", "Ola <ola@pitch.no>", "ingrid@fjordlys.no", "p1", "Any update on my offer? We need an answer asap.");

    ScanSummary summary = clientAndOurReply("cur/1:2,S", ".Sent/cur/2:2,S");

    assertEquals(0, summary.readAgain(), "the Sent folder is read first, so no client mail is read twice");
    CSVRecord pitch = rows().get("p1@example.test");
    assertEquals("client_in", pitch.get("counted_as"));
    assertEquals("en", pitch.get("lang"));
    assertEquals("", pitch.get("sentences"), "an inbound-only correspondent's tone is not read");
    assertEquals("", pitch.get("urgency"));
    assertEquals("1", rows().get("c1@example.test").get("urgency"), "a two-way client's is");
    CSVRecord inboundOnly = clients().get("pitch.no");
    assertEquals("inbound_only", inboundOnly.get("relationship"));
    assertEquals("", inboundOnly.get("mean_politeness"));
    assertEquals("", inboundOnly.get("urgency_rate"), "no rate where no mail was read for tone, not 0");
    CSVRecord twoWay = clients().get("acme.no");
    assertEquals("two_way", twoWay.get("relationship"));
    assertEquals("1.000", twoWay.get("urgency_rate"));
  }

  @Test
  void aClientsMailReadBeforeWeWroteToItIsReadAgainForItsTone() throws IOException {
    // two plain Maildirs, neither named as a Sent folder: the client's mail is walked before ours
    ScanSummary summary = clientAndOurReply("a/cur/1:2,S", "b/cur/2:2,S");

    assertEquals(1, summary.readAgain(), "read for its language first, before our mail showed the client two-way");
    CSVRecord client = rows().get("c1@example.test");
    assertEquals("1", client.get("urgency"));
    assertEquals("1", client.get("checkin"));
    assertEquals("1.000", clients().get("acme.no").get("urgency_rate"));
  }

  @Test
  void ourMailReadForToneBeforeTheOwnerWasInferredIsReadAgainForItsDeadlines() throws IOException {
    for (int i = 0; i < 3; i++) {
      mail(".Sent/cur/" + i + ":2,S", "ingrid@fjordlys.no", "kari@acme.no", "s" + i, "Here it is. Thanks!");
    }
    // our own mail filed in the inbox: before the owner is known it may be a client's
    mail("cur/9:2,S", "ingrid@fjordlys.no", "kari@acme.no", "o9", "Any update? I will send it by Friday.");
    mail("cur/8:2,S", "Kari <kari@acme.no>", "ingrid@fjordlys.no", "c8",
        "Any update on the banner? We have not heard from you since Monday.");

    ScanSummary summary = scan(Optional.empty());

    assertEquals(5, summary.read());
    assertEquals(1, summary.readAgain());
    CSVRecord ours = rows().get("o9@example.test");
    assertEquals("client_out", ours.get("counted_as"));
    assertEquals("", ours.get("checkin"), "read again to the depth our mail needs, not left with its tone");
    assertTrue(Integer.parseInt(rows().get("c8@example.test").get("checkin")) >= 1, "a client's mail is read for tone");
  }

  @Test
  void aCopyAnalysedOnlyForItsLanguageIsNeverTheOneThatCounts() throws IOException {
    String body = "Where is the plan? Please call me today.";
    mail(".Archive/cur/1:2,S", "Kari <kari@acme.no>", "ingrid@fjordlys.no", "a1", body);
    mail("cur/2:2,S", "Kari <kari@acme.no>", "ingrid@fjordlys.no", "a1", body);
    mail(".Sent/cur/3:2,S", "ingrid@fjordlys.no", "kari@acme.no", "s3", "It is coming.");

    ScanSummary summary = scan(Optional.of(new Owner(Set.of(), Set.of("fjordlys.no"))));

    assertEquals(0, summary.readAgain(), "the walk reads in report order, so the first copy read is the one kept");
    try (Reader in = Files.newBufferedReader(dir.resolve("out/messages.csv"), StandardCharsets.UTF_8)) {
      List<CSVRecord> all = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
          .getRecords();
      CSVRecord kept = all.stream().filter(r -> r.get("location").startsWith(".Archive")).findFirst().orElseThrow();
      CSVRecord copy = all.stream().filter(r -> r.get("location").startsWith("cur/")).findFirst().orElseThrow();
      assertEquals("client_in", kept.get("counted_as"));
      assertEquals("1", kept.get("call_request"));
      assertEquals("duplicate", copy.get("counted_as"));
      assertEquals("", copy.get("call_request"));
    }
  }
}
