package dev.clientlens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.source.RawMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Address headers: quoted local parts are addresses; text that is not an address (a bare name, a domain
 * that is not a domain name, an empty group) is dropped, and the message's notes say what was dropped and
 * why, so it can never become a client unseen.
 */
class AddressHeadersTest {
  private final MessageParser parser = new MessageParser(ParserSettings.DEFAULT);

  private ParsedMessage parse(String headers) throws ParseProblem {
    String text = headers + "Date: Tue, 14 Apr 2026 09:30:00 +0200\r\nMessage-ID: <m@acme.no>\r\n\r\nHei.\r\n";
    return parser.parse(new RawMessage("m", "INBOX", FolderRole.INBOX, null, text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> addresses(List<Mailbox> mailboxes) {
    return mailboxes.stream().map(m -> m.address().toString()).toList();
  }

  @Test
  void aQuotedLocalPartIsParsed() throws ParseProblem {
    ParsedMessage m = parse("From: \"kari\"@x.no\r\nTo: \"kari nordmann\"@x.no, Kari <\"kari.n\"@x.no>\r\n");
    assertEquals(Optional.of("kari@x.no"), m.from().map(f -> f.address().toString()));
    assertEquals(List.of("\"kari nordmann\"@x.no", "kari.n@x.no"), addresses(m.to()));
    assertEquals("Kari", m.to().get(1).displayName());
    assertEquals(List.of(), m.notes());
  }

  @Test
  void garbledAddressesAreDroppedWithANoteNamingThem() throws ParseProblem {
    ParsedMessage m = parse("From: kari@acme\r\n"
        + "To: undisclosed-recipients:;\r\n"
        + "Cc: Kari Nordmann, ola@acme_no.com, per@acme.no, x@[10.0.0.1]\r\n");
    assertEquals(Optional.empty(), m.from());
    assertEquals(List.of(), m.to());
    assertEquals(List.of("per@acme.no"), addresses(m.cc()));
    assertEquals(List.of(
        "From: dropped \"kari@acme\" (domain acme is not a full domain name)",
        "To: dropped \"undisclosed-recipients:;\" (a group without addresses)",
        "Cc: dropped \"Kari Nordmann\" (no @), \"ola@acme_no.com\" (domain acme_no.com is not a domain name), "
            + "\"x@[10.0.0.1]\" (address literal [10.0.0.1] instead of a domain)"), m.notes());
  }

  @Test
  void theMembersOfAGroupAreItsAddresses() throws ParseProblem {
    ParsedMessage m = parse("From: kari@acme.no\r\nTo: team: a@acme.no, b@acme.no;, c@acme.no\r\n");
    assertEquals(List.of("a@acme.no", "b@acme.no", "c@acme.no"), addresses(m.to()));
    assertTrue(m.notes().isEmpty(), m.notes().toString());
  }

  @Test
  void aMalformedHeaderKeepsItsAddressesAndNamesWhatItDropped() throws ParseProblem {
    ParsedMessage m = parse("From: kari@acme.no\r\nTo: <per@acme.no> \"unclosed, ola@acme_no.com <<\r\n");
    assertEquals(List.of("per@acme.no"), addresses(m.to()));
    assertEquals(List.of("To: dropped \"ola@acme_no.com <<\" (domain acme_no.com << is not a domain name)"),
        m.notes());
  }
}
