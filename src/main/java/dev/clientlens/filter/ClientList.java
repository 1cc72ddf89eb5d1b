package dev.clientlens.filter;

import com.google.common.net.InternetDomainName;
import dev.clientlens.domain.EmailAddress;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The user's own mapping of addresses and domains to client names ({@code --clients FILE}): merges a
 * client's several domains, splits a shared one. Rows are {@code pattern,client}; a pattern is an address
 * ({@code kari@acme.no}), a domain ({@code acme.no}, which also matches its subdomains) or
 * {@code *@acme.no}. An address beats a domain, and a longer domain beats a shorter one.
 */
public final class ClientList {
  public static final ClientList EMPTY = new ClientList(Map.of(), Map.of());

  private final Map<String, String> byAddress;
  private final Map<String, String> byDomain;

  private ClientList(Map<String, String> byAddress, Map<String, String> byDomain) {
    this.byAddress = Map.copyOf(byAddress);
    this.byDomain = Map.copyOf(byDomain);
  }

  /**
   * Reads a client list; a header row {@code pattern,client} is optional.
   *
   * @throws IOException when the file cannot be read or a row is malformed (with its line number)
   */
  public static ClientList read(Path file) throws IOException {
    Map<String, String> byAddress = new TreeMap<>();
    Map<String, String> byDomain = new TreeMap<>();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try (Reader reader = new java.io.StringReader(text)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).setCommentMarker('#').get();
      for (CSVRecord row : format.parse(reader)) {
        long line = lineOf(text, row.getCharacterPosition());
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (row.size() < 2 || row.get(0).isBlank() || row.get(1).isBlank()) {
          throw new IOException(file + ": line " + line + ": expected pattern,client");
        }
        String pattern = row.get(0).toLowerCase(Locale.ROOT);
        String client = row.get(1);
        if (row.getRecordNumber() == 1 && pattern.equals("pattern")) {
          continue;
        }
        if (pattern.startsWith("*@")) {
          byDomain.put(domainPattern(pattern.substring(2), file, line), client);
        } else if (pattern.contains("@")) {
          EmailAddress address = EmailAddress.parse(pattern)
              .orElseThrow(() -> new IOException(file + ": line " + line + ": not an address: " + pattern));
          byAddress.put(address.toString(), client);
        } else {
          byDomain.put(domainPattern(pattern.startsWith(".") ? pattern.substring(1) : pattern, file, line), client);
        }
      }
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new IOException(file + ": could not read client list: " + e.getMessage(), e);
    }
    return new ClientList(byAddress, byDomain);
  }

  /** The line a record starts on: past the blank and comment lines the parser took in before it. */
  private static long lineOf(String text, long position) {
    int at = (int) Math.min(position, text.length());
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '#') {
        int end = text.indexOf('\n', at);
        at = end < 0 ? text.length() : end + 1;
      } else if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
        at++;
      } else {
        break;
      }
    }
    return text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /**
   * A domain pattern, refused when it is a public suffix ({@code no}, {@code co.uk}) of the list client keys
   * use: it would match every client under it and merge them all into one.
   */
  private static String domainPattern(String domain, Path file, long line) throws IOException {
    if (InternetDomainName.isValid(domain) && InternetDomainName.from(domain).isRegistrySuffix()) {
      throw new IOException(file + ": line " + line + ": '" + domain + "' is a public suffix, "
          + "not a client's domain: it would merge every client under ." + domain
          + " into one; give the client's own domain (e.g. acme." + domain + ")");
    }
    return domain;
  }

  /** The client name the list gives this address, if any. */
  public Optional<String> clientOf(EmailAddress address) {
    String exact = byAddress.get(address.toString());
    if (exact != null) {
      return Optional.of(exact);
    }
    String domain = address.domain();
    while (true) {
      String client = byDomain.get(domain);
      if (client != null) {
        return Optional.of(client);
      }
      int dot = domain.indexOf('.');
      if (dot < 0) {
        return Optional.empty();
      }
      domain = domain.substring(dot + 1);
    }
  }

  /** Every row, sorted, one per line: two lists that give the same text sort every address alike. */
  public String rows() {
    StringBuilder rows = new StringBuilder();
    new java.util.TreeMap<>(byAddress).forEach((k, v) -> rows.append(k).append(',').append(v).append('\n'));
    new java.util.TreeMap<>(byDomain).forEach((k, v) -> rows.append("*@").append(k).append(',').append(v).append('\n'));
    return rows.toString();
  }

    public boolean isEmpty() {
    return byAddress.isEmpty() && byDomain.isEmpty();
  }

  List<String> names() {
    return java.util.stream.Stream.concat(byAddress.values().stream(), byDomain.values().stream()).distinct().sorted().toList();
  }
}
