package dev.clientlens.parse;

import dev.clientlens.domain.ControlCharacters;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.parse.ParsedMessage.DateSource;
import dev.clientlens.source.RawMessage;
import dev.clientlens.source.UnreadableMessageException;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a raw message into a {@link ParsedMessage}: addresses with decoded display names, the date with
 * its own offset (falling back to {@code Received} and then the delivery time), thread identifiers, the
 * headers the filters read, and the text the sender wrote. Safe to share between threads.
 */
public final class MessageParser {
  /** Headers the filters and owner inference read; nothing else of the header block is kept. */
  private static final List<String> SIGNAL_HEADERS =
      List.of(
          "Auto-Submitted", "X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "Precedence",
          "List-Id", "List-Unsubscribe", "List-Post", "X-Failed-Recipients", "Return-Path",
          "Content-Type", "X-Gmail-Labels", "Delivered-To", "X-Original-To", "Sender", "X-Mailer",
          "Feedback-ID", "X-Campaign", "X-CampaignID", "X-Campaign-Id", "X-Mailgun-Tag", "X-SG-EID",
          "X-SES-Outgoing", "X-MC-User", "X-CSA-Complaints", "X-Report-Abuse", "X-Newsletter",
          "List-Unsubscribe-Post", "X-Mailer-Type", "X-Bulkmail");
  private static final Pattern FOLD = Pattern.compile("\\r?\\n[ \\t]+");
  private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
  private static final Pattern BARE_ADDRESS =
      Pattern.compile("[A-Za-z0-9._%+'=!#$&*/?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?");

  private static final QuoteStripper.Cleaned NOT_CLEANED = new QuoteStripper.Cleaned("", "");

  /** Delivery times before this (file times of 0, say) are not times at all. */
  private static final Instant EARLIEST_PLAUSIBLE = Instant.parse("1990-01-01T00:00:00Z");

  private final Session session = MailSession.lenient();
  private final ParserSettings settings;
  private final HtmlText html;
  private final QuoteStripper quotes = new QuoteStripper();
  /** False when nothing will read the sender's own text: then it and the closing are left empty. */
  private final boolean cleanText;

  /**
   * Makes Jakarta Mail as lenient as this parser needs, for the whole process: call it before any other
   * mail code runs (a source that talks IMAP parses message structure with the same classes, and some
   * of their settings are read once). Building a parser does it too, but may come too late.
   */
  public static void prepareMailLibrary() {
    MailSession.applyToSystem();
  }

  public MessageParser(ParserSettings settings) {
    this(settings, true);
  }

  /**
   * @param cleanText whether to cut the sender's own text from the body ({@link ParsedMessage#text} and
   *     {@link ParsedMessage#closing}): a scan reads them only for the messages it analyses (see
   *     {@link #withOwnText}), and the quote and signature cutting is about a quarter of a parse
   */
  public MessageParser(ParserSettings settings, boolean cleanText) {
    this.settings = settings;
    this.html = new HtmlText(settings.maxTextChars());
    this.cleanText = cleanText;
  }

  /**
   * {@code message}, parsed by a parser that did not cut the sender's own text, with its text and closing
   * cut from its body now: what a parser that cuts gives. A scan cuts only the messages it analyses.
   */
  public ParsedMessage withOwnText(ParsedMessage message) {
    QuoteStripper.Cleaned cleaned = quotes.clean(message.body());
    return new ParsedMessage(message.location(), message.folder(), message.role(), message.messageId(), message.from(),
        message.to(), message.cc(), message.subject(), message.date(), message.dateSource(), message.inReplyTo(),
        message.references(), message.signals(), cleaned.text(), message.body(), cleaned.closing(),
        message.attachments(), message.notes());
  }

