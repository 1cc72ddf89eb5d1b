package dev.clientlens.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;

/**
 * Writes one mboxrd file as Google Takeout does: a {@code From } separator with the envelope sender and the
 * UTC time in asctime form, {@code X-GM-THRID} and {@code X-Gmail-Labels} headers first (so the folder role
 * survives), body lines matching {@code ^>*From } escaped with one more {@code >}, and a blank line after
 * each message. Written to a temporary name and renamed, so a reader never sees half a file.
 */
final class MboxSink implements Sink {
  private final Path file;
  private final Path temp;
  private final OutputStream out;
  private boolean done;

  private MboxSink(Path file, Path temp, OutputStream out) {
    this.file = file;
    this.temp = temp;
    this.out = out;
  }

  static MboxSink open(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path temp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    return new MboxSink(absolute, temp, new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
  }

  @Override
  public void write(Letter letter) throws IOException {
    Envelope e = letter.envelope();
    String separator = "From " + e.sender() + " " + Calendars.asctime(e.at().atZone(ZoneOffset.UTC)) + "\n"
        + "X-GM-THRID: " + e.threadId() + "\n"
        + "X-Gmail-Labels: " + e.folder().gmailLabel() + "\n";
    out.write(separator.getBytes(StandardCharsets.US_ASCII));
    writeEscaped(letter.bytes());
    out.write('\n');
  }

  /** mboxrd: every line that starts with any number of '>' followed by "From " gets one more '>'. */
  private void writeEscaped(byte[] bytes) throws IOException {
    int lineStart = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i > lineStart || i < bytes.length) {
          if (needsEscape(bytes, lineStart, i)) {
            out.write('>');
          }
          out.write(bytes, lineStart, i - lineStart);
          out.write('\n');
        }
        lineStart = i + 1;
      }
    }
  }

  static boolean needsEscape(byte[] b, int start, int end) {
    int i = start;
    while (i < end && b[i] == '>') {
      i++;
    }
    return end - i >= 5 && b[i] == 'F' && b[i + 1] == 'r' && b[i + 2] == 'o' && b[i + 3] == 'm' && b[i + 4] == ' ';
  }

  /** Publishes the file: flush, then rename over the target. */
  @Override
  public void close() throws IOException {
    if (done) {
      return;
    }
    done = true;
    out.close();
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Drops the partial file after a failure. */
  void abandon() throws IOException {
    if (!done) {
      done = true;
      out.close();
      Files.deleteIfExists(temp);
    }
  }
}
