package dev.clientlens.filter;

import dev.clientlens.domain.CountedAs;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.Verdict;
import dev.clientlens.parse.ParsedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises mail a machine sent (newsletters, feeds, alerts, notifications, receipts, marketing) when it
 * carries no list headers. Some signs settle it alone: a no-reply sender, a bulk mailer's own headers, a
 * bounce handler as Return-Path. Others are only {@link #signs signs}: an unsubscribe footer, a list tag in
 * the subject, a sender such as {@code news@} or {@code info@}, a Sender that is not the From; {@link Senders}
 * weighs them against whether we ever wrote to the sender.
 */
public final class AutomatedMail {
  /** Senders no person writes from. */
  private static final Pattern MACHINE_SENDER = Pattern.compile(
      "(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply|mailer|bounces?|newsletters?|notifications?|"
          + "notify|alerts?|automated|auto[-_.]?confirm|autoresponder|system|daemon)(?:[-_.+].*)?");
  /** Senders that are often, not always, a machine or a shared desk. */
  private static final Pattern DESK_SENDER = Pattern.compile(
      "(?:[a-z0-9]+[-_.])?(?:info|news|marketing|promotions?|promo|deals|offers|specials|feedback|distribution|updates?|digest|"
          + "bulletin|customer[-_.]?(?:care|service)|member[-_.]?services|service|support|webmaster|admin|"
          + "announce(?:ments?)?|events?|press|media|editor|subscriptions?|reply|members?|sales|orders?|"
          + "billing|account|accounts|registration|confirm|reservations|travel|rewards?|e?mail|team|hello)"
          + "(?:[-_.+0-9].*)?");
  /** A sender subdomain of a mailing service ({@code news.forbesdigital.com}, {@code email.shop.com}). */
  private static final Pattern MAILING_HOST = Pattern.compile(
      "(?:news|newsletters?|mailer|mailings?|bounce|em|mkt|marketing|lists?|e)\\d*\\..+");
  private static final Pattern DIGITS = Pattern.compile("\\d");
  private static final Pattern LIST_TAG = Pattern.compile("^\\s*(?:(?:re|fw|fwd)\\s*:\\s*)*\\[[^\\]\\s][^\\]]{1,40}\\]");
  private static final List<String> MACHINE_HEADERS = List.of(
      "Feedback-ID", "X-Campaign", "X-CampaignID", "X-Campaign-Id", "X-Mailgun-Tag", "X-SG-EID", "X-SES-Outgoing",
      "X-MC-User", "X-CSA-Complaints", "X-Report-Abuse", "X-Newsletter", "List-Unsubscribe-Post", "X-Bulkmail");
  private static final List<String> BULK_MAILERS = List.of(
      "mailchimp", "sendgrid", "exacttarget", "constant contact", "campaign", "phplist", "lyris", "listmanager",
      "sendblaster", "mailjet", "emarsys", "responsys", "eloqua", "marketo", "hubspot", "mass mail", "bulk",
      "newsletter", "listserv", "majordomo", "group mail", "e-mail marketing", "email marketing", "mailer pro",
      "streamsend", "cheetahmail", "dartmail", "messagemedia", "digital impact", "postmaster general");
  /** Footer phrases of bulk mail, in English and Norwegian, lower case. */
  private static final List<String> FOOTERS = List.of(
      "unsubscribe", "to be removed from", "remove yourself from", "removed from our mailing list",
      "removed from this list", "opt out", "opt-out", "no longer wish to receive", "to stop receiving",
      "view this email in your browser", "view this e-mail in your browser", "view it in your browser",
      "view in browser", "trouble viewing this", "having trouble viewing", "you are receiving this",
      "you received this e-mail because", "you received this email because", "you have received this e-mail because",
      "this e-mail was sent to", "this email was sent to", "manage your subscription", "update your preferences",
      "email preferences", "e-mail preferences", "subscription preferences",
      "do not reply to this", "please do not reply", "click here", "click on the following link",
      "click the link for", "click on the link below", "click the link below", "this is an automated", "this message was sent automatically",
      "meld deg av", "avslutt abonnement", "avmeld", "du mottar denne e-posten", "ikke svar på denne");

  /** The verdict for mail that shows on its own that a machine sent it, or empty. */
  public Optional<Verdict> judge(ParsedMessage message) {
    if (message.from().isPresent()) {
      EmailAddress from = message.from().get().address();
      if (MACHINE_SENDER.matcher(from.local().toLowerCase(Locale.ROOT)).matches()) {
        return automated("sent from " + from.local() + "@, a machine's address");
      }
    }
    for (String header : MACHINE_HEADERS) {
      if (message.signal(header).isPresent()) {
        return automated(header + " header of a bulk mailer");
      }
    }
    String mailer = message.signal("X-Mailer").orElse("").toLowerCase(Locale.ROOT);
    for (String name : BULK_MAILERS) {
      if (mailer.contains(name)) {
        return automated("X-Mailer of a bulk mailer (" + name + ")");
      }
    }
    String returnPath = message.signal("Return-Path").orElse("").toLowerCase(Locale.ROOT);
    int at = returnPath.lastIndexOf('@');
    String bounceLocal = (at > 0 ? returnPath.substring(0, at) : "").replaceAll("^[<\\s]+", "");
    if (bounceLocal.startsWith("bounce") || bounceLocal.contains("-bounce") || bounceLocal.startsWith("return-")
        || bounceLocal.startsWith("msprvs") || bounceLocal.startsWith("prvs=")) {
      return automated("Return-Path of a bounce handler");
    }
    return Optional.empty();
  }

  /**
   * Signs that a machine or a bulk sender may have sent the message, each in words; none of them settles
   * it alone. A message without any returns an empty list.
   */
  public List<String> signs(ParsedMessage message) {
    List<String> signs = new ArrayList<>();
    if (message.from().isPresent()) {
      EmailAddress from = message.from().get().address();
      String local = from.local().toLowerCase(Locale.ROOT);
      if (DESK_SENDER.matcher(local).matches()) {
        signs.add("sender " + from.local() + "@");
      } else if (DIGITS.matcher(local).results().count() >= 6) {
        signs.add("a numbered sender address");
      }
      if (MAILING_HOST.matcher(from.domain()).matches() && from.domain().chars().filter(c -> c == '.').count() >= 2) {
        signs.add("sent from the mailing host " + from.domain());
      }
      Optional<String> sender = message.signal("Sender");
      if (sender.isPresent() && !sender.get().toLowerCase(Locale.ROOT).contains(from.toString())) {
        signs.add("sent on behalf of the From address");
      }
    }
    if (LIST_TAG.matcher(message.subject()).find()) {
      signs.add("a list tag in the subject");
    }
    Optional<String> footer = footer(message.body());
    footer.ifPresent(phrase -> signs.add("\"" + phrase + "\" in the text"));
    return signs;
  }

  /** The first bulk-mail footer phrase in the last part of the text, where footers are. */
  private static Optional<String> footer(String body) {
    int from = Math.max(0, body.length() - 3000);
    String tail = body.substring(from).toLowerCase(Locale.ROOT);
    for (String phrase : FOOTERS) {
      if (tail.contains(phrase)) {
        return Optional.of(phrase);
      }
    }
    return Optional.empty();
  }

  private static Optional<Verdict> automated(String reason) {
    return Optional.of(new Verdict(CountedAs.AUTOMATED, reason));
  }
}
