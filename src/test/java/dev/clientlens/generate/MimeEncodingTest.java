package dev.clientlens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MimeEncodingTest {

  @Test
  void quotedPrintableRoundTripsAndKeepsLinesShort() throws Exception {
    String text = "Hei Øyvind,\n\nHer er årsrapporten – «som lovet». " + "Lang linje ".repeat(20)
        + "\n-- \nIngrid\n";
    String encoded = QuotedPrintable.encode(text);

    for (String line : encoded.split("\n")) {
      assertTrue(line.length() <= 76, line);
    }
    assertTrue(encoded.contains("\n--=20\n"), "trailing space of the signature delimiter is encoded");
    byte[] decoded = MimeUtility.decode(new ByteArrayInputStream(encoded.getBytes(StandardCharsets.US_ASCII)),
        "quoted-printable").readAllBytes();
    assertEquals(text, new String(decoded, StandardCharsets.UTF_8));
  }

  @Test
  void encodedWordsDecodeBackAndStayShort() throws Exception {
    for (String s : List.of("Øyvind Rønning",
        "Re: Årsrapport 2025 – førsteutkast til gjennomsyn med ærlige kommentarer",
        "Fraværsmelding: SV: Leietakermagasinet – profilhåndbok")) {
      for (List<String> words : List.of(EncodedWords.q(s), EncodedWords.b(s))) {
        assertTrue(words.stream().allMatch(w -> w.length() <= 75), words.toString());
        assertEquals(s, MimeUtility.decodeText(String.join(" ", words)));
      }
    }
    assertEquals("\"Doyle, Margaret\"", EncodedWords.phrase("Doyle, Margaret"));
    assertEquals("Ingrid Solberg", EncodedWords.phrase("Ingrid Solberg"));
  }

  @Test
  void dateHeaderFollowsEachZonesDaylightSavingRules() {
    ZoneId oslo = ZoneId.of("Europe/Oslo");
    ZoneId newYork = ZoneId.of("America/New_York");
    assertEquals("Fri, 27 Mar 2026 09:12:33 +0100", Calendars.rfc5322(at(2026, 3, 27, 9, 12, 33, oslo)));
    assertEquals("Tue, 14 Apr 2026 09:12:33 +0200", Calendars.rfc5322(at(2026, 4, 14, 9, 12, 33, oslo)));
    assertEquals("Fri, 6 Mar 2026 08:00:00 -0500", Calendars.rfc5322(at(2026, 3, 6, 8, 0, 0, newYork)));
    assertEquals("Mon, 9 Mar 2026 08:00:00 -0400", Calendars.rfc5322(at(2026, 3, 9, 8, 0, 0, newYork)));
    assertEquals("Tue Apr 14 07:12:33 2026", Calendars.asctime(at(2026, 4, 14, 7, 12, 33, ZoneOffset.UTC)));
    assertEquals("Thu Apr  2 07:12:33 2026", Calendars.asctime(at(2026, 4, 2, 7, 12, 33, ZoneOffset.UTC)));
  }

  private static ZonedDateTime at(int y, int mo, int d, int h, int mi, int s, ZoneId zone) {
    return LocalDateTime.of(y, mo, d, h, mi, s).atZone(zone);
  }

  @Test
  void attributionsReadAsTheMailProgramsWriteThem() {
    var t = LocalDateTime.of(2026, 4, 14, 9, 12).atZone(ZoneId.of("Europe/Oslo"));
    String who = "Ingrid Solberg <ingrid@fjordlys.no>";
    assertEquals("On Tue, 14 Apr 2026 at 09:12, Ingrid Solberg <ingrid@fjordlys.no> wrote:",
        Calendars.gmailAttribution(t, who, Language.EN));
    assertEquals("Den tir. 14. apr. 2026 kl. 09:12 skrev Ingrid Solberg <ingrid@fjordlys.no>:",
        Calendars.gmailAttribution(t, who, Language.NO));
    assertEquals("Tuesday, April 14, 2026 9:12 AM", Calendars.outlookSent(t, Language.EN));
    assertEquals("tirsdag 14. april 2026 09:12", Calendars.outlookSent(t, Language.NO));
  }

  @Test
  void mboxEscapingCatchesFromAfterAnyNumberOfQuoteMarks() {
    for (String line : List.of("From here", ">From here", ">>>From here")) {
      byte[] b = line.getBytes(StandardCharsets.US_ASCII);
      assertTrue(MboxSink.needsEscape(b, 0, b.length), line);
    }
    for (String line : List.of("From: header", "> From here", "Fromage", "")) {
      byte[] b = line.getBytes(StandardCharsets.US_ASCII);
      assertEquals(false, MboxSink.needsEscape(b, 0, b.length), line);
    }
  }

  @Test
  void easterAndTheSummerHolidayMoveWithTheYear() {
    assertEquals(java.time.LocalDate.of(2026, 4, 5), Holidays.easterSunday(2026));
    assertEquals(java.time.LocalDate.of(2025, 4, 20), Holidays.easterSunday(2025));
    assertTrue(Holidays.norway(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)).stream()
        .anyMatch(a -> a.first().equals(java.time.LocalDate.of(2026, 7, 6))));
  }
}
