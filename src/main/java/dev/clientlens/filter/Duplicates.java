package dev.clientlens.filter;

import dev.clientlens.domain.CountedAs;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.domain.Verdict;
import dev.clientlens.parse.ParsedMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One message filed several times counts once: the first copy judged wins, every later copy is a
 * duplicate that names where the kept one is. A copy is recognised by its Message-ID, or, since folders,
 * rules and exports give copies Message-IDs of their own, by its content: the same sender, recipients,
 * subject, attachments and whole text ({@link #digest}) with dates at most {@link #WINDOW} apart (old
 * exports shift a copy's date by whole hours; a resend of the identical mail comes the same day). A reply
 * that quotes the original differs in sender, subject or text, so it is never a copy.
 */
public final class Duplicates {
  /** The widest gap between the dates of two copies of one message. */
  public static final Duration WINDOW = Duration.ofHours(26);

  private final Map<String, String> byMessageId = new HashMap<>();
  private final Map<String, List<Kept>> byContent = new HashMap<>();

  private record Kept(String location, Optional<OffsetDateTime> date) {}

  /**
   * The verdict for a message judged after every message before it in report order; empty when it is
   * not a copy of any of them (it is then remembered as a kept message).
   */
  public Optional<Verdict> judge(String messageId, String contentDigest, Optional<OffsetDateTime> date, String location) {
    if (!messageId.isEmpty() && byMessageId.containsKey(messageId)) {
      return Optional.of(new Verdict(CountedAs.DUPLICATE, "same Message-ID as " + byMessageId.get(messageId)));
    }
    if (!contentDigest.isEmpty()) {
      for (Kept kept : byContent.getOrDefault(contentDigest, List.of())) {
        Optional<String> apart = apart(kept.date(), date);
        if (apart.isPresent()) {
          return Optional.of(new Verdict(CountedAs.DUPLICATE,
              "copy of " + kept.location() + " (same sender, recipients, subject and text" + apart.get() + ")"));
        }
      }
      byContent.computeIfAbsent(contentDigest, k -> new ArrayList<>(1)).add(new Kept(location, date));
    }
    if (!messageId.isEmpty()) {
      byMessageId.put(messageId, location);
    }
    return Optional.empty();
  }

  /** How far apart two copies' dates are, in words after a comma; empty when too far for copies. */
  private static Optional<String> apart(Optional<OffsetDateTime> kept, Optional<OffsetDateTime> copy) {
    if (kept.isEmpty() || copy.isEmpty()) {
      return kept.isEmpty() && copy.isEmpty() ? Optional.of(", neither dated") : Optional.empty();
    }
    Duration gap = Duration.between(kept.get().toInstant(), copy.get().toInstant()).abs();
    if (gap.compareTo(WINDOW) > 0) {
      return Optional.empty();
    }
    if (gap.isZero()) {
      return Optional.of("");
    }
    long minutes = gap.toMinutes();
    String words = minutes % 60 == 0 ? (minutes / 60) + " h" : minutes >= 60 ? (minutes / 60) + " h " + (minutes % 60)
        + " min" : minutes > 0 ? minutes + " min" : gap.toSeconds() + " s";
    return Optional.of(", dated " + words + " apart");
  }

  /**
   * What copies of one message share, as a short hex digest: the sender's address, the recipients'
   * addresses in any order, the subject and the whole visible text with all white space removed (exports
   * rewrap lines), and the attachments' names. Empty for a message with no sender, no subject and no text.
   */
  public static String digest(ParsedMessage message) {
    String body = withoutWhiteSpace(message.body());
    String subject = withoutWhiteSpace(message.subject());
    if (message.from().isEmpty() && body.isEmpty() && subject.isEmpty()) {
      return "";
    }
    Set<String> recipients = new TreeSet<>();
    for (Mailbox m : message.recipients()) {
      recipients.add(m.address().toString());
    }
    StringBuilder content = new StringBuilder(body.length() + 256);
    content.append(message.from().map(m -> m.address().toString()).orElse("")).append('\u0000');
    content.append(String.join(",", recipients)).append('\u0000');
    content.append(subject.toLowerCase(Locale.ROOT)).append('\u0000');
    content.append(String.join("/", message.attachments())).append('\u0000');
    content.append(body);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String withoutWhiteSpace(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
