package dev.clientlens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A closing of thanks is cut with the signature like any sign-off, but its words come back apart from the
 * visible text, for the tone; the sender's name and contact lines do not.
 */
class ClosingThanksTest {

  private static final String ASK = "Kan du sende fakturaen i dag?";
  private static final String SIGNATURE = "\nIngrid Solberg\nDaglig leder | Fjordlys AS\n+47 912 34 567\nwww.fjordlys.no\n";

  private final QuoteStripper stripper = new QuoteStripper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Thanks,                  | Thanks",
      "Thanks!                  | Thanks!",
      "Thanks so much!          | Thanks so much!",
      "Thanks so much,          | Thanks so much",
      "Many thanks              | Many thanks",
      "Many thanks, Ingrid      | Many thanks",
      "Thank you,               | Thank you",
      "Thank you so much!       | Thank you so much!",
      "Thank you very much.     | Thank you very much",
      "Thanks in advance,       | Thanks in advance",
      "Thanks again Ingrid Solberg | Thanks again",
      "Thanks a lot!            | Thanks a lot!",
      "THANKS                   | THANKS",
      "Thx                      | Thx",
      "Cheers,                  | Cheers",
      "Cheers Ingrid            | Cheers",
      "Much appreciated!        | Much appreciated!",
      "Appreciated,             | Appreciated",
      "Takk,                    | Takk",
      "Takk!                    | Takk!",
      "Tusen takk               | Tusen takk",
      "Tusen takk!              | Tusen takk!",
      "Takk for hjelpen!        | Takk for hjelpen!",
      "Tusen takk for hjelpen,  | Tusen takk for hjelpen",
      "Takk på forhånd          | Takk på forhånd",
      "Takk igjen, Ingrid       | Takk igjen",
  })
  void aClosingOfThanksIsKeptForTheToneWithoutTheName(String closing, String words) {
    QuoteStripper.Cleaned cleaned = stripper.clean(ASK + "\n\n" + closing + SIGNATURE);

    assertEquals(ASK, cleaned.text());
    assertEquals(words, cleaned.closing());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Best regards,", "Kind regards", "Regards", "Best,", "Sincerely,", "Take care", "All the best,",
      "Best regards, Ingrid Solberg", "Med vennlig hilsen", "Vennlig hilsen", "Mvh", "Mvh Ingrid", "MVH",
      "Hilsen", "Beste hilsen", "VH", "Ha en fin dag", "God helg", "Mit freundlichen Grüßen",
  })
  void aClosingWithoutThanksIsCutAndNothingIsKept(String closing) {
    QuoteStripper.Cleaned cleaned = stripper.clean(ASK + "\n\n" + closing + SIGNATURE);

    assertEquals(ASK, cleaned.text());
    assertEquals("", cleaned.closing());
  }

  @Test
  void theThanksAboveAFormalSignOffIsTheClosing() {
    QuoteStripper.Cleaned cleaned = stripper.clean(ASK + "\n\nThanks so much!\n\nBest regards,\nAnna Berg\n");

    assertEquals(ASK, cleaned.text());
    assertEquals("Thanks so much!", cleaned.closing());
  }

  @Test
  void thanksAsTheLastLineOfAReplyIsAClosingToo() {
    QuoteStripper.Cleaned cleaned = stripper.clean("Got the files.\n\nThanks!\n");

    assertEquals("Got the files.", cleaned.text());
    assertEquals("Thanks!", cleaned.closing());
  }

  @Test
  void thanksInsideTheTextStaysInTheText() {
    String body = "Hei.\n\nThanks for the update, that helps a lot.";
    QuoteStripper.Cleaned cleaned = stripper.clean(body);

    assertEquals(body, cleaned.text());
    assertEquals("", cleaned.closing());
  }

  @Test
  void aMailWithoutAClosingHasNone() {
    assertEquals("", stripper.clean("Kan dere komme på mandag?").closing());
    assertEquals("", stripper.clean("").closing());
  }

  @Test
  void thanksThatIsAllTheMailIsTextNotAClosing() {
    QuoteStripper.Cleaned cleaned = stripper.clean("Thanks!\n");

    assertEquals("Thanks!", cleaned.text());
    assertEquals("", cleaned.closing());
  }

  @Test
  void aQuotedClosingIsNeverTheSendersClosing() {
    QuoteStripper.Cleaned cleaned = stripper.clean("Ok, det passer.\n\n> Kan du komme?\n>\n> Tusen takk,\n> Anna\n");

    assertEquals("Ok, det passer.", cleaned.text());
    assertEquals("", cleaned.closing());
  }

  @Test
  void aClosingInTheRepliedToHistoryIsNeverTheSendersClosing() {
    QuoteStripper.Cleaned cleaned = stripper.clean(
        "Please use the second option.\n\nOn 14/04/2026 09:12, John wrote:\nHere are two options.\nThanks so much,\nJohn\n");

    assertEquals("Please use the second option.", cleaned.text());
    assertEquals("", cleaned.closing());
  }

  @Test
  void thanksWrittenIntoTheDashDashSignatureIsSignature() {
    QuoteStripper.Cleaned cleaned = stripper.clean("Ok.\n\n-- \nThanks,\nAnna Berg\n");

    assertEquals("Ok.", cleaned.text());
    assertEquals("", cleaned.closing());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "english/signoff-before-company-footer  | Thanks",
      "english/sent_from_my_mobile_device_thanks | Thanks",
      "english/short_attribution_unmarked_history | ''",
      "negative/only_thanks                   | ''",
      "negative/postscript_after_sign_off     | ''",
      "negative/thanks_before_long_paragraphs | ''",
      "talon/html_gmail                       | Thanks",
      "talon/sig_short_url                    | Thank you",
  })
  void goldenMailsGiveTheirClosingBesideTheirUnchangedText(String name, String closing) throws IOException {
    String body = Files.readString(quotes().resolve(name + ".txt"), StandardCharsets.UTF_8);
    String expected = Files.readString(quotes().resolve(name + ".expected.txt"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n").stripTrailing();

    QuoteStripper.Cleaned cleaned = stripper.clean(body);

    assertEquals(expected, cleaned.text(), name);
    assertEquals(closing, cleaned.closing(), name);
  }

  private static Path quotes() {
    try {
      return Path.of(ClosingThanksTest.class.getResource("/quotes").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("quotes: test resources not found: " + e.getMessage(), e);
    }
  }
}
