package dev.clientlens.domain;

import java.util.Locale;
import java.util.Optional;

/** A mailbox address, lower-cased, split into local part and domain. */
public record EmailAddress(String local, String domain) implements Comparable<EmailAddress> {

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

  /** Parses {@code local@domain}; returns empty when the text is not an address. */
  public static Optional<EmailAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.trim();
    if (trimmed.startsWith("<") && trimmed.endsWith(">")) {
      trimmed = trimmed.substring(1, trimmed.length() - 1).trim();
    }
    int at = trimmed.lastIndexOf('@');
    if (at <= 0 || at == trimmed.length() - 1) {
      return Optional.empty();
    }
    String domain = trimmed.substring(at + 1);
    if (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    String local = trimmed.substring(0, at);
    if (domain.isEmpty() || domain.chars().anyMatch(EmailAddress::badInDomain)
        || local.chars().anyMatch(EmailAddress::badInLocal)) {
      return Optional.empty();
    }
    return Optional.of(new EmailAddress(local, domain));
  }

  private static boolean badInDomain(int c) {
    return c <= ' ' || c == '@' || c == '<' || c == '>' || c == '"' || c == ',' || c == ';' || c == '(' || c == ')';
  }

  /** Quoted local parts are legal but never seen from real people; refusing them keeps garbage out. */
  private static boolean badInLocal(int c) {
    return c <= ' ' || c == '<' || c == '>' || c == '"' || c == ',' || c == ';' || c == '(' || c == ')' || c == '\\';
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
