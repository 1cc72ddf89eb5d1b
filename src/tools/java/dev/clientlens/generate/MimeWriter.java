package dev.clientlens.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Chooses the MIME structure each mail program uses for a body and an optional attachment. */
final class MimeWriter {
  private MimeWriter() {}

  static MimePart assemble(Mailer mailer, Body body, Optional<Attachment> attachment, Dice dice) {
    MimePart content = switch (mailer) {
      case GMAIL -> alternative(mailer, body, "\"UTF-8\"", dice);
      case OUTLOOK -> alternative(mailer, body, "\"utf-8\"", dice);
      case APPLE_MAIL -> MimePart.text("plain", body.plain(), false, "utf-8");
      case THUNDERBIRD, OWNER -> MimePart.text("plain", body.plain(), true, "UTF-8");
      case WEBMAIL_HTML -> MimePart.quotedPrintable("html", body.html(), "UTF-8");
    };
    if (attachment.isEmpty()) {
      return content;
    }
    List<MimePart> parts = new ArrayList<>();
    parts.add(content);
    parts.add(attachment.get().part());
    String preamble = mailer == Mailer.THUNDERBIRD || mailer == Mailer.OWNER
        ? "This is a multi-part message in MIME format." : "";
    return MimePart.multipart("mixed", MessageIds.boundary(mailer, dice), preamble, parts);
  }

  /** The headers by which each mail program identifies itself (Gmail and the owner's program add none). */
  static void programHeaders(Headers h, Mailer mailer, Language language, String topic, boolean mobile,
      boolean attached) {
    boolean en = language == Language.EN;
    switch (mailer) {
      case OUTLOOK -> {
        h.text("Thread-Topic", topic, false);
        h.raw("Accept-Language", en ? "en-GB, en-US" : "nb-NO, en-US");
        h.raw("Content-Language", en ? "en-GB" : "nb-NO");
        if (attached) {
          h.raw("X-MS-Has-Attach", "yes");
        }
      }
      case APPLE_MAIL -> h.raw("X-Mailer", mobile ? "iPhone Mail (22F76)" : "Apple Mail (2.3826.600.51.1.1)");
      case THUNDERBIRD -> {
        h.raw("User-Agent", "Mozilla Thunderbird");
        h.raw("Content-Language", en ? "en-GB" : "nb");
      }
      case WEBMAIL_HTML -> h.raw("User-Agent", "Roundcube Webmail/1.6.9");
      case GMAIL, OWNER -> { }
    }
  }

  /** Plain and HTML side by side, as Gmail and Outlook send them. */
  private static MimePart alternative(Mailer mailer, Body body, String charset, Dice dice) {
    if (!body.hasHtml()) {
      return MimePart.text("plain", body.plain(), false, charset);
    }
    return MimePart.multipart("alternative", MessageIds.boundary(mailer, dice), "",
        List.of(MimePart.text("plain", body.plain(), false, charset),
            MimePart.quotedPrintable("html", body.html(), charset)));
  }
}
