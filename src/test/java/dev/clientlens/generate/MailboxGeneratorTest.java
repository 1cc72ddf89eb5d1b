package dev.clientlens.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailboxGeneratorTest {

  @Test
  void sampleIsByteIdenticalWhenGeneratedTwice(@TempDir Path a, @TempDir Path b) throws IOException {
    GroundTruth first = new MailboxGenerator(GeneratorSettings.sample()).writeMaildir(a);
    GroundTruth second = new MailboxGenerator(GeneratorSettings.sample()).writeMaildir(b);

    assertEquals(first, second);
    List<Path> files = Mailboxes.allFiles(a);
    assertEquals(files, Mailboxes.allFiles(b));
    for (Path file : files) {
      assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file.toString());
      assertEquals(Files.getLastModifiedTime(a.resolve(file)), Files.getLastModifiedTime(b.resolve(file)),
          file.toString());
    }
  }

  @Test
  void maildirHoldsExactlyTheFilesTheTruthCounts(@TempDir Path dir) throws IOException {
    GroundTruth truth = new MailboxGenerator(GeneratorSettings.sample()).writeMaildir(dir);

    assertEquals(truth.files(), Mailboxes.messageFiles(dir).size());
    assertEquals(truth.files(), truth.countedAs().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(List.of("client_in", "client_out", "internal", "auto_reply", "bulk", "duplicate", "bounce"),
        List.copyOf(truth.countedAs().keySet()));
    for (String folder : List.of("", ".Sent", ".Archive")) {
      for (String sub : List.of("cur", "new", "tmp")) {
        assertTrue(Files.isDirectory(dir.resolve(folder).resolve(sub)), folder + "/" + sub);
      }
    }
    assertTrue(Files.list(dir.resolve("new")).findAny().isPresent(), "recent inbox mail is unread in new/");
    assertTrue(Files.list(dir.resolve("new")).allMatch(p -> !p.getFileName().toString().contains(":2,")));
    assertTrue(Files.list(dir.resolve("cur")).allMatch(p -> p.getFileName().toString()
        .matches("\\d+\\.M\\d+P1\\.clientlens:2,S")));
  }

  @Test
  void everyFileParsesWithFromDateAndMessageId(@TempDir Path dir) throws Exception {
    new MailboxGenerator(GeneratorSettings.sample()).writeMaildir(dir);

    for (Path file : Mailboxes.messageFiles(dir)) {
      MimeMessage message = Mailboxes.parse(file);
      assertNotNull(message.getFrom(), file + ": From");
      assertTrue(message.getFrom().length > 0, file + ": From");
      assertNotNull(message.getSentDate(), file + ": Date");
      assertTrue(message.getMessageID().matches("<[^<>@\\s]+@[^<>@\\s]+>"), file + ": Message-ID");
      assertEquals(message.getSentDate().toInstant(), Files.getLastModifiedTime(file).toInstant(),
          file + ": file time is the message time");
      walk(message);
      byte[] bytes = Files.readAllBytes(file);
      assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("\r"), file + ": LF line ends only");
    }
  }

  @Test
  void mboxHoldsTheSameMessagesWithEscapedFromLines(@TempDir Path dir) throws IOException {
    Path mbox = dir.resolve("all.mbox");
    GroundTruth truth = new MailboxGenerator(GeneratorSettings.sample()).writeMbox(mbox);
    GroundTruth maildir = new MailboxGenerator(GeneratorSettings.sample()).writeMaildir(dir.resolve("maildir"));

    assertEquals(maildir, truth);
    List<String> lines = Files.readAllLines(mbox, StandardCharsets.UTF_8);
    long separators = lines.stream().filter(l -> l.startsWith("From ")).count();
    assertEquals(truth.files(), separators);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(">From ")), "a body line starting with From is escaped");
    String asctime = "\\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}";
    assertTrue(lines.get(0).matches("From \\S+@\\S+ " + asctime), lines.get(0));
    for (String label : List.of("Inbox", "Sent", "Archived")) {
      assertTrue(lines.contains("X-Gmail-Labels: " + label), label);
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith("From ")) {
        assertEquals("", lines.get(i - 1), "a blank line before separator " + lines.get(i));
      }
    }
    assertFalse(Files.exists(dir.resolve("all.mbox.tmp")));
  }

  @Test
  void syntheticHitsTheRequestedSizeWithinOnePercent(@TempDir Path dir) throws IOException {
    GroundTruth truth = new MailboxGenerator(GeneratorSettings.synthetic(11, 25, 2000)).writeMaildir(dir);

    int files = Mailboxes.messageFiles(dir).size();
    assertEquals(truth.files(), files);
    assertTrue(files >= 1980 && files <= 2020, "files: " + files);
    long none = truth.clients().stream().filter(c -> c.archetype().equals("none")).count();
    assertTrue(none >= 7 && none <= 13, "about 40% of 25 clients have no archetype: " + none);
    assertTrue(truth.count("bulk") > 0 && truth.count("internal") > 0 && truth.count("duplicate") > 0);
  }

  @Test
  void syntheticDependsOnTheSeed(@TempDir Path a, @TempDir Path b) throws IOException {
    GroundTruth one = new MailboxGenerator(GeneratorSettings.synthetic(1, 10, 300)).writeMaildir(a);
    GroundTruth two = new MailboxGenerator(GeneratorSettings.synthetic(2, 10, 300)).writeMaildir(b);

    assertFalse(one.clients().equals(two.clients()));
  }

  @Test
  void refusesAMaildirThatAlreadyHoldsMessages(@TempDir Path dir) throws IOException {
    MailboxGenerator generator = new MailboxGenerator(GeneratorSettings.synthetic(3, 5, 100));
    generator.writeMaildir(dir);

    IOException e = assertThrows(IOException.class, () -> generator.writeMaildir(dir));
    assertTrue(e.getMessage().contains("already holds messages"), e.getMessage());
  }

  @Test
  void settingsRejectNonsenseAndNameTheRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeneratorSettings.synthetic(1, 0, 100));
    assertTrue(e.getMessage().contains("1..100000"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new GeneratorSettings(1, null, 1, 1, GeneratorSettings.sample().start(), 1));
  }

  /** Reads every part, as the parse stage will; a malformed structure throws here. */
  private static void walk(Part part) throws MessagingException, IOException {
    Object content = part.getContent();
    if (content instanceof Multipart multipart) {
      assertTrue(multipart.getCount() > 0);
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        walk(child);
      }
    } else if (content instanceof InputStream in) {
      in.readAllBytes();
    }
  }
}
