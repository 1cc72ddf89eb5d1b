package dev.clientlens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientlens.JavaProcesses;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.source.RawMessage;
import jakarta.mail.internet.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Mail reads some leniency settings once, when its classes are first used: a parser built after
 * other mail code ran (an IMAP source reading message structure) would be strict. Preparing the library
 * first keeps it lenient. Each case runs in a JVM of its own, where mail code runs before the parser.
 */
class MailLibraryPreparationTest {
  private static final Path MESSAGE = Path.of("src/test/resources/golden/parse/mime4j-koi8r-filename.eml");

  /** Child JVM: args[0] "prepare" or "not"; touches Jakarta Mail, then prints the attachments the parser finds. */
  public static void main(String[] args) throws Exception {
    if (args[0].equals("prepare")) {
      MessageParser.prepareMailLibrary();
    }
    new ContentType("text/plain; charset=us-ascii");
    ParsedMessage parsed = new MessageParser(ParserSettings.DEFAULT).parse(
        new RawMessage("m", "INBOX", FolderRole.INBOX, null, Files.readAllBytes(Path.of(args[1]))));
    System.out.println("attachments=" + parsed.attachments().size());
  }

  private static String run(String mode) throws IOException, InterruptedException {
    Process process = JavaProcesses.java(List.of("-XX:+UseSerialGC"), MailLibraryPreparationTest.class,
        List.of(mode, MESSAGE.toString())).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out.lines().filter(line -> line.startsWith("attachments=")).findFirst().orElse(out);
  }

  @Test
  void preparedBeforeOtherMailCodeTheParserStaysLenient() throws IOException, InterruptedException {
    assertEquals("attachments=1", run("prepare"));
    // without it the same message loses its attachment: the reason Pipeline prepares before opening sources
    assertEquals("attachments=0", run("not"));
  }
}
