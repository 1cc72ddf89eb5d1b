package dev.clientlens.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientlens.domain.FolderRole;
import dev.clientlens.parse.MessageParser;
import dev.clientlens.parse.ParseProblem;
import dev.clientlens.parse.ParserSettings;
import dev.clientlens.source.RawMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderRulesTest {
  private final MessageParser parser = new MessageParser(ParserSettings.DEFAULT);
  private final HeaderRules rules = new HeaderRules();

  private String judge(String headers) throws ParseProblem {
    String text = headers.replace("|", "\n") + "\nDate: Tue, 14 Apr 2026 09:12:33 +0200\n\nBody text.\n";
    RawMessage raw = new RawMessage("m", "INBOX", FolderRole.INBOX, null, text.getBytes(StandardCharsets.UTF_8));
    return rules.judge(parser.parse(raw)).map(v -> v.countedAs().label()).orElse("person");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " => ", value = {
      "From: kari@acme.no|Subject: Budget => person",
      "From: kari@acme.no|Subject: Re: Automatic reply in our process => person",
      "From: kari@acme.no|Auto-Submitted: auto-replied|Subject: Away => auto_reply",
      "From: kari@acme.no|Auto-Submitted: no|Subject: Hello => person",
      "From: kari@acme.no|X-Autoreply: yes|Subject: Away => auto_reply",
      "From: kari@acme.no|X-Autorespond: yes|Subject: Away => auto_reply",
      "From: kari@acme.no|Precedence: auto_reply|Subject: Away => auto_reply",
      "From: kari@acme.no|Subject: Automatic reply: Budget => auto_reply",
      "From: kari@acme.no|Subject: Out of Office: Budget => auto_reply",
      "From: kari@acme.no|Subject: Fraværsmelding: Budsjett => auto_reply",
      "From: kari@acme.no|Subject: Automatisk svar: Budsjett => auto_reply",
      "From: news@acme.no|List-Unsubscribe: <mailto:u@acme.no>|Subject: News => bulk",
      "From: news@acme.no|List-Id: <news.acme.no>|Subject: News => bulk",
      "From: news@acme.no|Precedence: bulk|Subject: News => bulk",
      "From: MAILER-DAEMON@mx.acme.no|Subject: Undelivered Mail Returned to Sender => bounce",
      "From: postmaster@acme.no|Auto-Submitted: auto-replied|Subject: Delivery failure => bounce",
      "From: x@acme.no|Content-Type: multipart/report; report-type=delivery-status; boundary=b|Subject: x => bounce",
  })
  void judges(String headers, String expected) throws ParseProblem {
    assertEquals(expected, judge(headers));
  }
}
