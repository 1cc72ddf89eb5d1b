package dev.clientlens.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A mailbox address, lower-cased, split into local part and domain. The domain is a full domain name
 * (two or more labels, a top-level label that is not a number); the local part is a dot-atom, or a quoted
 * string (RFC 5322) kept in quotes only when it needs them ({@code "kari"@x.no} is {@code kari@x.no}).
 */
public record EmailAddress(String local, String domain) implements Comparable<EmailAddress> {
  private static final int MAX_DOMAIN = 253;
  private static final int MAX_LABEL = 63;

  public EmailAddress {
    if (local == null || local.isEmpty()) {
      throw new IllegalArgumentException("email address: empty local part");
    }
    if (domain == null || domain.isEmpty()) {
      throw new IllegalArgumentException("email address: empty domain in " + local);
    }
    local = local.toLowerCase(Locale.ROOT);
    domain = domain.toLowerCase(Locale.ROOT);
  }

  /*
   * Written out rather than left to the record, whose generated methods go through method handles: a
   * scan counts every recipient of every message by address, and those calls were 2% of its time. The
   * hash is the one the record would give (31 times the local part's, plus the domain's).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAddress that && local.equals(that.local) && domain.equals(that.domain);
  }

  @Override
  public int hashCode() {
    return 31 * local.hashCode() + domain.hashCode();
  }

  /** Parses {@code local@domain} (in angle brackets or not); returns empty when the text is not an address. */
  public static Optional<EmailAddress> parse(String text) {
    return read(text).address;
  }

  /** Why {@code text} is not an address ("no @", "domain acme is not a full domain name"), or empty when it is one. */
  public static Optional<String> problem(String text) {
    return read(text).problem;
  }

  private record Read(Optional<EmailAddress> address, Optional<String> problem) {
    static Read ok(String local, String domain) {
      return new Read(Optional.of(new EmailAddress(local, domain)), Optional.empty());
    }

    static Read not(String why) {
      return new Read(Optional.empty(), Optional.of(why));
    }
  }

  private static Read read(String text) {
    if (text == null || text.isBlank()) {
      return Read.not("empty");
    }
    String trimmed = text.trim();
    if (trimmed.startsWith("<") && trimmed.endsWith(">")) {
      trimmed = trimmed.substring(1, trimmed.length() - 1).trim();
    }
    int at = trimmed.lastIndexOf('@');
    if (at < 0) {
      return Read.not("no @");
    }
    if (at == 0) {
      return Read.not("no local part");
    }
    String written = trimmed.substring(at + 1);
    String domain = written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
    Optional<String> domainProblem = domainProblem(domain);
    if (domainProblem.isPresent()) {
      return Read.not(domainProblem.get());
    }
    String local = trimmed.substring(0, at);
    if (local.startsWith("\"")) {
      return quotedLocal(local).map(l -> Read.ok(l, domain)).orElseGet(() -> Read.not("malformed quoted local part"));
    }
    return isDotAtomText(local) ? Read.ok(local, domain) : Read.not("invalid character in local part");
  }

  /**
   * A domain name of LDH labels (letters of any script allowed, for IDN), not an address literal or a bare
   * name. The labels are walked in place and the reason is put together only for a domain that fails: a
   * scan checks every address of every header.
   */
  private static Optional<String> domainProblem(String domain) {
    if (domain.isEmpty()) {
      return Optional.of("no domain");
    }
    if (domain.startsWith("[")) {
      return Optional.of("address literal " + domain + " instead of a domain");
    }
    if (domain.length() > MAX_DOMAIN) {
      return notADomainName(domain);
    }
    int labels = 0;
    int topLength = 0;
    boolean topAllDigits = false;
    int start = 0;
    for (int end = domain.indexOf('.'); ; end = domain.indexOf('.', start)) {
      int stop = end < 0 ? domain.length() : end;
      int length = stop - start;
      if (length == 0 || length > MAX_LABEL || domain.charAt(start) == '-' || domain.charAt(stop - 1) == '-') {
        return notADomainName(domain);
      }
      boolean allDigits = true;
      for (int i = start; i < stop; i++) {
        char c = domain.charAt(i);
        boolean ascii = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
        if (!ascii && (c < 0x80 || !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK
            && Character.getType(c) != Character.COMBINING_SPACING_MARK)) {
          return notADomainName(domain);
        }
        allDigits &= Character.isDigit(c);
      }
      labels++;
      topLength = length;
      topAllDigits = allDigits;
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    if (labels < 2) {
      return Optional.of("domain " + domain + " is not a full domain name");
    }
    if (topLength < 2 || topAllDigits) {
      return notADomainName(domain);
    }
    return Optional.empty();
  }

  private static Optional<String> notADomainName(String domain) {
    return Optional.of("domain " + domain + " is not a domain name");
  }

  /** RFC 5322 atext and dots (lenient about where the dots are), and letters of any script (RFC 6531). */
  private static boolean isDotAtomText(String local) {
    if (local.isEmpty()) {
      return false;
    }
    for (int i = 0; i < local.length(); i++) {
      if (!isAtext(local.charAt(i)) && local.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAtext(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0
        || c > 0x9F && !Character.isWhitespace(c) && !Character.isISOControl(c) && !ControlCharacters.isRemoved(c);
  }

  /** A strict dot-atom: atext runs separated by single dots. */
  private static boolean isDotAtom(String local) {
    return isDotAtomText(local) && !local.startsWith(".") && !local.endsWith(".") && !local.contains("..");
  }

  /**
   * The local part of a quoted string: its content with quoted pairs undone, unquoted when it is a
   * dot-atom, else quoted again with only {@code "} and {@code \} escaped. Empty when it is malformed.
   */
  private static Optional<String> quotedLocal(String quoted) {
    if (quoted.length() < 3 || !quoted.endsWith("\"")) {
      return Optional.empty();
    }
    StringBuilder content = new StringBuilder(quoted.length());
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c == '\\') {
        if (++i == quoted.length() - 1) {
          return Optional.empty();
        }
        c = quoted.charAt(i);
      } else if (c == '"') {
        return Optional.empty();
      }
      if (c < 0x20 && c != '\t' || c == 0x7F || ControlCharacters.isRemoved(c)) {
        return Optional.empty();
      }
      content.append(c);
    }
    String text = content.toString();
    if (text.isBlank()) {
      return Optional.empty();
    }
    if (isDotAtom(text)) {
      return Optional.of(text);
    }
    return Optional.of('"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
  }

  @Override
  public int compareTo(EmailAddress other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return local + "@" + domain;
  }
}
