package dev.clientlens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.domain.FolderRole;
import dev.clientlens.parse.ParsedMessage.DateSource;
import dev.clientlens.source.RawMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageParserTest {
  private final MessageParser parser = new MessageParser(ParserSettings.DEFAULT);

  private ParsedMessage parse(String text) throws ParseProblem {
    return parse(text, FolderRole.INBOX, null);
  }

  private ParsedMessage parse(String text, FolderRole role, Instant delivered) throws ParseProblem {
    return parser.parse(new RawMessage("m1", "INBOX", role, delivered, text.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void decodesEncodedDisplayNamesAndKeepsTheDateOffset() throws ParseProblem {
    ParsedMessage m = parse("""
        From: =?UTF-8?Q?Kj=C3=A6rsti_L=C3=B8vaas?= <Kjaersti@Mail.Acme.NO>
        To: Ingrid Solberg <ingrid@fjordlys.no>, per@fjordlys.no
        Cc: "Boss, The" <boss@acme.no>
        Subject: =?ISO-8859-1?Q?SV:_M=F8te?=
        Date: Sat, 18 Apr 2026 22:15:00 +0200
        Message-ID: <abc@acme.no>
        In-Reply-To: <x1@fjordlys.no>
        References: <x0@fjordlys.no> <x1@fjordlys.no>

        Hei!
        """);
    assertEquals("Kjærsti Løvaas", m.from().orElseThrow().displayName());
    assertEquals("kjaersti@mail.acme.no", m.from().orElseThrow().address().toString());
    assertEquals(2, m.to().size());
    assertEquals("Boss, The", m.cc().get(0).displayName());
    assertEquals("SV: Møte", m.subject());
    assertEquals(OffsetDateTime.parse("2026-04-18T22:15:00+02:00"), m.date().orElseThrow());
    assertEquals(DateSource.HEADER, m.dateSource());
    assertEquals("abc@acme.no", m.messageId());
    assertEquals("x1@fjordlys.no", m.inReplyTo());
    assertEquals(List.of("x0@fjordlys.no", "x1@fjordlys.no"), m.references());
    assertEquals("Hei!", m.text());
  }

  @Test
  void aClosingOfThanksIsCarriedApartFromTheTextAndWithoutTheName() throws ParseProblem {
    ParsedMessage plain = parse("""
        From: a@acme.no
        Date: Tue, 14 Apr 2026 09:12:33 +0200

        Can we meet Friday?

        Thanks so much,
        Anna
        """);
    ParsedMessage html = parse("""
        From: a@acme.no
        Date: Tue, 14 Apr 2026 09:12:33 +0200
        Content-Type: text/html; charset=iso-8859-1

        <html><body><p>Kan vi møtes fredag?</p><p>Tusen takk!<br>Anna Berg<br>+47 912 34 567</p></body></html>
        """);
    ParsedMessage regards = parse("""
        From: a@acme.no
        Date: Tue, 14 Apr 2026 09:12:33 +0200

        Can we meet Friday?

        Best regards,
        Anna
        """);

    assertEquals("Can we meet Friday?", plain.text());
    assertEquals("Thanks so much", plain.closing());
    assertEquals("Kan vi møtes fredag?", html.text());
    assertEquals("Tusen takk!", html.closing());
    assertEquals("Can we meet Friday?", regards.text());
    assertEquals("", regards.closing());
  }

  @Test
  void aParserToldNotToCutTheTextLeavesTextAndClosingEmptyAndTheRestAsItWas() throws ParseProblem {
    String mail = """
        From: a@acme.no
        Date: Tue, 14 Apr 2026 09:12:33 +0200

        Can we meet Friday?

        Thanks so much,
        Anna

        On Monday, Ingrid wrote:
        > The draft is attached.
        """;
    byte[] bytes = mail.getBytes(StandardCharsets.ISO_8859_1);
    ParsedMessage cut = parser.parse(new RawMessage("m1", "INBOX", FolderRole.INBOX, null, bytes));
    ParsedMessage uncut = new MessageParser(ParserSettings.DEFAULT, false)
        .parse(new RawMessage("m1", "INBOX", FolderRole.INBOX, null, bytes));

    assertEquals("Can we meet Friday?", cut.text());
    assertEquals("", uncut.text());
    assertEquals("", uncut.closing());
    assertEquals(cut.body(), uncut.body(), "copies and machine footers are still found in the whole body");
    assertEquals(cut.from(), uncut.from());
    assertEquals(cut.date(), uncut.date());
  }

  @Test
  void anUnknownCharsetDegradesWithANote() throws ParseProblem {
    ParsedMessage m = parse("""
        From: a@acme.no
        Date: Tue, 14 Apr 2026 09:12:33 +0200
        Content-Type: text/plain; charset=x-no-such-charset

        Caf\u00e9 at noon.
        """);
    assertEquals("Café at noon.", m.text());
    assertTrue(m.notes().get(0).startsWith("unknown charset x-no-such-charset"), m.notes().toString());
  }

  @Test
  void htmlOnlyMailIsConvertedAndQuotedBlocksAreLeftOut() throws ParseProblem {
    ParsedMessage m = parse("""
        From: a@acme.no
        Date: Tue, 14 Apr 2026 09:12:33 +0200
        Content-Type: text/html; charset=utf-8

        <html><head><style>p{color:red}</style></head><body><p>Can we meet <b>Friday</b>?</p>
        <div class="gmail_quote"><div>On Mon, Ingrid wrote:</div><blockquote>Our old words.</blockquote></div>
        </body></html>
        """);
    assertEquals("Can we meet Friday?", m.text());
  }

  @Test
  void plainTextIsPreferredAndAttachmentsAreOnlyListed() throws ParseProblem {
    ParsedMessage m = parse("""
        From: a@acme.no
        Date: Tue, 14 Apr 2026 09:12:33 +0200
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="outer"

        --outer
        Content-Type: multipart/alternative; boundary="inner"

        --inner
        Content-Type: text/plain; charset=utf-8

        Plain words.
        --inner
        Content-Type: text/html; charset=utf-8

        <p>HTML words.</p>
        --inner--
        --outer
        Content-Type: application/pdf; name="offer.pdf"
        Content-Disposition: attachment; filename="offer.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK
        --outer--
        """);
    assertEquals("Plain words.", m.text());
    assertEquals(List.of("offer.pdf"), m.attachments());
  }

  @Test
  void aMissingDateFallsBackToReceivedThenToDelivery() throws ParseProblem {
    ParsedMessage received = parse("""
        Received: from mx.acme.no by mail.fjordlys.no; Tue, 14 Apr 2026 09:12:33 +0200
        From: a@acme.no

        x
        """);
    assertEquals(DateSource.RECEIVED, received.dateSource());
    assertEquals(OffsetDateTime.parse("2026-04-14T09:12:33+02:00"), received.date().orElseThrow());

    ParsedMessage delivered = parse("From: a@acme.no\n\nx\n", FolderRole.INBOX, Instant.parse("2026-04-14T07:00:00Z"));
    assertEquals(DateSource.DELIVERY, delivered.dateSource());

    ParsedMessage none = parse("From: a@acme.no\n\nx\n");
    assertEquals(DateSource.NONE, none.dateSource());
    assertTrue(none.date().isEmpty());
  }

  @Test
  void anAbsurdDateIsReplacedByTheReceivedTime() throws ParseProblem {
    ParsedMessage m = parse("""
        Received: from mx by mail; Tue, 14 Apr 2026 09:12:33 +0200
        From: a@acme.no
        Date: Fri, 1 Jan 2038 00:00:00 +0000

        x
        """);
    assertEquals(DateSource.RECEIVED, m.dateSource());
  }

  @Test
  void aGmailSentLabelMakesTheMessageOurs() throws ParseProblem {
    ParsedMessage m = parse("From: a@acme.no\nX-Gmail-Labels: Important,Sent,Opened\nDate: Tue, 14 Apr 2026 09:12:33 +0200\n\nx\n",
        FolderRole.OTHER, null);
    assertEquals(FolderRole.SENT, m.role());
  }

  @Test
  void aMalformedFromHeaderStillYieldsTheAddress() throws ParseProblem {
    ParsedMessage m = parse("From: \"Broken <kari@acme.no\nDate: Tue, 14 Apr 2026 09:12:33 +0200\n\nx\n");
    assertEquals("kari@acme.no", m.from().orElseThrow().address().toString());
  }

  @Test
  void utf8IsRecognisedWithoutDecoding() {
    assertTrue(MessageParser.isUtf8("Blåbærsyltetøy – 10 €".getBytes(StandardCharsets.UTF_8)));
    assertTrue(MessageParser.isUtf8(new byte[0]));
    assertFalse(MessageParser.isUtf8("Blåbær".getBytes(StandardCharsets.ISO_8859_1)));
    assertFalse(MessageParser.isUtf8(new byte[] {'a', (byte) 0xe2, (byte) 0x82}), "cut in the middle of a character");
    assertFalse(MessageParser.isUtf8(new byte[] {(byte) 0xc0, (byte) 0xaf}), "overlong form");
  }

  @Test
  void aLatin1BodyWithoutCharsetIsReadAsWindows1252() throws ParseProblem {
    ParsedMessage m = parse("From: a@acme.no\nDate: Tue, 14 Apr 2026 09:12:33 +0200\n\nBl\u00e5b\u00e6r\n");
    assertEquals("Blåbær", m.text());
  }

  @Test
  void textWithoutHeadersIsNotMail() {
    assertThrows(ParseProblem.class, () -> parse(""));
  }

  @Test
  void textIsNeverLongerThanTheLimit() throws ParseProblem {
    MessageParser small = new MessageParser(new ParserSettings(10, 4, 100, 1000));
    ParsedMessage m = small.parse(new RawMessage("m", "INBOX", FolderRole.INBOX, null,
        ("From: a@acme.no\n\n" + "word ".repeat(100)).getBytes(StandardCharsets.US_ASCII)));
    assertTrue(m.text().length() <= 100);
    assertFalse(m.notes().isEmpty());
  }

  /** Header names in any case, repeated headers joined as the mail library joins them, the first of a single-valued one. */
  @Test
  void readsHeadersWhateverTheirCaseAndJoinsRepeatedOnes() throws ParseProblem {
    ParsedMessage m = parse("""
        FROM: Kari <kari@acme.no>
        to: ingrid@fjordlys.no
        cc: per@fjordlys.no
        CC: ola@fjordlys.no
        subject: First
        Subject: Second
        list-id: <a.list.example>
        LIST-ID: <b.list.example>
        X-Mailer:   Mailer 1.0
        Date: Sat, 18 Apr 2026 22:15:00 +0200

        Hei!
        """);
    assertEquals("kari@acme.no", m.from().orElseThrow().address().toString());
    assertEquals(List.of("ingrid@fjordlys.no"), m.to().stream().map(x -> x.address().toString()).toList());
    assertEquals(List.of("per@fjordlys.no", "ola@fjordlys.no"), m.cc().stream().map(x -> x.address().toString()).toList());
    assertEquals("First", m.subject());
    assertEquals("<a.list.example>,<b.list.example>", m.signal("List-Id").orElseThrow());
    assertEquals("Mailer 1.0", m.signal("x-mailer").orElseThrow());
    assertTrue(m.signal("Precedence").isEmpty());
  }
}
