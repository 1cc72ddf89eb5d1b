package dev.clientlens.generate;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Test helpers: the message files of a Maildir tree, and parsing them with Jakarta Mail. */
final class Mailboxes {
  private static final Session SESSION = Session.getInstance(new Properties());

  private Mailboxes() {}

  /** Every message file under cur/ and new/ of the inbox and its subfolders, in path order. */
  static List<Path> messageFiles(Path maildir) throws IOException {
    try (Stream<Path> walk = Files.walk(maildir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> {
            String parent = p.getParent().getFileName().toString();
            return parent.equals("cur") || parent.equals("new");
          })
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  /** Every regular file of the tree (messages and markers), relative, in path order. */
  static List<Path> allFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  static MimeMessage parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage message = new MimeMessage(SESSION, in);
      message.getContentType(); // force the headers to be read now
      return message;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(file + ": could not parse: " + e.getMessage(), e);
    }
  }

  static String header(MimeMessage message, String name) {
    try {
      String value = message.getHeader(name, null);
      return value == null ? "" : value;
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
