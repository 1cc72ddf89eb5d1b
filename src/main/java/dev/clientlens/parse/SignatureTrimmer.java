package dev.clientlens.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts what closes a mail rather than says something: the {@code -- } signature, mobile footers,
 * sign-off blocks ("Best regards," / "Mvh" and a few short lines), contact blocks and trailing
 * disclaimers. Each rule only fires when what follows is short, so a closing word that opens real
 * content is kept. A closing that thanks ("Thanks so much!", "Tusen takk") is tone rather than
 * signature, so its words are handed back apart from the text. Stateless.
 */
final class SignatureTrimmer {

  /** Non-blank lines a sign-off may be followed by: name, title, phone, company, address, URL. */
  private static final int MAX_SIGN_OFF_TAIL = 8;
  /** Non-blank lines a rule line ("------") may be followed by when it opens a signature or list footer. */
  private static final int MAX_FOOTER_TAIL = 12;
  private static final int MAX_SHORT_LINE_CHARS = 80;
  private static final int MAX_SHORT_LINE_WORDS = 12;
  private static final int MAX_CONTACT_LINE_CHARS = 60;
  private static final int MAX_CONTACT_LINE_WORDS = 8;

  private static final Pattern DELIMITER = Pattern.compile("^--\\s*$");

  private static final String MAIL_APP = "(?:iphone|ipad|android|blackberry|mobil|mobiltelefon|outlook|sparrow"
      + "|airmail|spark|superhuman|newton|proton\\s*mail|tutanota|bluemail|samsung\\s+email)\\b";

