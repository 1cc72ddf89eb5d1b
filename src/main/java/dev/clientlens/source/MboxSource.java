package dev.clientlens.source;

import dev.clientlens.domain.FolderRole;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an mbox file (mboxo, mboxrd, Google Takeout, Thunderbird) one message at a time. A message
 * starts at a {@code From } line at the start of the file or after a blank line; {@code >From } lines are
 * unescaped by one level, which restores both mboxrd and the common mboxo escaping. Message {@code n} is
 * at {@code LOCATION#n}; while the file keeps its size and time, a message an earlier scan stored is
 * passed over without being copied or parsed.
 */
final class MboxSource implements MessageSource {
  private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);

  private final Path file;
  private final String location;
  private final String folder;
  private final FolderRole role;
  private final Limits limits;
  private final InputStream in;
  private final LineReader lines;
  private final String stamp;
  private byte[] pendingSeparator;
  private int index;
  private KnownItems known = KnownItems.NONE;

  /** An mbox named on the command line: its messages are at {@code NAME#n}, in the folder {@code NAME}. */
  MboxSource(Path file, Limits limits) throws IOException {
    this(file, limits, file.getFileName().toString(), file.getFileName().toString(), roleOf(appleMailName(file)));
  }

  /** An mbox found at {@code location} in a mail tree. */
  MboxSource(Path file, Limits limits, String location, String folder, FolderRole role) throws IOException {
    this.file = file;
    this.location = location;
    this.folder = folder;
    this.role = role;
    this.limits = limits;
    this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    this.lines = new LineReader(in, limits.maxMessageBytes());
    this.stamp = Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
    byte[] first = lines.next();
    while (first != null && isBlank(first)) {
      first = lines.next();
    }
    if (first != null && !startsWith(first, FROM)) {
      in.close();
      throw new SourceUnavailableException(file + ": not an mbox file: the first line does not start with \"From \"");
    }
    pendingSeparator = first;
  }

  static boolean looksLikeMbox(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(5);
      return Arrays.equals(head, FROM);
    }
  }

  /** Apple Mail exports {@code Sent.mbox/mbox}: the folder it names is the parent. */
  private static String appleMailName(Path file) {
    String name = file.getFileName().toString();
    Path parent = file.toAbsolutePath().getParent();
    return name.equalsIgnoreCase("mbox") && parent != null && parent.getFileName() != null
        ? parent.getFileName() + "/" + name : name;
  }

  /**
   * The role of an mbox at {@code path} ({@code /} between folders): Thunderbird's {@code Sent} and
   * {@code Mail/Sent.mbox} are Sent folders, and so is Apple Mail's {@code Sent.mbox/mbox}.
   */
  static FolderRole roleOf(String path) {
    String name = path;
    if (name.toLowerCase(Locale.ROOT).endsWith("/mbox")) {
      name = name.substring(0, name.length() - "/mbox".length());
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".mbox") || lower.endsWith(".mbx")) {
      name = name.substring(0, name.lastIndexOf('.'));
    }
    return FolderRole.ofName(name);
  }

  @Override
  public void passOver(KnownItems known) {
    this.known = known;
  }

  @Override
  public Optional<RawMessage> next() throws IOException {
    while (pendingSeparator != null) {
      index++;
      String at = location + "#" + index;
      if (known.isKnown(at, stamp, at)) {
        skipMessage();
        continue;
      }
      return Optional.of(readMessage(at));
    }
    return Optional.empty();
  }

  /** Consumes the current message up to the next separator. */
  private void skipMessage() throws IOException {
    boolean previousBlank = false;
    byte[] line;
    pendingSeparator = null;
    while ((line = lines.next()) != null) {
      if (previousBlank && startsWith(line, FROM)) {
        pendingSeparator = line;
        return;
      }
      previousBlank = isBlank(line);
    }
  }

  private RawMessage readMessage(String location) throws IOException {
    Instant delivered = separatorTime(pendingSeparator);
    ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    boolean tooLarge = false;
    boolean previousBlank = false;
    byte[] line;
    pendingSeparator = null;
    while ((line = lines.next()) != null) {
      if (previousBlank && startsWith(line, FROM)) {
        pendingSeparator = line;
        break;
      }
      previousBlank = isBlank(line);
      if (tooLarge) {
        continue;
      }
      int skip = isEscapedFrom(line) ? 1 : 0;
      body.write(line, skip, line.length - skip);
      if (body.size() > limits.maxMessageBytes() || lines.truncated()) {
        tooLarge = true;
        body.reset();
      }
    }
    if (tooLarge) {
      throw new UnreadableMessageException(
          location, "message is over the limit of " + limits.maxMessageBytes() + " bytes", null);
    }
    byte[] bytes = body.toByteArray();
    return RawMessage.owning(location, folder, role, delivered, bytes, withoutSeparatorBlankLine(bytes), location,
        stamp);
  }

  /**
   * The length without the blank line before the next separator, which belongs to the mbox format, not to
   * the message (the bytes are not copied again to drop it).
   */
  private static int withoutSeparatorBlankLine(byte[] bytes) {
    int end = bytes.length;
    if (end >= 2 && bytes[end - 1] == '\n' && bytes[end - 2] == '\n') {
      end--;
    } else if (end >= 4 && bytes[end - 1] == '\n' && bytes[end - 2] == '\r' && bytes[end - 3] == '\n') {
      end -= 2;
    }
    return end;
  }

  private static boolean isEscapedFrom(byte[] line) {
    int i = 0;
    while (i < line.length && line[i] == '>') {
      i++;
    }
    if (i == 0 || line.length - i < FROM.length) {
      return false;
    }
    for (int j = 0; j < FROM.length; j++) {
      if (line[i + j] != FROM[j]) {
        return false;
      }
    }
    return true;
  }

  /** {@code From sender Tue Apr 14 07:12:33 2026}: the time is UTC by convention. */
  private static Instant separatorTime(byte[] line) {
    String text = new String(line, StandardCharsets.ISO_8859_1).strip();
    String[] parts = text.split("\\s+");
    if (parts.length < 7) {
      return null;
    }
    String asctime = String.join(" ", Arrays.asList(parts).subList(parts.length - 5, parts.length));
    try {
      return LocalDateTime.parse(asctime, ASCTIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notAsctime) {
      return null;
    }
  }

  private static boolean startsWith(byte[] line, byte[] prefix) {
    if (line.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (line[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(byte[] line) {
    return line.length == 0
        || (line.length == 1 && line[0] == '\n')
        || (line.length == 2 && line[0] == '\r' && line[1] == '\n');
  }

  @Override
  public Optional<String> wholeStamp() {
    return Optional.of(stamp);
  }

  @Override
  public String describe() {
    return "mbox " + file;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Lines as bytes, each with its line ending; no charset is assumed. A line longer than the cap is
   * consumed but cut, and {@link #truncated()} says so, so one giant line cannot exhaust memory.
   */
  private static final class LineReader {
    private final InputStream in;
    private final int cap;
    private byte[] buffer = new byte[1024];
    private boolean truncated;

    LineReader(InputStream in, int cap) {
      this.in = in;
      this.cap = cap;
    }

    boolean truncated() {
      return truncated;
    }

    byte[] next() throws IOException {
      int length = 0;
      int b;
      truncated = false;
      while ((b = in.read()) != -1) {
        if (length == cap) {
          truncated = true;
        } else {
          if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(cap, buffer.length * 2));
          }
          buffer[length++] = (byte) b;
        }
        if (b == '\n') {
          break;
        }
      }
      if (length == 0 && b == -1) {
        return null;
      }
      byte[] line = Arrays.copyOf(buffer, length);
      if (buffer.length > 1 << 20) {
        buffer = new byte[1024];
      }
      return line;
    }
  }
}
