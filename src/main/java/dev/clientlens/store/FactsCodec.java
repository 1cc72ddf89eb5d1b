package dev.clientlens.store;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.CueCounts;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.domain.CountedAs;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Language;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.domain.Verdict;
import dev.clientlens.facts.MessageFacts;
import dev.clientlens.parse.ParsedMessage.DateSource;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a message's facts into bytes for the store and back. The layout is versioned by
 * {@link Store#FORMAT}: a change here bumps it, and a store of another format is rebuilt.
 */
final class FactsCodec {
  /** Far more stated deadlines than any message holds: a larger count is a corrupt row. */
  private static final int MAX_DEADLINES = 1 << 20;

  private FactsCodec() {}

  static byte[] encode(MessageFacts f) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      string(out, f.location());
      string(out, f.folder());
      label(out, f.role());
      string(out, f.messageId());
      out.writeBoolean(f.from().isPresent());
      if (f.from().isPresent()) {
        mailbox(out, f.from().get());
      }
      mailboxes(out, f.to());
      mailboxes(out, f.cc());
      out.writeInt(f.recipients());
      string(out, f.subject());
      out.writeBoolean(f.date().isPresent());
      if (f.date().isPresent()) {
        time(out, f.date().get());
      }
      label(out, f.dateSource());
      string(out, f.inReplyTo());
      strings(out, f.references());
      out.writeInt(f.attachments());
      strings(out, f.notes());
      string(out, f.contentDigest());
      strings(out, f.machineSigns());
      out.writeBoolean(f.earlyVerdict().isPresent());
      if (f.earlyVerdict().isPresent()) {
        string(out, f.earlyVerdict().get().countedAs().label());
        string(out, f.earlyVerdict().get().reason());
      }
      TextAnalysis a = f.analysis();
      label(out, a.language());
      string(out, a.languageCode());
      out.writeInt(a.sentences());
      out.writeLong(a.cues().packed());
      out.writeBoolean(a.politeness().isPresent());
      out.writeDouble(a.politeness().orElse(0));
      out.writeInt(a.deadlines().size());
      for (OffsetDateTime deadline : a.deadlines()) {
        time(out, deadline);
      }
      string(out, a.depth().label());
    } catch (IOException e) {
      throw new IllegalStateException("facts codec: writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * One decoding of many messages: equal strings that recur between messages (folders, addresses and
   * names, Message-IDs referred to by replies, subjects, reasons) are kept once, so the facts of a large
   * mailbox take less memory. Not for sharing between threads.
   */
  static final class Pool {
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, Mailbox> mailboxes = new HashMap<>();

    String of(String value) {
      String seen = strings.putIfAbsent(value, value);
      return seen == null ? value : seen;
    }

    List<String> of(List<String> values) {
      List<String> pooled = new ArrayList<>(values.size());
      values.forEach(v -> pooled.add(of(v)));
      return pooled;
    }
  }

  /**
   * The facts encoded in {@code data}, at {@code location} (where the message is now: a Maildir file is
   * renamed when its flags change), recurring values taken from {@code pool}.
   */
  static MessageFacts decode(byte[] data, Pool pool, String location) throws IOException {
    // read in place, big-endian as DataOutputStream wrote it: no stream, and no copy of each string's bytes
    ByteBuffer in = ByteBuffer.wrap(data);
    string(in); // the location when it was stored
    String folder = pool.of(string(in));
    FolderRole role = label(in, FolderRole.class);
    String messageId = pool.of(string(in));
    Optional<Mailbox> from = (in.get() != 0) ? Optional.of(mailbox(in, pool)) : Optional.empty();
    List<Mailbox> to = mailboxes(in, pool);
    List<Mailbox> cc = mailboxes(in, pool);
    int recipients = in.getInt();
    String subject = pool.of(string(in));
    Optional<OffsetDateTime> date = (in.get() != 0) ? Optional.of(time(in)) : Optional.empty();
    DateSource dateSource = label(in, DateSource.class);
    String inReplyTo = pool.of(string(in));
    List<String> references = pool.of(strings(in));
    int attachments = in.getInt();
    List<String> notes = pool.of(strings(in));
    String contentDigest = string(in);
    List<String> machineSigns = pool.of(strings(in));
    Optional<Verdict> verdict = Optional.empty();
    if ((in.get() != 0)) {
      CountedAs countedAs;
      try {
        countedAs = CountedAs.ofLabel(string(in));
      } catch (IllegalArgumentException e) {
        throw new IOException("facts codec: " + e.getMessage(), e);
      }
      verdict = Optional.of(new Verdict(countedAs, pool.of(string(in))));
    }
    Language language = label(in, Language.class);
    String code = pool.of(string(in));
    int sentences = in.getInt();
    CueCounts cues = new CueCounts(in.getLong());
    boolean hasPoliteness = (in.get() != 0);
    double politeness = in.getDouble();
    int deadlineCount = in.getInt();
    if (deadlineCount < 0 || deadlineCount > MAX_DEADLINES) {
      throw new IOException("facts codec: corrupt deadline count " + deadlineCount);
    }
    List<OffsetDateTime> deadlines = new ArrayList<>(deadlineCount);
    for (int i = 0; i < deadlineCount; i++) {
      deadlines.add(time(in));
    }
    Analyser.Depth depth;
    try {
      depth = Analyser.Depth.ofLabel(string(in));
    } catch (IllegalArgumentException e) {
      throw new IOException("facts codec: " + e.getMessage(), e);
    }
    TextAnalysis analysis = new TextAnalysis(language, code, sentences, cues,
        hasPoliteness ? OptionalDouble.of(politeness) : OptionalDouble.empty(), deadlines, depth);
    return new MessageFacts(location, folder, role, messageId, from, to, cc, recipients, subject,
        date, dateSource, inReplyTo,
        references, attachments, notes, contentDigest, machineSigns, verdict, analysis);
  }

  /**
   * A time as its instant (seconds and nanoseconds) and the offset it was written with: the same value
   * back, several times faster than writing and parsing its ISO text.
   */
  private static void time(DataOutputStream out, OffsetDateTime time) throws IOException {
    out.writeLong(time.toEpochSecond());
    out.writeInt(time.getNano());
    out.writeInt(time.getOffset().getTotalSeconds());
  }

  private static OffsetDateTime time(ByteBuffer in) throws IOException {
    long seconds = in.getLong();
    int nanos = in.getInt();
    int offset = in.getInt();
    try {
      return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), ZoneOffset.ofTotalSeconds(offset));
    } catch (DateTimeException e) {
      throw new IOException("facts codec: corrupt time: " + e.getMessage(), e);
    }
  }

  /** An enum by its name in lower case, which does not change when constants are added or reordered. */
  private static void label(DataOutputStream out, Enum<?> value) throws IOException {
    string(out, value.name().toLowerCase(Locale.ROOT));
  }

  /** Each enum's constants by their lower-cased names, made once per enum. */
  private static final ClassValue<Map<String, Object>> LABELS = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byLabel = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byLabel.put(((Enum<?>) constant).name().toLowerCase(Locale.ROOT), constant);
      }
      return Map.copyOf(byLabel);
    }
  };

  private static <E extends Enum<E>> E label(ByteBuffer in, Class<E> type) throws IOException {
    String label = string(in);
    Object constant = LABELS.get(type).get(label);
    if (constant == null) {
      throw new IOException("facts codec: unknown " + type.getSimpleName() + " '" + label + "'");
    }
    return type.cast(constant);
  }

  private static void string(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String string(ByteBuffer in) throws IOException {
    int length = in.getInt();
    if (length < 0 || length > 16 * 1024 * 1024) {
      throw new IOException("facts codec: corrupt string length " + length);
    }
    if (length > in.remaining()) {
      throw new IOException("facts codec: a string runs past the end of the facts");
    }
    String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return value;
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      string(out, value);
    }
  }

  private static List<String> strings(ByteBuffer in) throws IOException {
    int count = in.getInt();
    if (count < 0 || count > in.remaining() / Integer.BYTES) {
      throw new IOException("facts codec: corrupt count " + count);
    }
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(string(in));
    }
    return values;
  }

  private static void mailbox(DataOutputStream out, Mailbox mailbox) throws IOException {
    string(out, mailbox.address().toString());
    string(out, mailbox.displayName());
  }

  private static Mailbox mailbox(ByteBuffer in, Pool pool) throws IOException {
    String address = string(in);
    String name = string(in);
    String key = address + '\u0000' + name;
    Mailbox seen = pool.mailboxes.get(key);
    if (seen != null) {
      return seen;
    }
    Mailbox mailbox = new Mailbox(EmailAddress.parse(address)
        .orElseThrow(() -> new IOException("facts codec: stored address does not parse: " + address)), name);
    pool.mailboxes.put(key, mailbox);
    return mailbox;
  }

  private static void mailboxes(DataOutputStream out, List<Mailbox> values) throws IOException {
    out.writeInt(values.size());
    for (Mailbox value : values) {
      mailbox(out, value);
    }
  }

  private static List<Mailbox> mailboxes(ByteBuffer in, Pool pool) throws IOException {
    int count = in.getInt();
    if (count < 0 || count > in.remaining() / Integer.BYTES) {
      throw new IOException("facts codec: corrupt count " + count);
    }
    List<Mailbox> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(mailbox(in, pool));
    }
    return values;
  }
}