  /**
   * Parses one message.
   *
   * @throws ParseProblem when the message is not mail at all (no header block, unreadable structure)
   */
  public ParsedMessage parse(RawMessage raw) throws ParseProblem {
    InputStream in;
    try {
      in = raw.openStream();
    } catch (UnreadableMessageException e) {
      throw new ParseProblem(e.reason(), e);
    }
    // Open until the parse is done: the parts of a message parsed from its file are read from this stream.
    try (in) {
      MimeMessage mime;
      try {
        mime = new MimeMessage(session, in);
      } catch (MessagingException | RuntimeException e) {
        throw new ParseProblem("could not parse MIME structure: " + describe(e), e);
      }
      try {
        return parse(raw, mime);
      } catch (MessagingException e) {
        throw new ParseProblem("could not parse headers: " + describe(e), e);
      }
    } catch (IOException e) {
      throw new ParseProblem("could not parse MIME structure: " + describe(e), e);
    }
  }

  private ParsedMessage parse(RawMessage raw, MimeMessage mime) throws MessagingException, ParseProblem {
    HeaderBlock headers = new HeaderBlock(mime);
    Map<String, String> signals = signals(headers);
    if (!hasMailHeader(headers)) {
      throw new ParseProblem("not a mail message: none of From, To, Date, Subject, Message-ID, Received");
    }
    List<String> notes = new ArrayList<>();
    Optional<Mailbox> from = mailboxes(headers, "From", notes).stream().findFirst();
    if (from.isEmpty()) {
      from = mailboxes(headers, "Sender", notes).stream().findFirst();
    }
    List<Mailbox> to = mailboxes(headers, "To", notes);
    List<Mailbox> cc = mailboxes(headers, "Cc", notes);
    String subject = decodeHeader(header(headers, "Subject"), notes);

    DatedBy dated = date(headers, raw);
    BodyText body = new BodyText();
    try {
      collectBody(mime, 0, body, notes);
    } catch (MessagingException | IOException | RuntimeException e) {
      notes.add("body partly unreadable: " + describe(e));
    }
    String visible = body.best(html, settings, notes);
    QuoteStripper.Cleaned cleaned = cleanText ? quotes.clean(visible) : NOT_CLEANED;

    FolderRole role = raw.role();
    String labels = signals.getOrDefault("x-gmail-labels", "");
    if (role != FolderRole.SENT && labelsSayIsSent(labels)) {
      role = FolderRole.SENT;
    }
    List<String> references = ids(header(headers, "References"));
    List<String> inReplyTo = ids(header(headers, "In-Reply-To"));
    String messageId = ids(header(headers, "Message-ID")).stream().findFirst().orElse("");
    noteControlCharacters(messageId, from, to, cc, notes);
    return new ParsedMessage(
        raw.location(),
        raw.folder(),
        role,
        messageId,
        from,
        to,
        cc,
        subject,
        Optional.ofNullable(dated.date),
        dated.source,
        inReplyTo.isEmpty() ? "" : inReplyTo.get(0),
        references,
        signals,
        cleaned.text(),
        visible,
        cleaned.closing(),
        body.attachments,
        notes);
  }

  /**
   * The reports leave out control and bidi-override characters (see {@link ControlCharacters}); the message
   * says where its report cells lost some.
   */
  private static void noteControlCharacters(String messageId, Optional<Mailbox> from, List<Mailbox> to,
      List<Mailbox> cc, List<String> notes) {
    List<String> where = new ArrayList<>();
    if (ControlCharacters.anyRemoved(messageId)) {
      where.add("Message-ID");
    }
    if (from.isPresent() && ControlCharacters.anyRemoved(from.get().displayName())) {
      where.add("From name");
    }
    if (to.stream().anyMatch(m -> ControlCharacters.anyRemoved(m.displayName()))) {
      where.add("To name");
    }
    if (cc.stream().anyMatch(m -> ControlCharacters.anyRemoved(m.displayName()))) {
      where.add("Cc name");
    }
    if (!where.isEmpty()) {
      notes.add("control characters removed from " + String.join(", ", where));
    }
  }

