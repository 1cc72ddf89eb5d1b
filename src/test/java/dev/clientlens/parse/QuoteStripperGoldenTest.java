package dev.clientlens.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files under {@code src/test/resources/quotes/}: each {@code NAME.txt} (a plain-text body) or
 * {@code NAME.eml} (a whole message; its text/plain part is used) beside {@code NAME.expected.txt}, the
 * visible text written by hand. One test case per pair, named {@code folder/NAME}.
 */
class QuoteStripperGoldenTest {

  private static final String EXPECTED_SUFFIX = ".expected.txt";

  private final QuoteStripper stripper = new QuoteStripper();

  static Stream<String> cases() throws IOException {
    Path root = root();
    try (Stream<Path> files = Files.walk(root)) {
      List<String> names = files
          .map(path -> root.relativize(path).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(EXPECTED_SUFFIX))
          .map(name -> name.substring(0, name.length() - EXPECTED_SUFFIX.length()))
          .sorted()
          .toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void visibleTextIsWhatTheSenderWrote(String name) throws IOException, MessagingException {
    String expected = Files.readString(root().resolve(name + EXPECTED_SUFFIX), StandardCharsets.UTF_8)
        .replace("\r\n", "\n")
        .stripTrailing();

    assertEquals(expected, stripper.visibleText(body(name)), name);
  }

  private static String body(String name) throws IOException, MessagingException {
    Path text = root().resolve(name + ".txt");
    if (Files.exists(text)) {
      return Files.readString(text, StandardCharsets.UTF_8);
    }
    Path eml = root().resolve(name + ".eml");
    try (InputStream in = Files.newInputStream(eml)) {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
      return plainText(message)
          .orElseThrow(() -> new AssertionError(eml + ": no text/plain part"));
    }
  }

  private static Optional<String> plainText(Part part) throws IOException, MessagingException {
    if (part.isMimeType("text/plain")) {
      return Optional.of((String) part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        Optional<String> text = plainText(multipart.getBodyPart(i));
        if (text.isPresent()) {
          return text;
        }
      }
    }
    return Optional.empty();
  }

  private static Path root() {
    try {
      return Path.of(QuoteStripperGoldenTest.class.getResource("/quotes").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("quotes: test resources not found: " + e.getMessage(), e);
    }
  }
}
