package dev.clientlens.filter;

import dev.clientlens.domain.EmailAddress;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who "we" are: our own addresses (mail from them is outbound) and our domains (anyone else there is a
 * colleague, never a client).
 */
public record Owner(Set<EmailAddress> addresses, Set<String> domains) {
  public Owner {
    addresses = Set.copyOf(addresses);
    domains = Set.copyOf(domains);
  }

  /** Nobody: every sender is an outsider. Used only when the owner could not be found out. */
  public static Owner unknown() {
    return new Owner(Set.of(), Set.of());
  }

  /** True for our own address; with domains only, every address at our domains is ours. */
  public boolean isUs(EmailAddress address) {
    return addresses.contains(address) || (addresses.isEmpty() && isOurDomain(address));
  }

  public boolean isOurDomain(EmailAddress address) {
    String domain = address.domain();
    for (String ours : domains) {
      if (domain.equals(ours) || domain.endsWith("." + ours)) {
        return true;
      }
    }
    return false;
  }

  /** For messages to the user: {@code ingrid@fjordlys.no (domain fjordlys.no)}. */
  public String describe() {
    if (addresses.isEmpty() && domains.isEmpty()) {
      return "nobody";
    }
    StringBuilder text = new StringBuilder(String.join(", ", new TreeSet<>(addresses.stream().map(EmailAddress::toString).toList())));
    if (!domains.isEmpty()) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append("(domain ").append(String.join(", ", new TreeSet<>(domains))).append(')');
    }
    return text.toString();
  }
}
