package dev.clientlens.parse;

import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.source.RawMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A {@link ParsedMessage} as plain text for golden files: one {@code field: value} line per field in a
 * fixed order (a list gives one line per element, an empty value or list a bare {@code field:}), then the
 * visible text and the whole body, each line indented by two spaces. Control, format and line-separator
 * characters inside values and lines are written as escapes ({@code \r}, {@code \t}, or a backslash, {@code u}
 * and four hex digits), so every character that counts can be seen and no line break hides in a value.
 *
 * <p>Run as a program ({@code FOLDER OUT}) it parses every {@code NAME.eml} of FOLDER as {@code
 * ParsedMessageGoldenTest} describes and writes each rendering to {@code OUT/NAME.parsed.txt}.
 */
final class ParsedMessageRendering {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  private static final String MESSAGE = ".eml";

  private ParsedMessageRendering() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Path out = Path.of(args[1]);
    MessageParser parser = new MessageParser(ParserSettings.DEFAULT);
    List<Path> messages;
    try (Stream<Path> files = Files.list(folder)) {
      messages = files.filter(path -> path.getFileName().toString().endsWith(MESSAGE)).sorted().toList();
    }
    int failed = 0;
    for (Path message : messages) {
      String file = message.getFileName().toString();
      String name = file.substring(0, file.length() - MESSAGE.length());
      RawMessage raw = new RawMessage(file, "INBOX", FolderRole.INBOX, null, Files.readAllBytes(message));
      try {
        Files.writeString(out.resolve(name + ".parsed.txt"), render(parser.parse(raw)), StandardCharsets.UTF_8);
      } catch (ParseProblem e) {
        System.err.println(message + ": could not parse: " + e.getMessage());
        failed++;
      }
    }
    if (failed > 0) {
      System.exit(1);
    }
  }

  static String render(ParsedMessage m) {
    StringBuilder out = new StringBuilder();
    field(out, "location", m.location());
    field(out, "folder", m.folder());
    field(out, "role", m.role().name());
    field(out, "message_id", m.messageId());
    field(out, "from", m.from().map(ParsedMessageRendering::mailbox).orElse(""));
    list(out, "to", m.to().stream().map(ParsedMessageRendering::mailbox).toList());
    list(out, "cc", m.cc().stream().map(ParsedMessageRendering::mailbox).toList());
    field(out, "subject", m.subject());
    field(out, "date", date(m.date()));
    field(out, "date_source", m.dateSource().label());
    field(out, "in_reply_to", m.inReplyTo());
    list(out, "references", m.references());
    list(out, "signals", new TreeMap<>(m.signals()).entrySet().stream().map(ParsedMessageRendering::signal).toList());
    list(out, "attachments", m.attachments());
    list(out, "notes", m.notes());
    field(out, "closing", m.closing());
    block(out, "text", m.text());
    block(out, "body", m.body());
    return out.toString();
  }

  private static String mailbox(Mailbox mailbox) {
    String address = "<" + mailbox.address() + ">";
    return mailbox.displayName().isEmpty() ? address : mailbox.displayName() + " " + address;
  }

  private static String date(Optional<OffsetDateTime> date) {
    return date.map(DATE::format).orElse("");
  }

  private static String signal(Map.Entry<String, String> entry) {
    return entry.getKey() + ": " + entry.getValue();
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append(name).append(':');
    if (!value.isEmpty()) {
      out.append(' ').append(escape(value));
    }
    out.append('\n');
  }

  private static void list(StringBuilder out, String name, List<String> values) {
    if (values.isEmpty()) {
      field(out, name, "");
    }
    for (String value : values) {
      field(out, name, value);
    }
  }

  /** The text's lines, split at line feeds only, so a carriage return shows as {@code \r}. */
  private static void block(StringBuilder out, String name, String text) {
    out.append(name).append(":\n");
    if (text.isEmpty()) {
      return;
    }
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.append("  ").append(escape(line));
      }
      out.append('\n');
    }
  }

  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          int type = Character.getType(c);
          if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
              || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
            out.append(String.format("\\u%04X", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
