package dev.clientlens.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.domain.CountedAs;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Verdict;
import dev.clientlens.parse.MessageParser;
import dev.clientlens.parse.ParseProblem;
import dev.clientlens.parse.ParsedMessage;
import dev.clientlens.parse.ParserSettings;
import dev.clientlens.source.RawMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Copies are one message: by Message-ID, or by content when each copy got a Message-ID of its own. */
class DuplicatesTest {
  private final MessageParser parser = new MessageParser(ParserSettings.DEFAULT);

  private ParsedMessage parse(String id, String from, String to, String subject, String body) throws ParseProblem {
    String text = "Message-ID: <" + id + ">\nFrom: " + from + "\nTo: " + to + "\nSubject: " + subject
        + "\nDate: Tue, 14 Apr 2026 09:12:33 +0200\n\n" + body;
    return parser.parse(new RawMessage(id, "INBOX", FolderRole.INBOX, null, text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Judges messages one after another, as the counting does, numbering them in order. */
  private static final class Judge {
    private final List<Duplicates.Seen> seen = new ArrayList<>();
    private final Duplicates duplicates = new Duplicates(seen::get);

    Optional<Verdict> judge(String messageId, String digest, Optional<OffsetDateTime> date, String location)
        throws IOException {
      Duplicates.Seen message = new Duplicates.Seen(messageId, digest, date, location);
      seen.add(message);
      return duplicates.judge(seen.size() - 1, message);
    }
  }

  private static Optional<OffsetDateTime> at(String date) {
    return Optional.of(OffsetDateTime.parse(date));
  }

  @Test
  void theDigestIgnoresMessageIdAndLineWrappingButNotSenderRecipientsSubjectOrText() throws ParseProblem {
    String digest = Duplicates.digest(parse("1@x", "kari@acme.no", "ingrid@fjordlys.no, per@fjordlys.no", "Budget",
        "The figures are\nattached.\n"));
    assertEquals(digest, Duplicates.digest(parse("2@y", "Kari <kari@acme.no>", "per@fjordlys.no, ingrid@fjordlys.no",
        "Budget", "The figures are attached.\r\n")));
    assertNotEquals(digest, Duplicates.digest(parse("3@x", "ola@acme.no", "ingrid@fjordlys.no, per@fjordlys.no",
        "Budget", "The figures are attached.\n")));
    assertNotEquals(digest, Duplicates.digest(parse("4@x", "kari@acme.no", "ingrid@fjordlys.no", "Budget",
        "The figures are attached.\n")));
    assertNotEquals(digest, Duplicates.digest(parse("5@x", "kari@acme.no", "ingrid@fjordlys.no, per@fjordlys.no",
        "Re: Budget", "The figures are attached.\n")));
    assertNotEquals(digest, Duplicates.digest(parse("6@x", "kari@acme.no", "ingrid@fjordlys.no, per@fjordlys.no",
        "Budget", "The figures are attached. Thanks!\n")));
  }

  @Test
  void aReplyQuotingTheOriginalIsNotACopy() throws ParseProblem {
    ParsedMessage original = parse("1@x", "kari@acme.no", "ingrid@fjordlys.no", "Budget", "Can you send it?\n");
    ParsedMessage reply = parse("2@x", "ingrid@fjordlys.no", "kari@acme.no", "Re: Budget",
        "Here it is.\n\n> Can you send it?\n");
    assertNotEquals(Duplicates.digest(original), Duplicates.digest(reply));
  }

  @Test
  void copiesByMessageIdOrContentNameTheKeptCopy() throws IOException {
    Judge duplicates = new Judge();
    assertEquals(Optional.empty(), duplicates.judge("a@x", "d1", at("2026-04-14T09:12:33+02:00"), ".Sent/cur/1"));
    assertEquals("same Message-ID as .Sent/cur/1",
        duplicates.judge("a@x", "other", at("2026-04-14T09:12:33+02:00"), "cur/9").orElseThrow().reason());
    Verdict sameTime = duplicates.judge("b@x", "d1", at("2026-04-14T09:12:33+02:00"), ".all_documents/cur/4").orElseThrow();
    assertEquals(CountedAs.DUPLICATE, sameTime.countedAs());
    assertEquals("copy of .Sent/cur/1 (same sender, recipients, subject and text)", sameTime.reason());
    assertTrue(duplicates.judge("c@x", "d1", at("2026-04-14T16:12:33+09:00"), "x/1").orElseThrow().reason()
        .contains("copy of .Sent/cur/1"), "the same instant written in another offset");
    assertEquals("copy of .Sent/cur/1 (same sender, recipients, subject and text, dated 3 h apart)",
        duplicates.judge("d@x", "d1", at("2026-04-14T12:12:33+02:00"), "x/2").orElseThrow().reason());
  }

  @Test
  void theSameTextDaysLaterIsANewMessage() throws IOException {
    Judge duplicates = new Judge();
    assertEquals(Optional.empty(), duplicates.judge("a@x", "d1", at("2026-04-14T09:00:00+02:00"), "cur/1"));
    assertEquals(Optional.empty(), duplicates.judge("b@x", "d1", at("2026-04-16T09:00:00+02:00"), "cur/2"));
    assertEquals(Optional.empty(), duplicates.judge("", "", Optional.empty(), "cur/3"));
    assertEquals(Optional.empty(), duplicates.judge("", "", Optional.empty(), "cur/4"), "nothing to compare by");
  }

  /**
   * The digest reads the body without copying it: its bytes must be those of the body with white space
   * removed, encoded as {@code String.getBytes} encodes it, surrogates and the end of the buffer included.
   */
  @Test
  void digestFeedsTheBytesOfTheTextWithoutWhiteSpace() throws Exception {
    StringBuilder long1 = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      long1.append(i % 7 == 0 ? "\uD83D\uDE00" : i % 5 == 0 ? " \u00e6\u00f8\u00e5 " : i % 3 == 0 ? "\u4e2d" : "a\n");
    }
    List<String> texts = List.of("", "   \n\t ", "Hello, world", "Bl\u00e5b\u00e6r\u00a0og\u2028tran", "\u4e2d\u6587 \u3000 \u200b x",
        "smile \uD83D\uDE00 done", "split \uD83D \n \uDE00 pair", "lone high \uD83D", "lone low \uDE00 here",
        "\uD83D\uD83D\uDE00", "\uDE00\uD83D", "\uD83Dx\uDE00", long1.toString());
    for (String text : texts) {
      StringBuilder kept = new StringBuilder();
      text.chars().filter(c -> c > ' ' && c < 0x7f || !Character.isWhitespace(c) && c != '\u00a0')
          .forEach(c -> kept.append((char) c));
      java.security.MessageDigest expected = java.security.MessageDigest.getInstance("SHA-256");
      expected.update(kept.toString().getBytes(StandardCharsets.UTF_8));
      java.security.MessageDigest actual = java.security.MessageDigest.getInstance("SHA-256");
      assertEquals(kept.length(), Duplicates.updateWithoutWhiteSpace(actual, text), text);
      assertEquals(java.util.HexFormat.of().formatHex(expected.digest()), java.util.HexFormat.of().formatHex(actual.digest()),
          "bytes fed for " + (text.length() > 40 ? text.substring(0, 40) + "..." : text));
    }
  }
}
