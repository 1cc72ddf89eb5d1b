package dev.clientlens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteStripperTest {

  private final QuoteStripper stripper = new QuoteStripper();

  @Test
  void normalisesLineEndsTrailingSpaceAndBlankRuns() {
    assertEquals("Hello\nthere\n\nSecond paragraph.",
        stripper.visibleText("\r\n  \r\nHello  \r\nthere\t\r\n\r\n\r\n\r\n\r\nSecond paragraph. \u00a0\r\n\r\n"));
  }

  @Test
  void oldMacLineEndsAreLineEndsToo() {
    assertEquals("One\nTwo", stripper.visibleText("One\rTwo\r"));
  }

  @Test
  void emptyAndBlankBodiesGiveEmptyText() {
    assertEquals("", stripper.visibleText(""));
    assertEquals("", stripper.visibleText(" \n\t\n"));
  }

  @Test
  void aBodyThatIsOnlyQuotedGivesEmptyText() {
    assertEquals("", stripper.visibleText("> Hi\n> > there\n"));
  }

  @Test
  void nullIsMisuse() {
    assertThrows(NullPointerException.class, () -> stripper.visibleText(null));
  }

  @Test
  void gapsLeftByInlineQuotesBecomeOneBlankLine() {
    assertEquals("Yes.\n\nNo.", stripper.visibleText("> A?\n\nYes.\n\n> B?\n\nNo.\n"));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void veryLongLinesDoNotHang() {
    String body = "Hi folks\n\nrunning a test?\n" + ">".repeat(60_000) + "\nasdf\nA" + ">".repeat(700_000)
        + "\nI am currently using the Java HTTP API.\n";

    String visible = stripper.visibleText(body);

    assertEquals("Hi folks\n\nrunning a test?\nasdf\nA" + ">".repeat(700_000)
        + "\nI am currently using the Java HTTP API.", visible);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "On Tue, Apr 14, 2026 at 9:12 AM John Smith <john@x.com> wrote:",
      "On Tue, Apr 14, 2026 at 9:12 AM John Smith <john@x.com>\nwrote:",
      "On 14/04/2026 09:12, John wrote:",
      "On 14/04/2026 09:12,\nJohn <john@x.com> wrote:",
      "John Smith <john@x.com> wrote:",
      "\"Smith, John\" <john@x.com> wrote:",
      "Den tir. 14. apr. 2026 kl. 09:12 skrev Ingrid Solberg <ingrid@fjordlys.no>:",
      "Den tir. 14. apr. 2026 kl. 09:12 skrev Ingrid Solberg <\ningrid@fjordlys.no>:",
      "14. apr. 2026 kl. 09:12 skrev Ingrid Solberg:",
      "tirsdag 14. april 2026 skrev Ingrid Solberg <ingrid@fjordlys.no>:",
      "Am 14.04.2026 um 09:12 schrieb John Smith <john@x.com>:",
      "Den 14 apr. 2026 kl. 09:12 skrev Anna Berg <anna@foretag.se>:",
      "Le mar. 14 avr. 2026 à 09:12, Jean <jean@x.fr> a écrit :",
      "--- On Wed, 4/4/12, john@x.com <john@x.com> wrote:",
      "2026-04-14 9:12 GMT+02:00 John Smith <john@x.com>:",
  })
  void attributionAndTheHistoryBelowItAreDropped(String attribution) {
    assertEquals("Svar her.", stripper.visibleText("Svar her.\n\n" + attribution + "\n\n> Sitat.\n> > Eldre.\n"));
    assertEquals("Svar her.", stripper.visibleText("Svar her.\n\n" + attribution + "\nUmerket historikk.\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "-----Original Message-----",
      "----- Original Message -----",
      "-----Opprinnelig melding-----",
      "-----Videresendt melding-----",
      "---------- Forwarded message ---------",
      "---------- Videresendt melding ----------",
      "-------- Forwarded Message --------",
      "Begin forwarded message:",
  })
  void separatorStartsTheHistory(String separator) {
    assertEquals("Reply.", stripper.visibleText("Reply.\n\n" + separator + "\nSubject: x\n\nOld text.\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "From: John Smith <john@x.com>\nSent: Tuesday, April 14, 2026 9:12 AM\nTo: Maria\nSubject: RE: Banner",
      "From: John Smith <john@x.com>\nDate: Tue, 14 Apr 2026 09:12\nCc: Peter\nSubject: Banner",
      "*From:* John Smith [mailto:john@x.com]\n*Sent:* Tuesday, April 14, 2026 9:12 AM\n*To:* Maria\n"
          + "*Subject:* RE: Banner",
      "Fra: Ola Nordmann <ola@designbyraa.no>\nSendt: tirsdag 14. april 2026 09:12\nTil: Ingrid\n"
          + "Kopi: Per\nEmne: SV: Faktura",
      "Fra: Ola Nordmann\nDato: 14. april 2026 kl. 09:12\nTil: Ingrid\nEmne: Faktura",
      "________________________________\nFra: Ola Nordmann <ola@designbyraa.no>\nSendt: 14. april 2026 09:12\n"
          + "Til: Ingrid\nEmne: Faktura",
      "Date: Thu, 26 Jun 2014 13:53:45 +0400\nSubject: Test message\nFrom: abc@example.com\nTo: alex@example.com",
  })
  void headerBlockStartsTheHistory(String block) {
    assertEquals("Svar.", stripper.visibleText("Svar.\n\n" + block + "\n\nHei, gammel tekst.\n> eldre\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sent from my iPhone",
      "Sent from my iPad",
      "Sent from my BlackBerry® wireless device",
      "Sent from my Verizon Wireless BlackBerry",
      "Sent from my mobile device",
      "Sent from Outlook",
      "Sent from Mail for Windows 10",
      "Sent from Yahoo Mail on Android",
      "Get Outlook for iOS",
      "Get Outlook for Android",
      "Sendt fra min iPhone",
      "Sendt fra min Samsung Galaxy-smarttelefon.",
      "Sendt fra Outlook for iOS",
      "Få Outlook for Android",
      "Skickat från min iPhone",
      "Von meinem iPhone gesendet",
  })
  void mobileFooterIsDropped(String footer) {
    assertEquals("Ok, det passer.", stripper.visibleText("Ok, det passer.\n\n" + footer + "\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Best regards,", "Kind regards", "Regards", "Thanks,", "Thank you,", "Cheers", "Best,", "Sincerely,",
      "Med vennlig hilsen", "Vennlig hilsen", "Mvh", "Mvh.", "MVH", "Hilsen", "Beste hilsen", "VH",
      "Mvh Ingrid", "Best regards, Ingrid Solberg", "Mit freundlichen Grüßen", "Med vänliga hälsningar",
  })
  void signOffBlockIsDropped(String closing) {
    String body = "Kan du sende fakturaen i dag?\n\n" + closing
        + "\nIngrid Solberg\nDaglig leder | Fjordlys AS\n+47 912 34 567\nwww.fjordlys.no\n";

    assertEquals("Kan du sende fakturaen i dag?", stripper.visibleText(body));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "This email and any attachments are confidential and may be privileged. If you are not the intended "
          + "recipient, please delete it.",
      "CONFIDENTIALITY NOTICE: The contents of this email message are confidential and intended solely for "
          + "the addressee.",
      "Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten.",
      "Denne e-posten er kun ment for den eller de personer den er adressert til.",
      "Dersom du har mottatt denne e-posten ved en feil, vennligst slett den og gi beskjed til avsender.",
  })
  void trailingDisclaimerIsDropped(String disclaimer) {
    assertEquals("Vi godkjenner skissene.", stripper.visibleText("Vi godkjenner skissene.\n\n" + disclaimer + "\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I already wrote: the deadline is firm.",
      "We heard from: the printer, the designer and the client.",
      "From Monday on we work from the new office.",
      "- first item\n- second item\n* third item",
      "Best regards to your team, and thanks for the quick turnaround.",
      "Thanks for the update, that helps a lot.",
      "Mvh-svaret kom i går.",
      "Sent from my desk, which is easier than from my phone.",
      "And here is a fix -- this is not a signature.",
      "On Monday we wrote to the council:\nwe asked for an extension.",
      "Hilsen til alle på kontoret!",
      "Denne e-posten gjelder fakturaen for mars, som fortsatt ikke er betalt.",
      "Den 14. mai 2026 kl. 10:00 skrev vi under kontrakten:\n- pris 45 000 kr\n- levering i juni",
  })
  void contentIsKept(String content) {
    String body = "Hei.\n\n" + content;

    assertEquals(body, stripper.visibleText(body));
  }

  @Test
  void aShortAnswerAboveAMobileFooterIsKept() {
    assertEquals("Hei,\n\nOk", stripper.visibleText("Hei,\n\nOk\nSendt fra min iPhone\n"));
  }

  @Test
  void aFullNameAboveAMobileFooterGoesWithIt() {
    assertEquals("Fint.", stripper.visibleText("Fint.\n\nIngrid Solberg\nSendt fra min iPhone\n"));
  }

  @Test
  void signOffFollowedByLongParagraphsIsKept() {
    String body = "Hi Ola,\n\nRegards\n\nthe invoice, we will not pay the second instalment until every bug in my "
        + "last email is fixed and your project manager has answered me in writing.";

    assertEquals(body, stripper.visibleText(body));
  }
}
