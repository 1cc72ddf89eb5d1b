package dev.clientlens.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a plain-text mail body to the words its sender wrote now: {@code >}-quoted replies and their
 * attribution lines, forwarded or replied-to history and, through {@link SignatureTrimmer}, signatures,
 * mobile footers and disclaimers are removed. English and Norwegian first, a few neighbours as a bonus.
 */
final class QuoteStripper {

  /** Lines joined when an attribution ("On … wrote:") has been wrapped by the sending client. */
  private static final int MAX_ATTRIBUTION_LINES = 3;
  /** How far below a {@code From:} line the rest of an Outlook-style header block may be. */
  private static final int HEADER_BLOCK_WINDOW = 12;
  /** Lines inside a header block that are not headers themselves (wrapped values, "On Behalf Of"). */
  private static final int HEADER_BLOCK_MAX_OTHER_LINES = 3;

  private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

  private static final String VERB =
      "(?:wrote|writes|skrev|skreiv|schrieb|a\\s+écrit|escribió|ha\\s+scritto|schreef|kirjoitti|napisał"
          + "|написал|написала)";
  /** Who wrote, after a verb that comes first: "skrev Ingrid Solberg <ingrid@x.no>:", not "skrev vi under:". */
  private static final String WRITER = "(?-i:(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|\"[^\"]*\"|<[^<>]*>|\\([^()]*\\)"
      + "|[^\\s:<>]+@[^\\s:<>]+)){0,6})";
  /** A date or a time, so that "On Monday we wrote:" in running text is not taken for an attribution. */
  private static final Pattern DATE_OR_TIME =
      Pattern.compile("\\b(?:(?:19|20)\\d\\d|\\d{1,2}[:.]\\d\\d|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})\\b");
  private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
      + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag"
      + "|man|tir|ons|tor|fre|lør|søn|måndag|tisdag|lördag|söndag|montag|dienstag|mittwoch|donnerstag"
      + "|freitag|samstag|sonntag)";
  private static final String ANGLE_ADDRESS = "<\\s*[^<>\\s]+@[^<>\\s]+\\s*>";