  private static final Pattern MOBILE_FOOTER = Pattern.compile("^\\s*(?:"
      + "sent\\s+from\\s+my(?:\\s+[\\p{L}\\p{N}®™'’.-]+){1,5}"
      + "|sent\\s+from\\s+(?:outlook|mail|yahoo\\s+mail|gmail|aol|proton\\s*mail|samsung|spark|bluemail"
      + "|windows\\s+mail|mobile)(?:\\s+(?:for|on|with|via)\\s+[\\p{L}\\p{N} .-]{1,30})?"
      + "|sent\\s+(?:from|with|via|using)\\s+(?:a|an|the)(?:\\s+[\\p{L}\\p{N}'-]+){1,5}"
      + "|sent\\s+(?:with|via|using)\\s+[\\p{L}\\p{N}® .-]{1,30}\\s*\\(\\S+\\)"
      + "|sent\\s+(?:with|via|using)\\s+" + MAIL_APP + "(?:\\s+[\\p{L}\\p{N}® .-]{1,30})?"
      + "|(?:get|få|hent)\\s+outlook\\s+for\\s+(?:ios|android)"
      + "|sendt\\s+fra\\s+(?:min|mi|mitt)(?:\\s+[\\p{L}\\p{N}®™'’.-]+){1,5}"
      + "|sendt\\s+fra\\s+(?:outlook|e-post|mail|yahoo\\s+mail|gmail)"
      + "(?:\\s+(?:for|på|til)\\s+[\\p{L}\\p{N} .-]{1,30})?"
      + "|sendt\\s+(?:med|via)\\s+(?:(?:min|mi|mitt)\\s+)?" + MAIL_APP + "(?:\\s+[\\p{L}\\p{N}® .-]{1,30})?"
      + "|skickat\\s+från\\s+(?:min|mitt)(?:\\s+[\\p{L}\\p{N}®™'’.-]+){1,5}"
      + "|von\\s+meinem\\s+[\\p{L}\\p{N} .-]{1,30}\\s+gesendet"
      + "|(?:sent\\s+)?via\\s+(?:mobile|phone|my\\s+phone|iphone|ipad|android|blackberry)"
      + ")\\s*[.!]?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Closings that thank, in English and Norwegian: their words are tone, not signature. */
  private static final String THANKS_CLOSING =
      "(?:many\\s+)?thanks(?:\\s+(?:again|a\\s+lot|so\\s+much|very\\s+much|in\\s+advance))?"
      + "|thank\\s+you(?:\\s+(?:so|very)\\s+much)?(?:\\s+(?:again|in\\s+advance))?|thx|tia|cheers"
      + "|(?:much\\s+|greatly\\s+|very\\s+much\\s+)?appreciated"
      + "|(?:tusen\\s+)?takk(?:\\s+(?:for\\s+hjelpen|på\\s+forhånd|igjen))?";

  /**
   * A line that is only a closing, optionally with the sender's name after it. Group {@code thanks} holds
   * a closing of thanks, group {@code mark} the punctuation after the closing.
   */
  private static final Pattern SIGN_OFF = Pattern.compile("^\\s*(?i:"
      + "(?<thanks>" + THANKS_CLOSING + ")"
      + "|(?:(?:with\\s+)?(?:best|kind|kindest|warm|warmest|many|all\\s+the\\s+best)\\s+)?(?:regards|wishes)"
      + "|best|sincerely|yours\\s+sincerely|sincerely\\s+yours|yours\\s+truly|respectfully|all\\s+the\\s+best"
      + "|take\\s+care|talk\\s+soon|speak\\s+soon"
      + "|(?:med\\s+)?venn?lig\\s+hilsen(?:\\s+fra)?|vennlige\\s+hilsener|venlige\\s+hilsner|mvh|m\\.v\\.h|vh"
      + "|hilsen|hilsener|beste\\s+hilsen(?:er)?|varm\\s+hilsen"
      + "|ha\\s+en\\s+(?:fin|god)\\s+(?:dag|helg|kveld)|god\\s+helg"
      + "|de\\s+bedste\\s+hilsner|med\\s+vänlig(?:a)?\\s+hälsning(?:ar)?"
      + "|vänliga\\s+hälsningar|hälsningar|mit\\s+freundlichen\\s+grüßen|mfg|viele\\s+grüße|beste\\s+grüße"
      + "|liebe\\s+grüße|lg|gruß|с\\s+уважением"
      + ")\\s*(?<mark>[.,!:;-]*)(?:\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?\\s*$",
      Pattern.UNICODE_CASE);

  /** "-Abhishek Kona", "--Tim": a dash glued to a name; "- item" with a space stays a bullet. */
  private static final Pattern DASH_NAME =
      Pattern.compile("^\\s*(?:-|--\\s?)\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*$");

  /** A full name above a mobile footer ("Stavros Xxxxxx" / "via mobile"); two or three words, so "Ok" stays. */
  private static final Pattern NAME_LINE =
      Pattern.compile("^\\s*\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,2}\\s*$");

  private static final Pattern RULE_LINE = Pattern.compile("^\\s*(?:-{4,}|_{4,}|={4,}|\\*{4,}|~{4,})\\s*$");

  private static final Pattern POSTSCRIPT = Pattern.compile("^\\s*p\\.?\\s?s\\b", Pattern.CASE_INSENSITIVE);

  /*
   * A contact line is one that CONTACT_ADDRESS, CONTACT_LINK or CONTACT_LIST finds something in, or whose start
   * CONTACT_LABEL matches. They were one pattern; apart, the address pattern (whose "\\S+" before the "@"
   * makes each try scan a whole word) runs only on lines that hold an "@".
   */
  private static final Pattern CONTACT_ADDRESS = Pattern.compile("\\S+@\\S+\\.\\p{L}{2,}");
  private static final Pattern CONTACT_LINK =
      Pattern.compile("https?://|\\bwww\\.", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CONTACT_LABEL = Pattern.compile(
      "\\s*(?:tel|tlf|telefon|phone|mob|mobil|mobile|cell|fax|skype|direct|direkte|web|e-?post|e-?mail"
          + "|[tfmwe])\\.?\\s*:?\\s+\\S",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CONTACT_LIST =
      Pattern.compile("mailing\\s+list|unsubscribe", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()./-]{6,}\\d");
  private static final Pattern DATE = Pattern.compile("\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b");
  private static final int MIN_PHONE_DIGITS = 8;
  /** The first line of a contact block: a name or company, every word capitalised ("John E. Doe, Ph.D."). */
  private static final Pattern CAPITALISED_LINE =
      Pattern.compile("^\\s*\\p{Lu}[\\p{L}.,'’&-]*(?:\\s+(?:\\p{Lu}[\\p{L}.,'’&-]*|[&|/-]))*\\s*$");

  /** First words of a legal footer paragraph. */
  private static final Pattern DISCLAIMER_OPENER = Pattern.compile("^\\s*(?:"
      + "(?:this|the\\s+information\\s+(?:contained\\s+)?in\\s+this|the\\s+contents\\s+of\\s+this)\\s+"
      + "(?:e-?mail|message|communication|transmission|electronic\\s+mail)"
      + "|confidential(?:ity)?\\s+(?:notice|note|warning|statement)|notice\\s+of\\s+confidentiality"
      + "|(?:legal\\s+)?disclaimer|important\\s+notice|privileged\\s+(?:and|&)\\s+confidential"
      + "|if\\s+you\\s+(?:are\\s+not|have\\s+received\\s+this)"
      + "|please\\s+consider\\s+the\\s+environment"
      + "|denne\\s+(?:e-?posten|e-?postmeldingen|e-?mailen|e-?posten\\s+og\\s+eventuelle|meldingen)"
      + "|informasjonen\\s+i\\s+denne|(?:dersom|hvis)\\s+du\\s+(?:ikke\\s+er|har\\s+mottatt)"
      + "|konfidensialitet|taushetsplikt|ansvarsfraskrivelse|tenk\\s+på\\s+miljøet"
      + "|dieses?\\s+e-?mail|diese\\s+nachricht|denna\\s+e-?post|dette\\s+e-?mail|denne\\s+e-?mail"
      + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Marks of a company's legal footer: a registration, a company or VAT number (in folded text, see below). */
  private static final Pattern REGISTRATION = Pattern.compile(
      "registered\\s+(?:in|office|number|no)|company\\s+(?:no|number|reg)|vat\\s+(?:no|number|reg)"
          + "|org(?:anisasjons)?\\.?\\s*(?:nr|nummer)|foretaksregisteret|registrert\\s+i");
  /** Whether folded text holds a word every {@link #REGISTRATION} match starts with: a quick no for most paragraphs. */
  private static boolean mayHoldRegistration(String text) {
    return text.contains("regist") || text.contains("company") || text.contains("vat") || text.contains("org");
  }

  /** Words of confidentiality and of the intended recipient (in folded text). */
  private static final Pattern DISCLAIMER_WORDS = Pattern.compile(
      "confidential|privileged|intended\\s+recipient|intended\\s+(?:solely|only)|unauthori[sz]ed|prohibited"
          + "|received\\s+this\\s+(?:e-?mail|message|communication)\\s+in\\s+error|environment\\s+before\\s+printing"
          + "|konfidensiell|fortrolig|taushetsbelagt|(?:rette|riktige|tiltenkte)\\s+mottaker|kun\\s+ment\\s+for"
          + "|ved\\s+en\\s+feil|miljøet\\s+før\\s+du\\s+skriver|vertraulich|sekretess|konfidentiell");

  /**
   * What is left of a mail's lines once its end is cut.
   *
   * @param lines the lines above the cut, blank-line and LF form kept
   * @param closing the words of a closing of thanks at which the end was cut ("Thanks so much!"), without
   *     the name after them and without trailing commas; empty when no cut began at one
   */
  record Trimmed(List<String> lines, String closing) {
    Trimmed {
      lines = List.copyOf(lines);
      Objects.requireNonNull(closing, "closing");
    }
  }

  /** {@code lines} without their closing signature, footers and disclaimers, and the closing's words of thanks. */
  Trimmed trim(List<String> lines) {
    List<String> text = withoutTrailingBlanks(lines);
    String closing = "";
    while (true) {
      int cut = firstCut(text);
      if (cut >= text.size()) {
        return new Trimmed(text, closing);
      }
      // Each cut lies above the one before it, so the last closing of thanks found is the sender's closing.
      closing = thanks(text.get(cut)).orElse(closing);
      text = withoutTrailingBlanks(text.subList(0, cut));
    }
  }

  /** The words of a closing of thanks on this line, without the name after them: "Thanks!" of "Thanks! Anna". */
  private static Optional<String> thanks(String line) {
    Matcher m = SIGN_OFF.matcher(line);
    if (!m.matches() || m.group("thanks") == null) {
      return Optional.empty();
    }
    return Optional.of(m.group("thanks") + (m.group("mark").contains("!") ? "!" : ""));
  }

  private static int firstCut(List<String> lines) {
    int n = lines.size();
    int lastBlock = lastBlockStart(lines);
    // Cheap bounds, so that the patterns run only where a cut could be: a tail of more than max non-blank
    // lines is never short (isShortTail), and a contact block never has a blank line below its start.
    int[] nonBlankFrom = new int[n + 1];
    int lastBlank = -1;
    for (int i = n - 1; i >= 0; i--) {
      boolean blank = lines.get(i).isBlank();
      nonBlankFrom[i] = nonBlankFrom[i + 1] + (blank ? 0 : 1);
      if (blank && lastBlank < 0) {
        lastBlank = i;
      }
    }
    int firstContent = -1;
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      boolean hasContentBefore = firstContent >= 0;
      char first = firstLetter(line);
      if (first == '-' && DELIMITER.matcher(line).matches()) {
        return i;
      }
      boolean signOffTail = nonBlankFrom[i + 1] <= MAX_SIGN_OFF_TAIL;
      if (signOffTail && MOBILE_FOOTER_STARTS.indexOf(first) >= 0 && MOBILE_FOOTER.matcher(line).matches()
          && isShortTail(lines, i + 1, MAX_SIGN_OFF_TAIL)) {
        boolean nameAbove = i > 0 && firstContent >= 0 && firstContent < i - 1
            && NAME_LINE.matcher(lines.get(i - 1)).matches();
        return nameAbove ? i - 1 : i;
      }
      if (hasContentBefore && signOffTail
          && (isSignOff(line, first) || first == '-' && DASH_NAME.matcher(line).matches())
          && isShortTail(lines, i + 1, MAX_SIGN_OFF_TAIL)) {
        return i;
      }
      if (hasContentBefore && nonBlankFrom[i + 1] <= MAX_FOOTER_TAIL && RULE_LINE_STARTS.indexOf(first) >= 0
          && RULE_LINE.matcher(line).matches()
          && isShortTail(lines, i + 1, MAX_FOOTER_TAIL)
          && hasContactLine(lines, i + 1)) {
        return i;
      }
      boolean paragraph = hasContentBefore && startsParagraph(lines, i);
      if (paragraph && (mayOpenDisclaimer(line) && isDisclaimer(lines, i)
          || i >= lastBlock && isClosingLegalFooter(lines, i))) {
        return i;
      }
      if (paragraph && i > lastBlank && !introducedByColon(lines, i) && isContactBlock(lines, i)) {
        return i;
      }
      if (firstContent < 0) {
        firstContent = i;
      }
    }
    return n;
  }

  /**
   * The first character after the white space {@code \\s} matches, folded as the patterns' case-insensitive
   * matching folds it ({@code 'K'} and the Kelvin sign to {@code 'k'}); {@code ' '} for a blank line. The
   * patterns are tried only on lines whose first character one of their alternatives can start with: the
   * same answers, without running every pattern on every line.
   */
  private static char firstLetter(String line) {
    int first = PatternChars.firstNonSpace(line);
    return first < line.length() ? PatternChars.fold(line.charAt(first)) : ' ';
  }

  /** What a line {@link #MOBILE_FOOTER} matches can start with ("sent", "get", "få", "hent", "von", "via"). */
  private static final String MOBILE_FOOTER_STARTS = "sgfhv";
  /** What a line {@link #SIGN_OFF} matches can start with. */
  private static final String SIGN_OFF_STARTS = "abcdghklmrstvwy\u0441";
  /**
   * The first two letters, folded, of every word a line {@link #DISCLAIMER_OPENER} matches can start with
   * ("this", "confidential", "notice", "legal", "disclaimer", "important", "privileged", "if", "please",
   * "denne", "informasjonen", "hvis", "konfidensialitet", "taushetsplikt", "ansvarsfraskrivelse", "tenk"...).
   */
  private static final Set<String> DISCLAIMER_STARTS =
      Set.of("th", "co", "no", "le", "di", "im", "pr", "if", "pl", "de", "in", "hv", "ko", "ta", "an", "te");
  /** What a line {@link #RULE_LINE} matches can start with. */
  private static final String RULE_LINE_STARTS = "-_=*~";
  /**
   * Whitespace-separated words a line {@link #SIGN_OFF} matches can have at most: a closing of up to six
   * ("thank you very much in advance"), its punctuation, and a name of up to three.
   */
  private static final int MAX_SIGN_OFF_WORDS = 10;

  private static boolean isSignOff(String line, char first) {
    return SIGN_OFF_STARTS.indexOf(first) >= 0 && words(line.strip()) <= MAX_SIGN_OFF_WORDS && SIGN_OFF.matcher(line).matches();
  }

  /** Whether the non-blank lines from {@code from} on are few and short, as in a signature. */
  private static boolean isShortTail(List<String> lines, int from, int maxLines) {
    int count = 0;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (++count > maxLines || line.length() > MAX_SHORT_LINE_CHARS || words(line) > MAX_SHORT_LINE_WORDS
          || POSTSCRIPT.matcher(line).find() || line.endsWith("?")) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasContactLine(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (isContactLine(lines.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** A last paragraph opening with a name, with at least two address, phone or web lines. */
  private static boolean isContactBlock(List<String> lines, int from) {
    int contacts = 0;
    int count = 0;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        return false;
      }
      count++;
      if (line.length() > MAX_CONTACT_LINE_CHARS || words(line) > MAX_CONTACT_LINE_WORDS
          || line.endsWith("?") || line.endsWith(":")) {
        return false;
      }
      if (isContactLine(line)) {
        contacts++;
      }
    }
    return count >= 2 && contacts >= 2 && CAPITALISED_LINE.matcher(lines.get(from)).matches();
  }

  /** An address, a web link, a labelled or a bare phone number (not a date), a list footer line. */
  private static boolean isContactLine(String line) {
    if (line.indexOf('@') >= 0 && CONTACT_ADDRESS.matcher(line).find() || CONTACT_LINK.matcher(line).find()
        || CONTACT_LABEL.matcher(line).lookingAt() || CONTACT_LIST.matcher(line).find()) {
      return true;
    }
    return PHONE.matcher(line).find() && !DATE.matcher(line).find()
        && line.chars().filter(Character::isDigit).count() >= MIN_PHONE_DIGITS;
  }

  /** Whether the line's first two characters after white space could open a {@link #DISCLAIMER_OPENER} match. */
  private static boolean mayOpenDisclaimer(String line) {
    int first = PatternChars.firstNonSpace(line);
    return first + 1 < line.length() && DISCLAIMER_STARTS.contains(PatternChars.fold(line.substring(first, first + 2)));
  }

  /** A paragraph opening like a legal footer and naming confidentiality or the intended recipient. */
  private static boolean isDisclaimer(List<String> lines, int from) {
    if (!DISCLAIMER_OPENER.matcher(lines.get(from)).lookingAt()) {
      return false;
    }
    return DISCLAIMER_WORDS.matcher(foldedParagraph(lines, from)).find();
  }

  /**
   * The last paragraph of a mail that reads as a company's legal footer even without a disclaimer's
   * usual opening ("Harbour Foods Ltd, registered in England and Wales no. 04512398. This email may
   * contain confidential information."): confidentiality words together with a registration mark.
   */
  private static boolean isClosingLegalFooter(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && !lines.get(i).isEmpty()) {
      i++;
    }
    for (; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        return false;
      }
    }
    String text = foldedParagraph(lines, from);
    return mayHoldRegistration(text) && REGISTRATION.matcher(text).find() && DISCLAIMER_WORDS.matcher(text).find();
  }

  /**
   * The first line of the last block of text between blank lines: a legal footer closes the mail, so
   * only a paragraph starting there or below can be one ({@link #isClosingLegalFooter}).
   */
  private static int lastBlockStart(List<String> lines) {
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).isEmpty()) {
      end--;
    }
    int start = end;
    while (start > 0 && !lines.get(start - 1).isEmpty()) {
      start--;
    }
    return start;
  }

  /** "Here are the details for the invoice:" announces the lines below as content. */
  private static boolean introducedByColon(List<String> lines, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!lines.get(j).isEmpty()) {
        return lines.get(j).endsWith(":");
      }
    }
    return false;
  }

  private static boolean startsParagraph(List<String> lines, int i) {
    if (i == 0 || lines.get(i - 1).isEmpty()) {
      return true;
    }
    String above = lines.get(i - 1);
    return RULE_LINE_STARTS.indexOf(firstLetter(above)) >= 0 && RULE_LINE.matcher(above).matches();
  }

  /**
   * The words of a stripped line, as many as {@code line.split("\\s+")} gives: one more than the runs of
   * white space in it (a stripped line neither starts nor ends with white space), so 1 for an empty line.
   */
  private static int words(String line) {
    int words = 1;
    boolean inSpace = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = PatternChars.isSpace(line.charAt(i));
      if (space && !inSpace) {
        words++;
      }
      inSpace = space;
    }
    return words;
  }


  /**
   * The lines from {@code from} to the next blank line, joined by single spaces, each run of white space one
   * space, and folded as case-insensitive matching folds characters (upper case, then lower), so the footer
   * patterns can match it case-sensitively, which is several times faster, with the same answers.
   */
  private static String foldedParagraph(List<String> lines, int from) {
    StringBuilder paragraph = new StringBuilder();
    boolean inSpace = false;
    for (int i = from; i < lines.size() && !lines.get(i).isEmpty(); i++) {
      String line = lines.get(i);
      for (int j = 0; j <= line.length(); j++) {
        // the space after each line is part of the paragraph, as a line break would be
        char c = j < line.length() ? line.charAt(j) : ' ';
        if (PatternChars.isSpace(c)) {
          if (!inSpace) {
            paragraph.append(' ');
          }
          inSpace = true;
        } else {
          paragraph.append(PatternChars.fold(c));
          inSpace = false;
        }
      }
    }
    return paragraph.toString();
  }

  private static List<String> withoutTrailingBlanks(List<String> lines) {
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).isEmpty()) {
      end--;
    }
    return List.copyOf(lines.subList(0, end));
  }
}
