package dev.clientlens.generate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One MIME entity as text: its content headers and its encoded body. Parts nest into multiparts; the top
 * part's headers join the message headers.
 */
record MimePart(String headers, String body) {
  private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, new byte[] {'\n'});

  /**
   * A text part. {@code eightBit} mailers send raw UTF-8; the others quoted-printable. Pure ASCII with short
   * lines goes as 7bit either way, as real mail programs do.
   */
  static MimePart text(String subtype, String text, boolean eightBit, String charset) {
    String body = text.endsWith("\n") ? text : text + "\n";
    boolean plain = EncodedWords.isAscii(body.replace('\n', ' ')) && maxLine(body) <= 76;
    String type = "Content-Type: text/" + subtype + "; charset=" + charset + "\n";
    if (plain) {
      return new MimePart(type + "Content-Transfer-Encoding: 7bit\n", body);
    }
    if (eightBit) {
      return new MimePart(type + "Content-Transfer-Encoding: 8bit\n", body);
    }
    return new MimePart(type + "Content-Transfer-Encoding: quoted-printable\n", QuotedPrintable.encode(body));
  }

  /** A text part that is always quoted-printable (HTML parts and auto-replies of some mailers). */
  static MimePart quotedPrintable(String subtype, String text, String charset) {
    String body = text.endsWith("\n") ? text : text + "\n";
    return new MimePart("Content-Type: text/" + subtype + "; charset=" + charset + "\n"
        + "Content-Transfer-Encoding: quoted-printable\n", QuotedPrintable.encode(body));
  }

  static MimePart attachment(String mimeType, String filename, byte[] data) {
    String name = EncodedWords.isAscii(filename)
        ? "name=\"" + filename + "\""
        : "name*=UTF-8''" + percent(filename);
    String file = EncodedWords.isAscii(filename)
        ? "filename=\"" + filename + "\""
        : "filename*=UTF-8''" + percent(filename);
    String headers = "Content-Type: " + mimeType + ";\n " + name + "\n"
        + "Content-Disposition: attachment;\n " + file + "\n"
        + "Content-Transfer-Encoding: base64\n";
    return new MimePart(headers, BASE64.encodeToString(data) + "\n");
  }

  static MimePart multipart(String subtype, String boundary, String preamble, List<MimePart> parts) {
    return multipart("multipart/" + subtype, "", boundary, preamble, parts);
  }

  /** A multipart with extra type parameters, such as {@code report-type=delivery-status}. */
  static MimePart multipart(String type, String parameters, String boundary, String preamble, List<MimePart> parts) {
    StringBuilder body = new StringBuilder();
    if (!preamble.isEmpty()) {
      body.append(preamble).append("\n\n");
    }
    for (MimePart part : parts) {
      body.append("--").append(boundary).append('\n').append(part.headers()).append('\n').append(part.body());
      if (!part.body().endsWith("\n")) {
        body.append('\n');
      }
      body.append('\n');
    }
    body.append("--").append(boundary).append("--\n");
    String headers = "Content-Type: " + type + ";" + (parameters.isEmpty() ? "" : " " + parameters + ";")
        + "\n boundary=\"" + boundary + "\"\n";
    return new MimePart(headers, body.toString());
  }

  /** The whole message: header block, the top part's content headers, a blank line, the body. */
  byte[] message(String messageHeaders) {
    return (messageHeaders + "MIME-Version: 1.0\n" + headers + "\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  private static int maxLine(String text) {
    int max = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        max = Math.max(max, i - start);
        start = i + 1;
      }
    }
    return Math.max(max, text.length() - start);
  }

  private static String percent(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }
}
