package dev.clientlens.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.domain.Verdict;
import dev.clientlens.parse.MessageParser;
import dev.clientlens.parse.ParseProblem;
import dev.clientlens.parse.ParsedMessage;
import dev.clientlens.parse.ParserSettings;
import dev.clientlens.source.RawMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Machine-sent mail without list headers: the signs that settle it, the weaker signs, and how the sender's
 * history with us weighs them; the real messages come from the labelled Enron subset.
 */
class AutomatedMailTest {
  private static final Path SUBSET = Path.of("src/test/resources/real-mail/badeer-r-subset");
  private final MessageParser parser = new MessageParser(ParserSettings.DEFAULT);
  private final AutomatedMail rules = new AutomatedMail();

  private ParsedMessage parse(String headers, String body) throws ParseProblem {
    String text = headers.replace("|", "\n") + "\nTo: ingrid@fjordlys.no\nDate: Tue, 14 Apr 2026 09:12:33 +0200\n\n" + body;
    return parser.parse(new RawMessage("m", "INBOX", FolderRole.INBOX, null, text.getBytes(StandardCharsets.UTF_8)));
  }

  private ParsedMessage real(String file) throws IOException, ParseProblem {
    return parser.parse(new RawMessage(file, "INBOX", FolderRole.INBOX, null, Files.readAllBytes(SUBSET.resolve(file))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " => ", value = {
      "From: kari@acme.no|Subject: Budget => person",
      "From: no-reply@acme.no|Subject: Your order => automated",
      "From: noreply@shop.example.com|Subject: Receipt => automated",
      "From: donotreply@bank.no|Subject: Statement => automated",
      "From: alerts@bank.no|Subject: Low balance => automated",
      "From: kari@acme.no|Feedback-ID: 123:campaign:acme|Subject: Spring sale => automated",
      "From: kari@acme.no|X-Mailer: MailChimp Mailer - **CID1234**|Subject: Spring sale => automated",
      "From: kari@acme.no|Return-Path: <bounce-123-456@mail.acme.no>|Subject: Spring sale => automated",
      "From: kari@acme.no|X-Mailer: Microsoft Outlook 16.0|Subject: Budget => person",
      "From: kari@acme.no|Return-Path: <kari@acme.no>|Subject: Budget => person",
  })
  void theSignsThatSettleItAlone(String headers, String expected) throws ParseProblem {
    assertEquals(expected, rules.judge(parse(headers, "Hello.\n")).map(v -> v.countedAs().label()).orElse("person"));
  }

  @Test
  void weakerSignsAreNamedButSettleNothing() throws ParseProblem {
    ParsedMessage news = parse("From: news@acme.no|Subject: [Acme News] April",
        "Our news.\n\nTo unsubscribe, reply with REMOVE.\n");
    assertEquals(Optional.empty(), rules.judge(news));
    assertEquals(List.of("sender news@", "a list tag in the subject", "\"unsubscribe\" in the text"), rules.signs(news));
    ParsedMessage person = parse("From: kari@acme.no|Subject: Re: Budget", "Thanks, that works for us.\n");
    assertEquals(List.of(), rules.signs(person));
    ParsedMessage onBehalf = parse("From: kari@acme.no|Sender: assistant@acme.no|Subject: Budget", "See attached.\n");
    assertEquals(List.of("sent on behalf of the From address"), rules.signs(onBehalf));
  }

  @Test
  void realNewslettersAndFeedsWithoutListHeadersShowSigns() throws IOException, ParseProblem {
    // An FT Energy conference mailing and a forwarded joke list from an ISP address, both never answered.
    ParsedMessage ft = real(".all_documents/cur/59.all_documents:2,S");
    assertTrue(ft.from().orElseThrow().address().domain().endsWith("ftenergy.com"), ft.from().toString());
    assertEquals(Optional.empty(), new HeaderRules().judge(ft), "no list header to go by");
    Senders senders = new Senders();
    Optional<Verdict> verdict = senders.judge(ft.from().get(), rules.signs(ft), ft.to().size() + ft.cc().size(),
        ft.to().stream().anyMatch(m -> m.address().domain().endsWith("enron.com")));
    assertTrue(verdict.isPresent(), "an FT Energy mailing is not a person's mail to us");
  }

  @Test
  void aSenderWeWroteToIsAPersonWhateverTheirMailLooksLike() {
    Mailbox kari = new Mailbox(EmailAddress.parse("info@acme.no").orElseThrow(), "Kari");
    Senders senders = new Senders();
    assertEquals("automated",
        senders.judge(kari, List.of("sender info@"), 1, true).orElseThrow().countedAs().label());
    assertEquals("bulk", senders.judge(kari, List.of(), 40, true).orElseThrow().countedAs().label());
    assertEquals("bulk", senders.judge(kari, List.of(), 1, false).orElseThrow().countedAs().label());
    assertEquals(Optional.empty(), senders.judge(kari, List.of(), 1, true));
    senders.observeOurs(List.of(kari), List.of());
    assertEquals(Optional.empty(), senders.judge(kari, List.of("sender info@"), 40, false));
  }

  @Test
  void aNotificationAddressSomeoneOnceWroteToIsStillAMachine() {
    Mailbox concur = new Mailbox(EmailAddress.parse("enron_update@concureworkplace.com").orElseThrow(), "");
    Senders senders = new Senders();
    senders.observeOurs(List.of(concur), List.of());
    for (int i = 0; i < 12; i++) {
      senders.observeTheirs(concur, true);
    }
    assertEquals("12 of its 12 messages show sender enron_update@, and we wrote to it only once",
        senders.judge(concur, List.of("sender enron_update@"), 1, true).orElseThrow().reason());
    senders.observeOurs(List.of(concur), List.of());
    assertEquals(Optional.empty(), senders.judge(concur, List.of("sender enron_update@"), 1, true),
        "answered twice in twelve: a person may be behind it");
    Mailbox person = new Mailbox(EmailAddress.parse("info@smallfirm.no").orElseThrow(), "");
    senders.observeOurs(List.of(person), List.of());
    for (int i = 0; i < 9; i++) {
      senders.observeTheirs(person, true);
    }
    assertEquals(Optional.empty(), senders.judge(person, List.of("sender info@"), 1, true), "too few to call a template");
  }
}
