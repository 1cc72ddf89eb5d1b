package dev.clientlens.source;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Helpers for the local source tests: writing small messages and reading a source to its end. */
final class TreeReading {
  /** A walk that yields more than this has gone round a loop. */
  static final int TOO_MANY = 1000;

  private TreeReading() {}

  /** Writes a minimal message to {@code file}, creating its folders. */
  static Path message(Path file, String subject) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "From: a@b.no\nSubject: " + subject + "\n\nhi\n", StandardCharsets.UTF_8);
  }

  /** Writes an mbox of one message per subject. */
  static Path mbox(Path file, String... subjects) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder text = new StringBuilder();
    for (String subject : subjects) {
      text.append("From a@b.no Tue Apr 14 07:12:33 2026\nFrom: a@b.no\nSubject: ").append(subject)
          .append("\n\nhi\n\n");
    }
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** One line per entry: a message's location, or {@code NOT READ location: reason}. */
  static List<String> readAll(MessageSource source) throws IOException {
    return read(source, m -> m.location());
  }

  /** Reads {@code source} to its end, describing each message with {@code describe}. */
  static List<String> read(MessageSource source, java.util.function.Function<RawMessage, String> describe)
      throws IOException {
    List<String> all = new ArrayList<>();
    while (true) {
      if (all.size() > TOO_MANY) {
        fail("still reading after " + TOO_MANY + " entries, the walk goes round a loop: " + all.subList(0, 20));
      }
      Optional<RawMessage> m;
      try {
        m = source.next();
      } catch (UnreadableMessageException e) {
        all.add("NOT READ " + e.location() + ": " + e.reason());
        continue;
      }
      if (m.isEmpty()) {
        return all;
      }
      all.add(describe.apply(m.get()));
    }
  }

  static List<String> readAll(Path path) throws IOException {
    try (MessageSource source = Sources.open(path, Limits.DEFAULT)) {
      return readAll(source);
    }
  }

  /** The entries of {@code all} that are messages, not records of what was not read. */
  static List<String> messages(List<String> all) {
    return all.stream().filter(line -> !line.startsWith("NOT READ ")).toList();
  }

  /** The entries of {@code all} that say what was not read. */
  static List<String> notRead(List<String> all) {
    return all.stream().filter(line -> line.startsWith("NOT READ ")).toList();
  }
}