  /** "On … wrote:", "Den … skrev …:", "Am … schrieb …:", Yahoo's "--- On … wrote:". */
  private static final Pattern ATTRIBUTION_ON = Pattern.compile(
      "^(?:-{2,}\\s*)?(?:On|Den|Am|Le|El|Il|Op|På|Em)\\s.{0,250}?\\b" + VERB + WRITER + "\\s*:$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "14. apr. 2026 kl. 09:12 skrev Ingrid:", "tirsdag 14. april 2026 skrev …:", "26.06.2014, 14:41, X <x@y>:". */
  private static final Pattern ATTRIBUTION_DATED = Pattern.compile(
      "^(?:" + WEEKDAY + "\\.?,?\\s+)?\\d.{0,250}?(?:\\b" + VERB + WRITER + "|" + ANGLE_ADDRESS
          + "|\"[^\"\\s]+@[^\"\\s]+\")\\s*:$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "John Smith <john@x.com> wrote:". */
  private static final Pattern ATTRIBUTION_ADDRESS = Pattern.compile(
      "^(?:\"[^\"]{1,80}\"|[^<>,;:!?\"]{1,80})?\\s*" + ANGLE_ADDRESS + "\\s*" + VERB + "\\s*:$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Weaker forms, trusted only right above a quote: "rick@x.com (Rick) writes:", "Ingrid skrev:". */
  private static final Pattern ATTRIBUTION_LOOSE = Pattern.compile(
      "^.{1,150}\\b" + VERB + WRITER + "\\s*:$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FINISHED_LINE = Pattern.compile("[.!?,;:]$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')]*\\s+\\p{Lu}");
  private static final Pattern HAS_ADDRESS_OR_TIME =
      Pattern.compile("@|\\b\\d{1,2}[:.]\\d\\d\\b|\\b(?:19|20)\\d\\d\\b");

  /**
   * Outlook, Gmail, Apple Mail, Thunderbird and Lotus Notes separators in front of a replied-to or
   * forwarded mail.
   */
  private static final Pattern HISTORY_SEPARATOR = Pattern.compile(
      "^\\s*(?:[-_=]{2,}\\s*(?:original\\s+message|opprinnelig\\s+melding|opprinneleg\\s+melding"
          + "|videresendt\\s+melding|forwarded\\s+message|ursprüngliche\\s+nachricht|original\\s+nachricht"
          + "|weitergeleitete\\s+nachricht|ursprungligt\\s+meddelande|vidarebefordrat\\s+meddelande"
          + "|oprindelig\\s+meddelelse|videresendt\\s+meddelelse|message\\s+d'origine|message\\s+transféré"
          + "|forwarded\\s+by\\s.*?|videresendt\\s+av\\s.*?)\\s*[-_=]{2,}"
          // Lotus Notes wraps its long "----- Forwarded by Name/ORG on date -----" line before the dashes end
          + "|[-_=]{2,}\\s*(?:forwarded\\s+by|videresendt\\s+av)\\s.*?"
          + "|(?:begin\\s+forwarded\\s+message|start\\s+of\\s+forwarded\\s+message"
          + "|begynnelse\\s+på\\s+videresendt\\s+melding|videresendt\\s+melding|videresendt\\s+e-post"
          + "|vidarebefordrat\\s+brev|anfang\\s+der\\s+weitergeleiteten\\s+nachricht|videresendt\\s+besked)\\s*:)\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** GroupWise's reply line: {@code >>> "Whitt, Mark" <mark.whitt@x.com> 11/05/01 11:26AM >>>}. */
  private static final Pattern GROUPWISE_ATTRIBUTION = Pattern.compile("^\\s*>>>\\s.{1,200}\\s>>>$");
  /**
   * A field of a Lotus Notes header ("To:", "cc:", "Subject:"), at the start of a line or, in the layout
   * Notes gives a reply, in a column after the sender's name and the date.
   */
  private static final Pattern NOTES_FIELD = Pattern.compile("(?:^|\\s{2})\\s*(To|[cC]c|Subject):(?:\\s|$)");
  /** How far below a Notes "To:" its "cc:" and "Subject:" may be (wrapped address lists between). */
  private static final int NOTES_BLOCK_WINDOW = 6;
  /** Lines of the sender's name, address and date above or beside a Notes header. */
  private static final int NOTES_SENDER_LINES = 3;
  /** Paragraphs above a Notes header that may still be its sender part ("Name / date", "Sent by: ..."). */
  private static final int NOTES_SENDER_PARAGRAPHS = 2;
  /** How far apart (in lines, blank ones between) those paragraphs may be. */
  private static final int NOTES_SENDER_GAP = 4;
  /** A paragraph above a Notes header longer than this is the sender's own text, not the sender line. */
  private static final int MAX_NOTES_SENDER_CHARS = 160;
  /** A rule line left by an HR or typed by a mail client, just above a history block. */
  private static final Pattern RULE_LINE = Pattern.compile("^\\s*(?:[-_=*]\\s*){4,}$");

  /** "From: …", "*Sent:* …", "Fra:", "Emne:" — a header line of a quoted mail, value optional. */
  private static final Pattern HEADER_LINE = Pattern.compile(
      "^[ \\t]*[*_]{0,2}([\\p{L}][\\p{L}-]{0,20})[*_]{0,2}[ \\t\\u00A0]*:(?:[*_]{0,2}(?:[ \\t\\u00A0].*)?)?$");

  private enum HeaderKey { FROM, SENT, DATE, TO, CC, SUBJECT }

  private static final Map<String, HeaderKey> HEADER_KEYS = Map.ofEntries(
      Map.entry("from", HeaderKey.FROM), Map.entry("fra", HeaderKey.FROM), Map.entry("von", HeaderKey.FROM),
      Map.entry("från", HeaderKey.FROM), Map.entry("de", HeaderKey.FROM), Map.entry("van", HeaderKey.FROM),
      Map.entry("от", HeaderKey.FROM),
      Map.entry("sent", HeaderKey.SENT), Map.entry("date", HeaderKey.DATE), Map.entry("sendt", HeaderKey.SENT),
      Map.entry("dato", HeaderKey.DATE), Map.entry("gesendet", HeaderKey.SENT),
      Map.entry("datum", HeaderKey.DATE), Map.entry("skickat", HeaderKey.SENT),
      Map.entry("envoyé", HeaderKey.SENT), Map.entry("отправлено", HeaderKey.SENT),
      Map.entry("дата", HeaderKey.DATE),
      Map.entry("to", HeaderKey.TO), Map.entry("til", HeaderKey.TO), Map.entry("an", HeaderKey.TO),
      Map.entry("till", HeaderKey.TO), Map.entry("à", HeaderKey.TO), Map.entry("кому", HeaderKey.TO),
      Map.entry("cc", HeaderKey.CC), Map.entry("bcc", HeaderKey.CC), Map.entry("kopi", HeaderKey.CC),
      Map.entry("kopie", HeaderKey.CC), Map.entry("kopia", HeaderKey.CC), Map.entry("копия", HeaderKey.CC),
      Map.entry("subject", HeaderKey.SUBJECT), Map.entry("emne", HeaderKey.SUBJECT),
      Map.entry("betreff", HeaderKey.SUBJECT), Map.entry("ämne", HeaderKey.SUBJECT),
      Map.entry("objet", HeaderKey.SUBJECT), Map.entry("тема", HeaderKey.SUBJECT));

  private final SignatureTrimmer signatures = new SignatureTrimmer();

  /**
   * What the sender wrote now.
   *
   * @param text the visible text: quoted replies, forwarded history, signatures and disclaimers removed
   * @param closing the words of a closing of thanks cut with the signature ("Many thanks"), without the
   *     sender's name; empty when the mail closed otherwise
   */
  record Cleaned(String text, String closing) {
    Cleaned {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(closing, "closing");
    }
  }

  /** The text the sender wrote themselves: quoted replies, forwarded history, signatures and disclaimers removed. */
  String visibleText(String body) {
    return clean(body).text();
  }

  /** The visible text and, apart from it, the words of thanks of the closing that was cut. */
  Cleaned clean(String body) {
    Objects.requireNonNull(body, "body");
    List<String> lines = lines(body);
    lines = lines.subList(0, historyStart(lines));
    lines = withoutQuotes(lines);
    SignatureTrimmer.Trimmed trimmed = signatures.trim(lines);
    return new Cleaned(join(trimmed.lines()), trimmed.closing());
  }

  /** LF-separated lines with trailing whitespace (non-breaking spaces included) removed. */
  private static List<String> lines(String body) {
    String text = body.replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      int end = line.length();
      while (end > 0 && isSpace(line.charAt(end - 1))) {
        end--;
      }
      lines.add(line.substring(0, end));
    }
    return lines;
  }

  /**
   * Index of the first line of quoted or forwarded history that runs to the end of the body: an Outlook
   * header block, a "-----Original Message-----" style separator, or an attribution line that is not
   * followed by {@code >}-quoted text. The size of {@code lines} when there is none.
   */
  private static int historyStart(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      if (isQuoted(line)) {
        if (line.endsWith(">>>") && GROUPWISE_ATTRIBUTION.matcher(line).matches()) {
          return withRulesAbove(lines, i);
        }
        continue;
      }
      if (mayBeSeparator(line) && HISTORY_SEPARATOR.matcher(line).matches()) {
        return withRulesAbove(lines, i);
      }
      if (line.contains("To:") && isNotesHeader(lines, i)) {
        return withRulesAbove(lines, notesSenderTop(lines, i));
      }
      if (headerKey(line) != null && isHeaderBlock(lines, i)) {
        return withRulesAbove(lines, i);
      }
      int attribution = attributionLength(lines, i);
      if (attribution > 0) {
        int next = nextNonBlank(lines, i + attribution);
        if (next < 0 || !isQuoted(lines.get(next))) {
          return withRulesAbove(lines, i);
        }
        i += attribution - 1;
      }
    }
    return lines.size();
  }

  /**
   * Whether a header block starts at {@code start}: From, a date and a subject (or Outlook's Sent and To)
   * within a few lines. Hotmail and Thunderbird put Date or Subject first; until From is seen every line
   * must be a header.
   */
  private static boolean isHeaderBlock(List<String> lines, int start) {
    Set<HeaderKey> seen = EnumSet.noneOf(HeaderKey.class);
    int others = 0;
    for (int i = start; i < Math.min(lines.size(), start + HEADER_BLOCK_WINDOW); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      HeaderKey key = headerKey(line);
      if (key == null) {
        if (!seen.contains(HeaderKey.FROM) || ++others > HEADER_BLOCK_MAX_OTHER_LINES) {
          return false;
        }
        continue;
      }
      seen.add(key);
      boolean dated = seen.contains(HeaderKey.SENT) || seen.contains(HeaderKey.DATE);
      // "Sent:" is Outlook's own word; From/To/Date alone may be travel details the sender typed.
      boolean addressed = seen.contains(HeaderKey.SUBJECT)
          || seen.contains(HeaderKey.SENT) && seen.contains(HeaderKey.TO);
      if (seen.contains(HeaderKey.FROM) && dated && addressed) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a Lotus Notes header starts at {@code start}: its "To:", then "cc:" and "Subject:" within a few
   * lines, all three in one column (the first, or the column Notes lines them up in beside the sender).
   */
  private static boolean isNotesHeader(List<String> lines, int start) {
    int column = notesField(lines.get(start), "To");
    if (column < 0) {
      return false;
    }
    boolean cc = false;
    for (int i = start + 1; i < Math.min(lines.size(), start + NOTES_BLOCK_WINDOW); i++) {
      String line = lines.get(i);
      if (!cc) {
        cc = notesField(line, "cc") == column || notesField(line, "Cc") == column;
      } else if (notesField(line, "Subject") == column) {
        return true;
      }
    }
    return false;
  }

  /** The column of a Notes field named {@code name} in a line, or -1. */
  private static int notesField(String line, String name) {
    Matcher m = NOTES_FIELD.matcher(line);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.start(1);
      }
    }
    return -1;
  }

  /**
   * The first line of the sender part of a Notes header whose "To:" is at {@code to}: the lines beside it
   * (name, address, date), and the paragraphs right above that give a date or "Sent by:" ("Jane Doe
   * <jane@x.com> on 11/12/2001 04:10:03 PM").
   */
  private static int notesSenderTop(List<String> lines, int to) {
    int top = to;
    while (top > 0 && to - top < NOTES_SENDER_LINES && !lines.get(top - 1).isEmpty()) {
      top--;
    }
    for (int paragraphs = 0; paragraphs < NOTES_SENDER_PARAGRAPHS; paragraphs++) {
      int end = previousNonBlank(lines, top - 1);
      if (end < 0 || top - end > NOTES_SENDER_GAP) {
        break;
      }
      int start = end;
      while (start > 0 && !lines.get(start - 1).isEmpty()) {
        start--;
      }
      String text = joined(lines, start, end + 1);
      boolean sender = text.startsWith("Sent by:")
          || DATE_OR_TIME.matcher(text).find() && !SENTENCE_END.matcher(text).find();
      if (end - start >= NOTES_SENDER_LINES || text.length() > MAX_NOTES_SENDER_CHARS || !sender) {
        break;
      }
      top = start;
    }
    return top;
  }

  /** Moves a cut up over blank lines and rule lines ("_____", "-----") that introduce the history. */
  private static int withRulesAbove(List<String> lines, int cut) {
    int top = cut;
    for (int i = cut - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      if (RULE_LINE.matcher(line).matches()) {
        top = i;
        continue;
      }
      break;
    }
    return top;
  }

  /**
   * Whether a line could be a {@link #HISTORY_SEPARATOR}: after the white space its {@code \\s} takes,
   * each of its forms begins with a dash, underscore or equals sign, or with the first letter of a
   * "Begin forwarded message:" form (b, s, v or a, folded as the pattern folds case) and then ends with a
   * colon. Most lines are neither, and skip the pattern.
   */
  private static boolean mayBeSeparator(String line) {
    int first = PatternChars.firstNonSpace(line);
    if (first == line.length()) {
      return false;
    }
    char c = line.charAt(first);
    if (c == '-' || c == '_' || c == '=') {
      return true;
    }
    return line.charAt(line.length() - 1) == ':'
        && "bsva".indexOf(PatternChars.fold(c)) >= 0;
  }

  private static HeaderKey headerKey(String line) {
    if (line.indexOf(':') < 0) {
      return null;
    }
    Matcher m = HEADER_LINE.matcher(line);
    return m.matches() ? HEADER_KEYS.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
  }

  /**
   * How many lines, starting at {@code start}, form an attribution that can stand on its own ("On … wrote:"
   * with a date, or a name with its address); 0 when none does.
   */
  private static int attributionLength(List<String> lines, int start) {
    for (int n = 1; n <= MAX_ATTRIBUTION_LINES && start + n <= lines.size(); n++) {
      String last = lines.get(start + n - 1);
      if (last.isEmpty() || isQuoted(last)) {
        return 0;
      }
      // Every attribution ends with a colon; checking that first keeps the patterns off most lines.
      if (last.endsWith(":") && isAttribution(joined(lines, start, start + n))) {
        return n;
      }
    }
    return 0;
  }

  private static boolean isAttribution(String text) {
    if (!text.endsWith(":")) {
      return false;
    }
    if (ATTRIBUTION_ADDRESS.matcher(text).matches() && !SENTENCE_END.matcher(text).find()) {
      return true;
    }
    if (!DATE_OR_TIME.matcher(text).find()) {
      return false;
    }
    return ATTRIBUTION_ON.matcher(text).matches() || ATTRIBUTION_DATED.matcher(text).matches();
  }

  /** Drops {@code >}-quoted lines and the attribution paragraph right above each quoted block. */
  private static List<String> withoutQuotes(List<String> lines) {
    boolean[] drop = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      if (!isQuoted(lines.get(i))) {
        continue;
      }
      drop[i] = true;
      int above = previousNonBlank(lines, i - 1);
      if (above >= 0 && !isQuoted(lines.get(above))) {
        int top = attributionAbove(lines, above);
        for (int j = top; j <= above; j++) {
          drop[j] = true;
        }
      }
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!drop[i]) {
        kept.add(lines.get(i));
      }
    }
    return kept;
  }

  /** First line of an attribution ending at {@code end}, or {@code end + 1} when the line is content. */
  private static int attributionAbove(List<String> lines, int end) {
    int paragraphTop = end;
    while (paragraphTop > 0 && end - paragraphTop + 1 < MAX_ATTRIBUTION_LINES
        && !lines.get(paragraphTop - 1).isEmpty() && !isQuoted(lines.get(paragraphTop - 1))) {
      paragraphTop--;
    }
    for (int top = paragraphTop; top <= end; top++) {
      if (isAttribution(joined(lines, top, end + 1))) {
        return top;
      }
    }
    // Looser forms may only take in lines above that a client's wrapping left unfinished ("… "bob@x" <").
    int looseTop = end;
    while (looseTop > paragraphTop && !FINISHED_LINE.matcher(lines.get(looseTop - 1)).find()) {
      looseTop--;
    }
    for (int top = looseTop; top <= end; top++) {
      String text = joined(lines, top, end + 1);
      boolean loose = ATTRIBUTION_LOOSE.matcher(text).matches()
          || text.endsWith(":") && HAS_ADDRESS_OR_TIME.matcher(text).find();
      if (loose && !SENTENCE_END.matcher(text).find()) {
        return top;
      }
    }
    return end + 1;
  }

  private static String joined(List<String> lines, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(lines.get(i).strip());
    }
    return WHITESPACE_RUN.matcher(text).replaceAll(" ");
  }

  /** A line whose first non-blank character is {@code >}. */
  private static boolean isQuoted(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t') {
        return c == '>';
      }
    }
    return false;
  }

  private static int nextNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static int previousNonBlank(List<String> lines, int from) {
    for (int i = from; i >= 0; i--) {
      if (!lines.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Joins with LF and trims the whole. Three or more line breaks in a row become two, so any run of blank
   * lines, including the gaps that removed quotes leave, becomes a single blank line.
   */
  private static String join(List<String> lines) {
    StringBuilder text = new StringBuilder();
    int blanks = 0;
    for (String line : lines) {
      if (line.isEmpty()) {
        blanks++;
        continue;
      }
      if (text.length() > 0) {
        text.append(blanks > 0 ? "\n\n" : "\n");
      }
      blanks = 0;
      text.append(line);
    }
    return trimStart(text.toString());
  }

  private static String trimStart(String text) {
    int start = 0;
    while (start < text.length() && isSpace(text.charAt(start))) {
      start++;
    }
    return text.substring(start);
  }

  /** Whitespace as a reader sees it: also the no-break and zero-width spaces HTML conversion leaves. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
        || c == '\uFEFF';
  }
}
