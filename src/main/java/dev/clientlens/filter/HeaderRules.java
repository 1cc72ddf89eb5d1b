package dev.clientlens.filter;

import dev.clientlens.domain.CountedAs;
import dev.clientlens.domain.Verdict;
import dev.clientlens.parse.ParsedMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises mail that no person wrote to us: bounces, auto-replies and bulk or list mail, from headers
 * first and from subject prefixes second (Outlook rules often send an out-of-office with no header).
 */
public final class HeaderRules {
  private static final List<String> AUTO_REPLY_SUBJECTS =
      List.of(
          "automatic reply:", "auto reply:", "autoreply:", "auto-reply:", "auto response:",
          "autosvar:", "automatisk svar:", "automatisk svar -", "fraværsmelding", "fraværende:",
          "fravær:", "out of office", "out of the office", "ooo:", "abwesenheitsnotiz",
          "automatische antwort", "frånvaro:", "automatiskt svar:");
  private static final List<String> BOUNCE_SUBJECTS =
      List.of(
          "undelivered mail returned to sender", "delivery status notification (failure)",
          "mail delivery failed", "returned mail:", "undeliverable:", "delivery failure",
          "kan ikke leveres:", "ikke levert:", "mail delivery subsystem");
  private static final List<String> BOUNCE_SENDERS = List.of("mailer-daemon", "postmaster");

  /** The verdict for a message that is not a person's mail, or empty when it may be. */
  public Optional<Verdict> judge(ParsedMessage message) {
    String subject = message.subject().strip().toLowerCase(Locale.ROOT);
    Optional<Verdict> bounce = bounce(message, subject);
    if (bounce.isPresent()) {
      return bounce;
    }
    Optional<String> autoSubmitted = message.signal("Auto-Submitted");
    if (autoSubmitted.isPresent() && !autoSubmitted.get().strip().equalsIgnoreCase("no")) {
      return verdict(CountedAs.AUTO_REPLY, "Auto-Submitted: " + autoSubmitted.get().strip());
    }
    for (String header : List.of("X-Autoreply", "X-Autorespond")) {
      if (message.signal(header).isPresent()) {
        return verdict(CountedAs.AUTO_REPLY, header + " header");
      }
    }
    String precedence = message.signal("Precedence").orElse("").strip().toLowerCase(Locale.ROOT);
    if (precedence.equals("auto_reply")) {
      return verdict(CountedAs.AUTO_REPLY, "Precedence: auto_reply");
    }
    for (String prefix : AUTO_REPLY_SUBJECTS) {
      if (subject.startsWith(prefix)) {
        return verdict(CountedAs.AUTO_REPLY, "subject starts with \"" + prefix + "\"");
      }
    }
    for (String header : List.of("List-Id", "List-Unsubscribe", "List-Post")) {
      if (message.signal(header).isPresent()) {
        return verdict(CountedAs.BULK, header + " header");
      }
    }
    if (precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")) {
      return verdict(CountedAs.BULK, "Precedence: " + precedence);
    }
    return Optional.empty();
  }

  private static Optional<Verdict> bounce(ParsedMessage message, String subject) {
    String type = message.signal("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("multipart/report") && type.contains("delivery-status")) {
      return verdict(CountedAs.BOUNCE, "delivery status report");
    }
    if (message.signal("X-Failed-Recipients").isPresent()) {
      return verdict(CountedAs.BOUNCE, "X-Failed-Recipients header");
    }
    boolean daemon =
        message.from().map(f -> BOUNCE_SENDERS.contains(f.address().local())).orElse(false);
    for (String prefix : BOUNCE_SUBJECTS) {
      if (subject.startsWith(prefix) && (daemon || message.signal("Auto-Submitted").isPresent())) {
        return verdict(CountedAs.BOUNCE, "bounce subject \"" + prefix + "\"");
      }
    }
    if (daemon) {
      return verdict(CountedAs.BOUNCE, "from " + message.from().get().address().local());
    }
    return Optional.empty();
  }

  private static Optional<Verdict> verdict(CountedAs countedAs, String reason) {
    return Optional.of(new Verdict(countedAs, reason));
  }
}
