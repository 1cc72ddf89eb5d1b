package dev.clientlens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample mailbox holds what SPEC and README promise: the designed clients and every special case. */
class SampleMailboxTest {
  @TempDir static Path dir;
  static GroundTruth truth;
  static List<Mail> mails = new ArrayList<>();

  /** What the assertions need from one file. */
  record Mail(Path file, String folder, String from, List<String> recipients, String subject, String raw,
      String messageId, String inReplyTo, Instant date, String contentType) {
    String header(String name) {
      for (String line : raw.substring(0, raw.indexOf("\n\n")).split("\n")) {
        if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
          return line.substring(name.length() + 1).strip();
        }
      }
      return "";
    }
  }

  @BeforeAll
  static void generate() throws Exception {
    truth = new MailboxGenerator(GeneratorSettings.sample()).writeMaildir(dir);
    for (Path file : Mailboxes.messageFiles(dir)) {
      MimeMessage m = Mailboxes.parse(file);
      String folder = dir.relativize(file).getNameCount() > 2 ? dir.relativize(file).getName(0).toString() : "";
      List<String> recipients = new ArrayList<>();
      for (jakarta.mail.Address a : m.getAllRecipients()) {
        recipients.add(((InternetAddress) a).getAddress());
      }
      mails.add(new Mail(file, folder, ((InternetAddress) m.getFrom()[0]).getAddress(), recipients,
          m.getSubject() == null ? "" : m.getSubject(), Files.readString(file, StandardCharsets.UTF_8),
          m.getMessageID(), Mailboxes.header(m, "In-Reply-To"), m.getSentDate().toInstant(), m.getContentType()));
    }
  }

  @Test
  void truthHasTheDesignedClients() {
    List<ClientTruth> clients = truth.clients();
    assertTrue(clients.size() >= 10, "clients: " + clients.size());
    assertEquals(2, clients.stream().filter(c -> c.client().endsWith(".co.uk")).count());
    assertTrue(clients.stream().anyMatch(c -> c.client().equals("tor.berg@gmail.com")));
    assertTrue(clients.stream().filter(ClientTruth::fireRisk).count() >= 2);
    assertTrue(clients.stream().filter(c -> c.archetype().equals("none") && !c.fireRisk()).count() >= 3);
    for (String archetype : List.of("hands_on", "untrusting", "diy_expert")) {
      Set<String> languages = clients.stream().filter(c -> c.archetype().equals(archetype) && !c.fireRisk())
          .map(ClientTruth::language).collect(Collectors.toSet());
      assertEquals(Set.of("en", "no"), languages, archetype + " in both languages");
    }
    List<String> keys = clients.stream().map(ClientTruth::client).toList();
    assertEquals(keys.stream().sorted().toList(), keys, "sorted by client key");
    for (ClientTruth c : clients) {
      assertTrue(c.messagesIn() > 0 && c.messagesOut() > 0 && c.threads() > 0, c.toString());
      assertTrue(!c.meantToShow().isBlank(), c.client());
    }
    assertTrue(truth.files() >= 500 && truth.files() <= 900, "files: " + truth.files());
    assertEquals("ingrid@fjordlys.no", truth.owner());
    assertEquals(List.of("fjordlys.no"), truth.ourDomains());
  }

  @Test
  void truthCountsMatchTheFiles() {
    assertEquals(truth.count("bulk"), mails.stream().filter(m -> !m.header("List-Id").isEmpty()).count());
    assertEquals(truth.count("bounce"), mails.stream().filter(m -> m.from().startsWith("MAILER-DAEMON")).count());
    assertEquals(truth.count("internal"), mails.stream().filter(m -> m.from().endsWith("@fjordlys.no")
        && m.recipients().stream().allMatch(a -> a.endsWith("@fjordlys.no"))).count());
    Set<String> inboxIds = mails.stream().filter(m -> m.folder().isEmpty()).map(Mail::messageId)
        .collect(Collectors.toSet());
    long copies = mails.stream().filter(m -> m.folder().equals(".Archive") && inboxIds.contains(m.messageId())).count();
    assertEquals(truth.count("duplicate"), copies, "the second copy of each duplicated message");
    assertTrue(truth.count("duplicate") >= 2);
    int in = truth.clients().stream().mapToInt(ClientTruth::messagesIn).sum();
    int out = truth.clients().stream().mapToInt(ClientTruth::messagesOut).sum();
    assertEquals(truth.count("client_in"), in);
    assertEquals(truth.count("client_out"), out);
    List<Mail> sent = mails.stream().filter(m -> m.folder().equals(".Sent")).toList();
    assertTrue(sent.stream().allMatch(m -> m.from().equals("ingrid@fjordlys.no")), "Sent holds only our mail");
    assertEquals(out, sent.stream().filter(m -> m.recipients().stream().anyMatch(a -> !a.endsWith("@fjordlys.no")))
        .count());
  }

  @Test
  void autoRepliesComeWithAndWithoutHeaders() {
    List<Mail> auto = mails.stream().filter(m -> m.subject().matches(
        "^(Automatic reply|Out of Office|Fraværsmelding|Automatisk svar):.*")).toList();
    assertEquals(truth.count("auto_reply"), auto.size());
    assertTrue(auto.stream().anyMatch(m -> m.header("Auto-Submitted").equals("auto-replied")));
    assertTrue(auto.stream().anyMatch(m -> m.header("X-Autoreply").equals("yes")));
    List<Mail> bare = auto.stream()
        .filter(m -> m.header("Auto-Submitted").isEmpty() && m.header("X-Autoreply").isEmpty()).toList();
    assertTrue(bare.size() >= 2, "auto-replies with only a subject prefix: " + bare.size());
  }

  @Test
  void newsletterAndBounceLookTheirPart() {
    List<Mail> bulk = mails.stream().filter(m -> !m.header("List-Unsubscribe").isEmpty()).toList();
    assertTrue(bulk.size() >= 3);
    assertTrue(bulk.stream().allMatch(m -> m.header("Precedence").equals("bulk") && !m.header("List-Id").isEmpty()));
    Mail bounce = mails.stream().filter(m -> m.from().startsWith("MAILER-DAEMON")).findFirst().orElseThrow();
    assertTrue(bounce.contentType().startsWith("multipart/report"), bounce.contentType());
    assertTrue(bounce.contentType().contains("report-type=delivery-status"), bounce.contentType());
  }

  @Test
  void mailComesInTheShapesRealMailPrograms() {
    assertTrue(mails.stream().filter(m -> m.raw().contains("multipart/alternative")
        && m.raw().contains("Content-Type: text/html")).count() >= 10);
    assertTrue(mails.stream().filter(m -> m.contentType().startsWith("text/html")
        && m.header("List-Id").isEmpty()).count() >= 3, "HTML-only client mail");
    assertTrue(mails.stream().anyMatch(m -> m.raw().contains("Content-Transfer-Encoding: 8bit")));
    assertTrue(mails.stream().anyMatch(m -> m.raw().contains("Content-Transfer-Encoding: quoted-printable")));
    assertTrue(mails.stream().anyMatch(m -> m.raw().contains("Content-Type: application/pdf")));
    assertTrue(mails.stream().anyMatch(m -> m.header("From").contains("=?UTF-8?Q?=C3=98yvind")),
        "Norwegian display names are RFC 2047 encoded");
    assertTrue(mails.stream().anyMatch(m -> m.subject().startsWith("SV: ")));
    assertTrue(mails.stream().anyMatch(m -> m.subject().startsWith("Re: ")));
  }

  @Test
  void repliesQuoteInEveryStyle() {
    assertTrue(contains("\n-----Original Message-----\nFrom: "));
    assertTrue(contains("\nFra: ") && contains("\nSendt: ") && contains("\nEmne: "));
    assertTrue(mails.stream().anyMatch(m -> m.raw().matches("(?s).*\nOn \\w{3}, \\d{1,2} \\w{3} 2026 at \\d\\d:\\d\\d, "
        + "Ingrid Solberg <ingrid@fjordlys.no> wrote:\n> .*")));
    assertTrue(mails.stream().anyMatch(m -> m.raw().matches("(?s).*\nDen \\S+ \\d{1,2}\\. \\S+ 2026 "
        + "kl\\. \\d\\d:\\d\\d "
        + "skrev Ingrid Solberg <ingrid@fjordlys.no>:\n> .*")));
    assertTrue(contains("\n-- \n") && contains("Med vennlig hilsen") && contains("Best regards"));
  }

  @Test
  void everyClientHasOneReplyLinkedOnlyBySubject() {
    for (ClientTruth client : truth.clients()) {
      boolean found = mails.stream()
          .filter(m -> belongsTo(m, client.client()))
          .anyMatch(m -> (m.subject().startsWith("Re: ") || m.subject().startsWith("SV: "))
              && m.inReplyTo().isEmpty() && m.header("References").isEmpty()
              && m.header("Auto-Submitted").isEmpty() && m.header("X-Autoreply").isEmpty()
              && !m.subject().matches("^(Automatic reply|Out of Office|Fraværsmelding|Automatisk svar):.*"));
      assertTrue(found, client.client());
    }
  }

  @Test
  void specialClientKeysAreThere() {
    assertTrue(mails.stream().anyMatch(m -> m.from().endsWith("@mail.nordkraft.no")));
    assertTrue(mails.stream().anyMatch(m -> m.from().endsWith("@nordkraft.no")));
    assertEquals(2, mails.stream().map(Mail::from).filter(a -> a.endsWith("ashgrovepartners.com")).distinct().count());
    assertTrue(mails.stream().anyMatch(m -> m.from().equals("tor.berg@gmail.com")));
  }

  @Test
  void dateHeadersCarryEachWritersOffsetAcrossDaylightSaving() {
    Set<String> offsets = mails.stream().map(m -> m.header("Date")).map(d -> d.substring(d.length() - 5))
        .collect(Collectors.toSet());
    assertTrue(offsets.containsAll(Set.of("+0100", "+0200", "+0000", "-0400")), offsets.toString());
  }

  @Test
  void micromanagersChaseWithinHoursAndEasyClientsDoNot() {
    Map<String, Mail> byId = new HashMap<>();
    mails.forEach(m -> byId.putIfAbsent(m.messageId(), m));
    Map<String, Integer> nudges = new HashMap<>();
    for (Mail m : byId.values()) {
      Mail previous = byId.get(m.inReplyTo());
      if (previous != null && !m.from().endsWith("@fjordlys.no") && previous.from().equals(m.from())) {
        Duration gap = Duration.between(previous.date(), m.date());
        if (gap.toMinutes() >= 55 && gap.toHours() <= 4) {
          nudges.merge(domain(m.from()), 1, Integer::sum);
        }
      }
    }
    assertTrue(nudges.getOrDefault("harbourfoods.co.uk", 0) >= 3, nudges.toString());
    assertTrue(nudges.getOrDefault("nordkraft.no", 0) >= 3, nudges.toString());
    assertEquals(0, nudges.getOrDefault("havbris.no", 0) + nudges.getOrDefault("nordlysbryggeri.no", 0),
        nudges.toString());
  }

  @Test
  void expectedClientsCsvHasHeaderAndOneRowPerClient(@TempDir Path out) throws IOException {
    Path csv = out.resolve("expected-clients.csv");
    truth.writeCsv(csv);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals("client,display_name,archetype,fire_risk,language,messages_in,messages_out,threads,meant_to_show",
        lines.get(0));
    assertEquals(truth.clients().size() + 1, lines.size());
    assertTrue(lines.get(1).startsWith(truth.clients().get(0).client() + ","));
  }

  private static boolean contains(String text) {
    return mails.stream().anyMatch(m -> m.raw().contains(text));
  }

  private static boolean belongsTo(Mail m, String client) {
    return client.contains("@") ? m.raw().contains(client) : m.raw().contains("@" + client)
        || m.raw().contains("." + client);
  }

  private static String domain(String address) {
    String d = address.substring(address.indexOf('@') + 1);
    return d.startsWith("mail.") ? d.substring(5) : d;
  }
}
