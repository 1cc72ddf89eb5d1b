package dev.clientlens.filter;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.IntCursor;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import dev.clientlens.domain.CountedAs;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.domain.Verdict;
import dev.clientlens.parse.ParsedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
 *
 * <p>The kept messages are remembered by number and a keyed 64-bit hash of their Message-ID and digest,
 * about 20 bytes each, not by their strings: a message whose hash matches is compared with the kept one,
 * looked up again ({@link Earlier}), so a hash that two messages share never makes one a copy.
 */
public final class Duplicates {
  /** The widest gap between the dates of two copies of one message. */
  public static final Duration WINDOW = Duration.ofHours(26);

  /** What a message is compared by. */
  public record Seen(String messageId, String contentDigest, Optional<OffsetDateTime> date, String location) {
    public Seen {
      Objects.requireNonNull(messageId, "messageId");
      Objects.requireNonNull(contentDigest, "contentDigest");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(location, "location");
    }
  }

  /** Looks up again a message judged before, by the number it was judged with. */
  @FunctionalInterface
  public interface Earlier {
    Seen at(int number) throws IOException;
  }

  private final Earlier earlier;
  /** Keyed per run, so that mail cannot be written to make its hashes collide. */
  private final HashFunction hash;
  private final Chains byMessageId = new Chains();
  private final Chains byContent = new Chains();

  public Duplicates(Earlier earlier) {
    this.earlier = Objects.requireNonNull(earlier, "earlier");
    SecureRandom random = new SecureRandom();
    this.hash = Hashing.sipHash24(random.nextLong(), random.nextLong());
  }

  /**
   * Kept messages by the hash of a key: the latest kept number per hash, and from each number the one
   * kept before it with the same hash (hashes that collide share a chain).
   */
  private static final class Chains {
    private final LongIntHashMap latest = new LongIntHashMap();
    private final IntIntHashMap before = new IntIntHashMap();

    void add(long key, int number) {
      int previous = latest.getOrDefault(key, -1);
      if (previous >= 0) {
        before.put(number, previous);
      }
      latest.put(key, number);
    }

    /** The numbers kept with this hash, the latest first. */
    IntArrayList of(long key) {
      IntArrayList numbers = new IntArrayList();
      for (int n = latest.getOrDefault(key, -1); n >= 0; n = before.getOrDefault(n, -1)) {
        numbers.add(n);
      }
      return numbers;
    }
  }

  /**
   * The verdict for a message judged after every message before it in report order, each with a number
   * of its own; empty when it is not a copy of any of them (it is then remembered as a kept message).
   */
  public Optional<Verdict> judge(int number, Seen message) throws IOException {
    String messageId = message.messageId();
    long idKey = messageId.isEmpty() ? 0 : hash.hashString(messageId, StandardCharsets.UTF_8).asLong();
    if (!messageId.isEmpty()) {
      for (IntCursor n : byMessageId.of(idKey)) {
        Seen kept = earlier.at(n.value);
        if (kept.messageId().equals(messageId)) {
          return Optional.of(new Verdict(CountedAs.DUPLICATE, "same Message-ID as " + kept.location()));
        }
      }
    }
    String digest = message.contentDigest();
    if (!digest.isEmpty()) {
      long contentKey = hash.hashString(digest, StandardCharsets.UTF_8).asLong();
      IntArrayList candidates = byContent.of(contentKey);
      // the earliest kept copy first, as it was found before
      for (int i = candidates.size() - 1; i >= 0; i--) {
        Seen kept = earlier.at(candidates.get(i));
        if (!kept.contentDigest().equals(digest)) {
          continue;
        }
        Optional<String> apart = apart(kept.date(), message.date());
        if (apart.isPresent()) {
          return Optional.of(new Verdict(CountedAs.DUPLICATE,
              "copy of " + kept.location() + " (same sender, recipients, subject and text" + apart.get() + ")"));
        }
      }
      byContent.add(contentKey, number);
    }
    if (!messageId.isEmpty()) {
      byMessageId.add(idKey, number);
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
    String subject = withoutWhiteSpace(message.subject());
    Set<String> recipients = new TreeSet<>();
    for (Mailbox m : message.recipients()) {
      recipients.add(m.address().toString());
    }
    String head = message.from().map(m -> m.address().toString()).orElse("") + '\u0000'
        + String.join(",", recipients) + '\u0000'
        + subject.toLowerCase(Locale.ROOT) + '\u0000'
        + String.join("/", message.attachments()) + '\u0000';
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    // the hash of head + body in UTF-8, the two encoded apart: head ends with a NUL, so no character
    // pair is split between them and the bytes are the same
    sha.update(head.getBytes(StandardCharsets.UTF_8));
    boolean bodyEmpty = updateWithoutWhiteSpace(sha, message.body()) == 0;
    if (message.from().isEmpty() && bodyEmpty && subject.isEmpty()) {
      return "";
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }

  /** Whether a character stays in the text copies are compared by: all but white space and no-break spaces. */
  private static boolean kept(char c) {
    return c > ' ' && c < 0x7f || !Character.isWhitespace(c) && c != '\u00a0';
  }

  private static String withoutWhiteSpace(String text) {
    char[] kept = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (kept(c)) {
        kept[n++] = c;
      }
    }
    return n == text.length() ? text : new String(kept, 0, n);
  }

  /**
   * Feeds {@code digest} the bytes that {@code withoutWhiteSpace(text).getBytes(UTF_8)} would give (a
   * surrogate pair that white space kept apart is joined, an unpaired surrogate is {@code ?}), without
   * copying a long body twice on the way; returns how many characters it kept.
   */
  static long updateWithoutWhiteSpace(MessageDigest digest, String text) {
    byte[] buffer = new byte[8192];
    int n = 0;
    long count = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!kept(c)) {
        continue;
      }
      count++;
      if (n > buffer.length - 4) {
        digest.update(buffer, 0, n);
        n = 0;
      }
      if (c < 0x80) {
        buffer[n++] = (byte) c;
      } else if (c < 0x800) {
        buffer[n++] = (byte) (0xc0 | c >> 6);
        buffer[n++] = (byte) (0x80 | c & 0x3f);
      } else if (!Character.isSurrogate(c)) {
        buffer[n++] = (byte) (0xe0 | c >> 12);
        buffer[n++] = (byte) (0x80 | c >> 6 & 0x3f);
        buffer[n++] = (byte) (0x80 | c & 0x3f);
      } else {
        int next = i + 1;
        while (next < length && !kept(text.charAt(next))) {
          next++;
        }
        if (Character.isHighSurrogate(c) && next < length && Character.isLowSurrogate(text.charAt(next))) {
          int point = Character.toCodePoint(c, text.charAt(next));
          buffer[n++] = (byte) (0xf0 | point >> 18);
          buffer[n++] = (byte) (0x80 | point >> 12 & 0x3f);
          buffer[n++] = (byte) (0x80 | point >> 6 & 0x3f);
          buffer[n++] = (byte) (0x80 | point & 0x3f);
          count++;
          i = next;
        } else {
          buffer[n++] = '?';
        }
      }
    }
    digest.update(buffer, 0, n);
    return count;
  }

}
