package dev.clientlens.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Mail that machines write: out-of-office notices and delivery status reports (bounces). */
final class Notices {
  private static final String MX = "mx.fjordlys.no";

  private Notices() {}

  /**
   * An out-of-office notice answering our message {@code ours}. Its style decides whether a header says
   * what it is ({@code Auto-Submitted}, {@code X-Autoreply}) or only the subject prefix does.
   */
  static byte[] autoReply(Person author, Person owner, Party party, Away away, Written ours, Instant at, Dice words,
      ZoneId serverZone) {
    Language language = party.language();
    LocalDate back = away.last().plusDays(1);
    String backText = Calendars.weekday(back.getDayOfWeek(), language) + " " + Calendars.dayMonth(back, language);
    String contact = party.people().size() > 1 ? party.people().get(1).address()
        : (language == Language.EN ? "info@" : "post@") + author.domain();
    String text = words.pick(Phrasebook.of(language).all(Intent.AUTO_REPLY))
        .replace("{back}", backText).replace("{contact}", contact);
    Body body = new BodyWriter(author.mailer(), language, party.zone())
        .render(new Composition("", List.of(text), ""), author, true, false, "", Optional.empty());

    Headers h = new Headers();
    Inbound.trace(h, author.address(), owner.address(), at, party.index(), words, serverZone);
    h.raw("Date", Calendars.rfc5322(at.atZone(party.zone())));
    h.address("From", author);
    h.address("To", owner);
    h.text("Subject", away.subjectPrefix() + " " + ours.subject(), false);
    h.raw("Message-ID", MessageIds.create(author, words));
    switch (away.style()) {
      case AUTO_SUBMITTED -> {
        h.raw("In-Reply-To", ours.messageId());
        h.raw("Auto-Submitted", "auto-replied");
      }
      case X_AUTOREPLY -> {
        h.raw("In-Reply-To", ours.messageId());
        h.raw("X-Autoreply", "yes");
      }
      case SUBJECT_ONLY -> { } // an Outlook rule: nothing but the subject says what it is
    }
    return MimeWriter.assemble(author.mailer(), body, Optional.empty(), words).message(h.toString());
  }

  /** Our mail to an address that no longer exists, returned by our own mail server (Postfix style). */
  static byte[] bounce(Person owner, Written undelivered, String undeliveredHeaders, Instant at, Dice words,
      ZoneId zone) {
    String recipient = undelivered.to().get(0).address();
    String remoteHost = "mx." + recipient.substring(recipient.indexOf('@') + 1);
    String queueId = words.hex(10).toUpperCase(Locale.ROOT);
    String notice = String.join("\n",
        "This is the mail system at host " + MX + ".",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients. It's attached below.",
        "",
        "For further assistance, please send mail to postmaster.",
        "",
        "If you do so, please include this problem report. You can",
        "delete your own text from the attached returned message.",
        "",
        "                   The mail system",
        "",
        "<" + recipient + ">: host " + remoteHost + "[198.51.100.25] said: 550",
        "    5.1.1 <" + recipient + ">: Recipient address rejected: User unknown",
        "    (in reply to RCPT TO command)",
        "");
    String status = String.join("\n",
        "Reporting-MTA: dns; " + MX,
        "X-Postfix-Queue-ID: " + queueId,
        "X-Postfix-Sender: rfc822; " + owner.address(),
        "Arrival-Date: " + Calendars.rfc5322(undelivered.at().atZone(zone)),
        "",
        "Final-Recipient: rfc822; " + recipient,
        "Original-Recipient: rfc822;" + recipient,
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; " + remoteHost,
        "Diagnostic-Code: smtp; 550 5.1.1 <" + recipient + ">: Recipient address",
        "    rejected: User unknown",
        "");
    MimePart report = MimePart.multipart("multipart/report", "report-type=delivery-status",
        queueId + "." + at.getEpochSecond() + "/" + MX, "This is a MIME-encapsulated message.",
        List.of(new MimePart("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n", notice),
            new MimePart("Content-Description: Delivery report\nContent-Type: message/delivery-status\n", status),
            new MimePart("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n",
                undeliveredHeaders)));

    String date = Calendars.rfc5322(at.atZone(zone));
    Headers h = new Headers();
    h.raw("Return-Path", "<>");
    h.raw("Delivered-To", owner.address());
    h.raw("Received", "by " + MX + " (Postfix)\n\tid " + queueId + "; " + date);
    h.raw("Date", date);
    h.address("From", Cast.MAILER_DAEMON);
    h.address("To", owner);
    h.raw("Subject", "Undelivered Mail Returned to Sender");
    h.raw("Message-ID", "<" + at.getEpochSecond() + "." + queueId + "@" + MX + ">");
    h.raw("Auto-Submitted", "auto-replied");
    return report.message(h.toString());
  }
}
