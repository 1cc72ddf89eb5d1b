package dev.clientlens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.domain.FolderRole;
import dev.clientlens.source.RawMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A scan parses without cutting the sender's own text and cuts it only from the messages it analyses: the
 * message is then the one a parser that cuts gives, field for field.
 */
class OwnTextLaterTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/parse");

  @Test
  void cuttingLaterGivesTheMessageThatCuttingAtOnceGives() throws IOException, ParseProblem {
    List<Path> messages;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      messages = files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
    }
    MessageParser cutting = new MessageParser(ParserSettings.DEFAULT, true);
    MessageParser notCutting = new MessageParser(ParserSettings.DEFAULT, false);
    int withQuotesOrSignature = 0;
    for (Path file : messages) {
      RawMessage raw = new RawMessage(file.getFileName().toString(), "INBOX", FolderRole.INBOX, null,
          Files.readAllBytes(file));
      ParsedMessage atOnce = cutting.parse(raw);
      ParsedMessage uncut = notCutting.parse(raw);
      assertEquals("", uncut.text(), file.toString());
      assertEquals("", uncut.closing(), file.toString());
      assertEquals(atOnce, notCutting.withOwnText(uncut), file.toString());
      if (!atOnce.text().equals(atOnce.body().strip())) {
        withQuotesOrSignature++;
      }
    }
    assertTrue(messages.size() >= 20, "golden messages: " + messages.size());
    assertTrue(withQuotesOrSignature >= 10, "messages whose cut text differs from the body: " + withQuotesOrSignature);
  }
}
