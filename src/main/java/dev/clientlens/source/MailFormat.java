package dev.clientlens.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What a local file holds, judged by its first bytes rather than its name: Thunderbird keeps mbox files
 * named {@code Inbox} and {@code Sent}, and exports name single messages {@code .eml}, {@code .txt} or
 * nothing at all.
 */
enum MailFormat {
  /** Messages each starting with a {@code From } separator line. */
  MBOX,
  /** One RFC 822 message: a header block of mail fields. */
  MESSAGE,
  /** Anything else (notes, indexes, images, empty files). */
  NOT_MAIL;

  /** Enough for the header fields of nearly every message; a longer header that is still valid counts. */
  static final int HEAD_BYTES = 8192;

  /** Fields one of which any real message has; {@code Key: value} files of other kinds rarely do. */
  private static final Set<String> MAIL_FIELDS = Set.of(
      "from", "to", "cc", "subject", "date", "message-id", "received", "return-path", "delivered-to",
      "sender", "reply-to", "mime-version", "in-reply-to", "references", "x-mailer");

  /** Named as one message ({@code .eml}, or Outlook's {@code .msg}, which is recorded as unreadable). */
  static boolean namedAsMessage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".eml") || name.endsWith(".msg");
  }

  /** Named as an mbox file. */
  static boolean namedAsMbox(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".mbox") || name.endsWith(".mbx");
  }

  /** Reads the head of {@code file} and judges it with {@link #of(byte[], boolean)}. */
  static MailFormat of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(HEAD_BYTES);
      return of(head, head.length < HEAD_BYTES || in.read() == -1);
    }
  }

  /**
   * An mbox starts (after blank lines) with a {@code From } line followed by a header field; a message
   * starts with a header block holding at least one mail field. {@code complete} says {@code head} is
   * the whole file, so a header cut short by the end of {@code head} is not held against it.
   */
  static MailFormat of(byte[] head, boolean complete) {
    int pos = 0;
    while (pos < head.length && (head[pos] == '\n' || head[pos] == '\r')) {
      pos++;
    }
    if (startsWith(head, pos, "From ")) {
      int next = lineEnd(head, pos);
      if (next < head.length && fieldName(head, next, lineEnd(head, next)) != null) {
        return MBOX;
      }
      return NOT_MAIL;
    }
    if (pos > 0) {
      return NOT_MAIL;
    }
    boolean mailField = false;
    boolean anyField = false;
    while (pos < head.length) {
      int end = lineEnd(head, pos);
      boolean cut = end == head.length && !complete && head[end - 1] != '\n';
      if (isBlank(head, pos, end)) {
        return anyField && mailField ? MESSAGE : NOT_MAIL;
      }
      if (head[pos] == ' ' || head[pos] == '\t') {
        if (!anyField) {
          return NOT_MAIL;
        }
      } else {
        String name = fieldName(head, pos, end);
        if (name == null) {
          if (cut) {
            break;
          }
          return NOT_MAIL;
        }
        anyField = true;
        mailField |= MAIL_FIELDS.contains(name);
      }
      pos = end;
    }
    return anyField && mailField ? MESSAGE : NOT_MAIL;
  }

  /** The lower-cased field name when the line is {@code name: value}, else null. */
  private static String fieldName(byte[] b, int start, int end) {
    int i = start;
    while (i < end && b[i] >= 33 && b[i] <= 126 && b[i] != ':') {
      i++;
    }
    int nameEnd = i;
    while (i < end && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    if (nameEnd == start || i >= end || b[i] != ':') {
      return null;
    }
    return new String(b, start, nameEnd - start, java.nio.charset.StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
  }

  /** The index just past the line's {@code \n}, or the end of the bytes. */
  private static int lineEnd(byte[] b, int start) {
    int i = start;
    while (i < b.length && b[i] != '\n') {
      i++;
    }
    return i < b.length ? i + 1 : i;
  }

  private static boolean isBlank(byte[] b, int start, int end) {
    for (int i = start; i < end; i++) {
      if (b[i] != '\n' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] b, int start, String prefix) {
    if (b.length - start < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[start + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
