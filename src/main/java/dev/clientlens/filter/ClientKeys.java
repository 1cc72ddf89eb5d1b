package dev.clientlens.filter;

import com.google.common.net.InternetDomainName;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.EmailAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which client an address belongs to: the user's client list first, then the full address for
 * freemail and ISP domains, then the registrable domain under the public suffix list (Guava's copy), so
 * {@code mail.acme.com} joins {@code acme.com} while {@code a.co.uk} and {@code b.co.uk} stay apart.
 */
public final class ClientKeys {
  private final Set<String> freemail;
  private final ClientList clientList;
  /** Public suffix look-ups are slow next to the rest of a scan; a mailbox has few distinct domains. */
  private final Map<String, String> registrable = new ConcurrentHashMap<>();

  public ClientKeys(ClientList clientList) {
    this.clientList = clientList;
    this.freemail = loadFreemail();
  }

  public ClientKey keyOf(EmailAddress address) {
    Optional<String> listed = clientList.clientOf(address);
    if (listed.isPresent()) {
      return new ClientKey(listed.get());
    }
    if (isFreemail(address.domain())) {
      return new ClientKey(address.toString());
    }
    return new ClientKey(registrable(address.domain()));
  }

  /** The name {@code --clients} gives in a row that leaves an address out of the report. */
  public static final String LEFT_OUT = "-";

  /** True when the user's client list names this address's client: it is a person to us, whatever its mail. */
  public boolean isListed(EmailAddress address) {
    return clientList.clientOf(address).isPresent();
  }

  /** True when the user's client list leaves this address out ({@code pattern,-}). */
  public boolean isLeftOut(EmailAddress address) {
    return clientList.clientOf(address).map(LEFT_OUT::equals).orElse(false);
  }

  /** True for a domain where each address is a different person (gmail.com, online.no). */
  public boolean isFreemail(String domain) {
    String d = domain.toLowerCase(Locale.ROOT);
    return freemail.contains(d) || freemail.contains(registrable(d));
  }

  private String registrable(String domain) {
    return registrable.computeIfAbsent(domain, ClientKeys::registrableDomain);
  }

  /** The registrable domain ({@code acme.co.uk} for {@code mail.acme.co.uk}), or the domain itself. */
  public static String registrableDomain(String domain) {
    String d = domain.toLowerCase(Locale.ROOT);
    if (d.startsWith("[") || !InternetDomainName.isValid(d)) {
      return d;
    }
    InternetDomainName name = InternetDomainName.from(d);
    if (name.isUnderRegistrySuffix()) {
      return name.topDomainUnderRegistrySuffix().toString();
    }
    return d;
  }

  /** A domain in the JSON array of {@code email-providers/all.json}: {@code "gmail.com"}. */
  private static final Pattern JSON_STRING = Pattern.compile("\"([^\"\\\\]+)\"");

  /** The maintained list of freemail and ISP domains, with our own additions. */
  private static Set<String> loadFreemail() {
    Set<String> domains = new HashSet<>();
    Matcher listed = JSON_STRING.matcher(resource("email-providers/all.json"));
    while (listed.find()) {
      domains.add(listed.group(1).strip().toLowerCase(Locale.ROOT));
    }
    for (String line : resource("freemail-domains.txt").split("\n")) {
      String domain = line.strip().toLowerCase(Locale.ROOT);
      if (!domain.isEmpty() && !domain.startsWith("#")) {
        domains.add(domain);
      }
    }
    return Set.copyOf(domains);
  }

  private static String resource(String name) {
    try (InputStream in = ClientKeys.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": could not read", e);
    }
  }
}
