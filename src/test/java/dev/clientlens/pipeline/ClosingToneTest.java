package dev.clientlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.CueSentence;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.filter.ClientKeys;
import dev.clientlens.filter.Counting;
import dev.clientlens.parse.ParseProblem;
import dev.clientlens.source.RawMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client's closing of thanks reaches the tone through the scan's own per-message work (the real parser
 * and analyser): it counts as gratitude and as politeness, while a formal sign-off counts for nothing
 * and the name under either never reaches a cue sentence.
 */
class ClosingToneTest {
  private static MessageWork work;

  @BeforeAll
  static void setUp() {
    ScanSettings s = ScanSettings.of(List.of(Path.of("unused")), Path.of("unused"));
    work = new MessageWork(new ScanSettings(s.sources(), s.owner(), s.clientList(), s.since(), s.until(), s.out(),
        s.state(), false, 1, s.limits(), s.parser(), s.problems(), true, true),
        new Counting(s.owner(), new ClientKeys(s.clientList()), s.since(), s.until(), List.of(), notice -> { }));
  }

  private static MessageWork.Worked client(String body) throws ParseProblem {
    String mail = "From: Anna Berg <anna@harbourfoods.co.uk>\n"
        + "To: Ingrid Solberg <ingrid@fjordlys.no>\n"
        + "Subject: Banner\n"
        + "Date: Tue, 14 Apr 2026 09:12:33 +0100\n"
        + "Message-ID: <m1@harbourfoods.co.uk>\n"
        + "Content-Type: text/plain; charset=utf-8\n"
        + "\n"
        + body;
    // read for tone, as the mail of a client we wrote to is
    return work.apply(new RawMessage("cur/1", "INBOX", FolderRole.INBOX, null, mail.getBytes(StandardCharsets.UTF_8)),
        Analyser.Depth.TONE);
  }

  private static final String ASK = "Could you send the revised banner by Friday?\n\n";
  private static final String NORWEGIAN_ASK = "Kan du sende det nye banneret innen fredag?\n\n";

  @Test
  void aClosingOfThanksCountsAsGratitudeAndAFormalSignOffDoesNot() throws ParseProblem {
    TextAnalysis thanks = client(ASK + "Thanks so much,\nAnna\n").facts().analysis();
    TextAnalysis regards = client(ASK + "Best regards,\nAnna\n").facts().analysis();

    assertEquals(1, thanks.cues().count(Cue.GRATITUDE));
    assertEquals(0, regards.cues().count(Cue.GRATITUDE));
    assertTrue(thanks.politeness().getAsDouble() > regards.politeness().getAsDouble(),
        thanks.politeness() + " vs " + regards.politeness());
    assertEquals(regards.sentences() + 1, thanks.sentences(), "the closing is one more sentence");
  }

  @Test
  void aNorwegianClosingOfThanksCountsAsGratitudeAndMvhDoesNot() throws ParseProblem {
    TextAnalysis takk = client(NORWEGIAN_ASK + "Tusen takk!\nAnna\n").facts().analysis();
    TextAnalysis mvh = client(NORWEGIAN_ASK + "Mvh\nAnna\n").facts().analysis();

    assertEquals(1, takk.cues().count(Cue.GRATITUDE));
    assertEquals(0, mvh.cues().count(Cue.GRATITUDE));
    assertTrue(takk.politeness().getAsDouble() > mvh.politeness().getAsDouble(),
        takk.politeness() + " vs " + mvh.politeness());
  }

  @Test
  void thanksInTheTextAndInTheClosingAreTwoSentencesOfGratitude() throws ParseProblem {
    TextAnalysis a = client("Thanks for the new draft.\n\nCould you make the logo bigger?\n\nMany thanks,\nAnna Berg\n")
        .facts().analysis();

    assertEquals(2, a.cues().count(Cue.GRATITUDE));
    assertEquals(3, a.sentences());
  }

  @Test
  void theClosingSentenceShownAsEvidenceHasNoName() throws ParseProblem {
    List<CueSentence> shown = client(ASK + "Thank you so much! Anna Berg\nHead of Marketing\n+44 20 7946 0321\n")
        .cueSentences();

    CueSentence gratitude = shown.stream().filter(s -> s.cue() == Cue.GRATITUDE).findFirst().orElseThrow();
    assertEquals("Thank you so much!", gratitude.text());
    assertFalse(shown.stream().anyMatch(s -> s.text().contains("Anna") || s.text().contains("7946")), shown.toString());
  }
}