  private static boolean labelsSayIsSent(String labels) {
    for (String label : labels.split(",")) {
      if (label.strip().equalsIgnoreCase("Sent")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMailHeader(HeaderBlock headers) {
    for (String name : List.of("From", "To", "Date", "Subject", "Message-ID", "Received")) {
      if (headers.all(name) != null) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> signals(HeaderBlock headers) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : SIGNAL_HEADERS) {
      String value = headers.joined(name, ",");
      if (value != null) {
        found.put(name.toLowerCase(Locale.ROOT), unfold(value));
      }
    }
    return found;
  }

  private static String header(HeaderBlock headers, String name) {
    String value = headers.joined(name, null);
    return value == null ? "" : unfold(value);
  }

  private static String unfold(String value) {
    if (value.indexOf('\n') < 0) {
      return value.strip();
    }
    return FOLD.matcher(value).replaceAll(" ").strip();
  }

  private static List<String> ids(String value) {
    List<String> found = new ArrayList<>();
    Matcher m = ANGLE_ID.matcher(value);
    while (m.find()) {
      found.add(m.group(1));
    }
    if (found.isEmpty() && !value.isBlank() && !value.contains(" ")) {
      found.add(value.strip());
    }
    return found;
  }

  private static String decodeHeader(String value, List<String> notes) {
    if (!value.contains("=?")) {
      return value;
    }
    try {
      return MimeUtility.decodeText(value);
    } catch (IOException | RuntimeException e) {
      notes.add("undecodable header text: " + describe(e));
      return value;
    }
  }

  private static List<Mailbox> mailboxes(HeaderBlock headers, String name, List<String> notes) {
    String value = headers.joined(name, ",");
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<Mailbox> found = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    try {
      for (Address address : InternetAddress.parseHeader(unfold(value), false)) {
        if (address instanceof InternetAddress internet) {
          if (internet.isGroup()) {
            InternetAddress[] members = internet.getGroup(false);
            if (members == null || members.length == 0) {
              dropped.add(quote(internet.getAddress()) + " (a group without addresses)");
            } else {
              for (InternetAddress member : members) {
                mailbox(member, found, dropped);
              }
            }
          } else {
            mailbox(internet, found, dropped);
          }
        }
      }
    } catch (AddressException | RuntimeException e) {
      found.clear();
      dropped.clear();
      Matcher m = BARE_ADDRESS.matcher(value);
      while (m.find()) {
        Optional<EmailAddress> recovered = EmailAddress.parse(m.group());
        if (recovered.isPresent()) {
          found.add(new Mailbox(recovered.get(), ""));
        } else {
          dropped.add(quote(m.group()) + " (" + EmailAddress.problem(m.group()).orElse("not an address") + ")");
        }
      }
      notes.add(name + " header malformed, addresses recovered by pattern");
    }
    if (!dropped.isEmpty()) {
      notes.add(name + ": dropped " + String.join(", ", dropped));
    }
    return found;
  }

  /**
   * Adds the mailbox of one parsed address; an address Jakarta Mail let through that is not one (a bare
   * name, a domain that is not a domain name) is searched for a real address, else dropped, with the reason.
   */
  private static void mailbox(InternetAddress internet, List<Mailbox> found, List<String> dropped) {
    String text = internet.getAddress();
    String personal = internet.getPersonal();
    Optional<EmailAddress> email = EmailAddress.parse(text);
    if (email.isEmpty() && text != null) {
      Matcher m = BARE_ADDRESS.matcher(text);
      email = m.find() ? EmailAddress.parse(m.group()) : Optional.empty();
      personal = null;
    }
    if (email.isPresent()) {
      found.add(new Mailbox(email.get(), personal == null ? "" : personal));
    } else if (text != null && !text.isBlank()) {
      dropped.add(quote(text) + " (" + EmailAddress.problem(text).orElse("not an address") + ")");
    }
  }

  /** What was dropped, in quotes and short: header text is the sender's to choose. */
  private static String quote(String text) {
    String shown = text == null ? "" : text.strip();
    return '"' + (shown.length() > 80 ? shown.substring(0, 80) + "..." : shown) + '"';
  }

  private record DatedBy(OffsetDateTime date, DateSource source) {}

  /** The Date header when sane; otherwise the newest Received time; otherwise the delivery time. */
  private static DatedBy date(HeaderBlock headers, RawMessage raw) {
    Optional<OffsetDateTime> receivedAt = newestReceived(headers.all("Received"));
    Optional<Instant> delivered = raw.deliveredAt().filter(t -> t.isAfter(EARLIEST_PLAUSIBLE));
    Optional<Instant> reference = delivered.or(() -> receivedAt.map(OffsetDateTime::toInstant));
    Optional<OffsetDateTime> header = MailDates.parse(header(headers, "Date"));
    if (header.isPresent()
        && !MailDates.isAbsurd(header.get(), reference.orElse(header.get().toInstant()))) {
      return new DatedBy(header.get(), DateSource.HEADER);
    }
    if (receivedAt.isPresent()) {
      return new DatedBy(receivedAt.get(), DateSource.RECEIVED);
    }
    if (delivered.isPresent()) {
      return new DatedBy(delivered.get().atOffset(ZoneOffset.UTC), DateSource.DELIVERY);
    }
    return new DatedBy(null, DateSource.NONE);
  }

  /** The first parseable Received time; the topmost header is the last hop, nearest to delivery. */
  private static Optional<OffsetDateTime> newestReceived(String[] received) {
    if (received != null) {
      for (String value : received) {
        Optional<OffsetDateTime> at = MailDates.parseReceived(unfold(value));
        if (at.isPresent()) {
          return at;
        }
      }
    }
    return Optional.empty();
  }

  /** Text candidates found while walking the parts; plain text wins over HTML. */
  private static final class BodyText {
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final List<String> attachments = new ArrayList<>();
    private int parts;

    String best(HtmlText converter, ParserSettings settings, List<String> notes) throws ParseProblem {
      String text;
      if (plain.length() > 0) {
        text = plain.toString();
      } else if (html.length() > 0) {
        String source = html.length() > settings.maxHtmlChars() ? html.substring(0, settings.maxHtmlChars()) : html.toString();
        if (html.length() > settings.maxHtmlChars()) {
          notes.add("HTML body cut at " + settings.maxHtmlChars() + " characters");
        }
        try {
          text = converter.toText(source);
        } catch (ParseProblem e) {
          notes.add(e.getMessage());
          text = "";
        }
      } else {
        text = "";
      }
      if (text.length() > settings.maxTextChars()) {
        notes.add("body text cut at " + settings.maxTextChars() + " characters");
        text = text.substring(0, settings.maxTextChars());
      }
      return text;
    }
  }

  private void collectBody(Part part, int depth, BodyText body, List<String> notes)
      throws MessagingException, IOException {
    if (++body.parts > settings.maxParts()) {
      if (body.parts == settings.maxParts() + 1) {
        notes.add("more than " + settings.maxParts() + " parts; the rest ignored");
      }
      return;
    }
    String disposition = safeDisposition(part);
    String fileName = safeFileName(part);
    ContentType type = contentType(part, notes);
    if (type.match("multipart/*")) {
      if (depth >= settings.maxDepth()) {
        notes.add("multipart nesting deeper than " + settings.maxDepth() + "; the rest ignored");
        return;
      }
      Object content = part.getContent();
      if (content instanceof Multipart multipart) {
        int count = Math.min(multipart.getCount(), settings.maxParts());
        for (int i = 0; i < count; i++) {
          collectBody(multipart.getBodyPart(i), depth + 1, body, notes);
        }
      }
      return;
    }
    boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition) || (fileName != null && !fileName.isBlank());
    if (attached || type.match("message/rfc822")) {
      body.attachments.add(fileName == null || fileName.isBlank() ? type.getBaseType().toLowerCase(Locale.ROOT) : fileName);
      return;
    }
    if (type.match("text/plain") && body.plain.length() == 0) {
      body.plain.append(decode(part, type, notes));
    } else if (type.match("text/html") && body.html.length() == 0) {
      body.html.append(decode(part, type, notes));
    } else if (!type.match("text/*")) {
      body.attachments.add(type.getBaseType().toLowerCase(Locale.ROOT));
    }
  }

  private static String safeDisposition(Part part) {
    try {
      return part.getDisposition();
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static String safeFileName(Part part) {
    try {
      return part.getFileName();
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static ContentType contentType(Part part, List<String> notes) {
    String raw;
    try {
      raw = part.getContentType();
    } catch (MessagingException e) {
      raw = null;
    }
    if (raw == null) {
      return new ContentType("text", "plain", null);
    }
    try {
      return new ContentType(raw);
    } catch (jakarta.mail.internet.ParseException | RuntimeException e) {
      notes.add("malformed Content-Type, read as text/plain");
      return new ContentType("text", "plain", null);
    }
  }

  /** Decodes a text part with its declared charset; unknown or wrong charsets degrade, with a note. */
  private String decode(Part part, ContentType type, List<String> notes) throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readNBytes(settings.maxHtmlChars());
    }
    String declared = type.getParameter("charset");
    if (declared != null && !declared.isBlank()) {
      String javaName = MimeUtility.javaCharset(declared.strip().replace("\"", ""));
      try {
        if (Charset.isSupported(javaName)) {
          return new String(bytes, Charset.forName(javaName));
        }
      } catch (IllegalArgumentException illegalName) {
        // fall through to detection
      }
      notes.add("unknown charset " + declared.strip() + "; decoded as " + (isUtf8(bytes) ? "UTF-8" : "windows-1252"));
    }
    return isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, Charset.forName("windows-1252"));
  }

  /** True when the bytes are well-formed UTF-8; checked in place, without decoding. */
  static boolean isUtf8(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int continuation;
      if (b < 0x80) {
        i++;
        continue;
      } else if (b >= 0xc2 && b <= 0xdf) {
        continuation = 1;
      } else if (b >= 0xe0 && b <= 0xef) {
        continuation = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        continuation = 3;
      } else {
        return false;
      }
      if (i + continuation >= bytes.length) {
        return false;
      }
      for (int k = 1; k <= continuation; k++) {
        if ((bytes[i + k] & 0xc0) != 0x80) {
          return false;
        }
      }
      i += continuation + 1;
    }
    return true;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
  }

  /**
   * A message's header block, gone through once: each header by its name folded as
   * {@code String.equalsIgnoreCase} compares names, in order. A parse asks for some forty header names,
   * and asking the message for each went through the whole block each time. Answers as
   * {@code MimeMessage.getHeader} does.
   */
  private static final class HeaderBlock {
    private final Map<String, List<Header>> byName = new HashMap<>();

    HeaderBlock(MimeMessage mime) throws MessagingException {
      Enumeration<Header> all = mime.getAllHeaders();
      while (all.hasMoreElements()) {
        Header header = all.nextElement();
        byName.computeIfAbsent(PatternChars.fold(header.getName()), k -> new ArrayList<>(1)).add(header);
      }
    }

    /** Every value of the header, in order; null when the message has none (as {@code getHeader(name)}). */
    String[] all(String name) {
      List<Header> found = byName.get(PatternChars.fold(name));
      return found == null ? null : found.stream().map(Header::getValue).toArray(String[]::new);
    }

    /** The first value, or all joined by {@code delimiter} when it is not null; null when there is none. */
    String joined(String name, String delimiter) {
      List<Header> found = byName.get(PatternChars.fold(name));
      if (found == null) {
        return null;
      }
      if (found.size() == 1 || delimiter == null) {
        return found.get(0).getValue();
      }
      return String.join(delimiter, found.stream().map(Header::getValue).toList());
    }
  }
}
