package dev.clientlens.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One IMAP account to scan, read from an {@code imaps://user@host[:port][/folder]} or {@code imap://...}
 * address plus the command line's IMAP options. Its {@code toString} never shows the secret.
 *
 * @param folders the folders to read (a Sent folder first, the others in this order); empty means the Sent folder, then INBOX
 * @param caCert an extra trusted CA certificate (PEM), besides the JDK's own
 * @param batchSize messages fetched per round trip
 * @param retries how often a dropped connection is re-established before the scan gives up
 * @param firstRetryDelay the wait before the first retry; it doubles for each further one
 */
public record ImapSettings(
    String host,
    int port,
    String user,
    Tls tls,
    List<String> folders,
    Secret secret,
    Optional<Path> caCert,
    Duration connectTimeout,
    Duration readTimeout,
    int batchSize,
    int retries,
    Duration firstRetryDelay) implements SourceSpec {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);
  public static final int DEFAULT_BATCH_SIZE = 200;
  public static final int DEFAULT_RETRIES = 3;
  public static final Duration DEFAULT_FIRST_RETRY_DELAY = Duration.ofSeconds(1);

  /** How the connection is protected. */
  public enum Tls {
    /** TLS from the first byte ({@code imaps://}, port 993). */
    IMAPS,
    /** Plain connect, then STARTTLS, which the server must offer ({@code imap://}, port 143). */
    STARTTLS,
    /** No TLS at all: only to a loopback address, and only when the user asked for it. */
    PLAINTEXT
  }

  public ImapSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(caCert, "caCert");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
    if (host.isBlank() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@')) {
      throw new IllegalArgumentException("imap settings: not a host name: '" + host + "'");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("imap settings: port must be 1 to 65535, got " + port);
    }
    if (user.isBlank() || user.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
      throw new IllegalArgumentException("imap settings: not a user name: '" + user + "'");
    }
    folders = List.copyOf(new LinkedHashSet<>(folders));
    for (String folder : folders) {
      if (folder.isBlank() || folder.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
        throw new IllegalArgumentException("imap settings: not a folder name: '" + folder + "'");
      }
    }
    if (caCert.isPresent() && tls == Tls.PLAINTEXT) {
      throw new IllegalArgumentException("imap settings: a CA certificate makes no sense without TLS");
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("imap settings: timeouts must be positive");
    }
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException("imap settings: batch size must be 1 to 10000, got " + batchSize);
    }
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("imap settings: retries must be 0 to 10, got " + retries);
    }
    if (firstRetryDelay.isNegative()) {
      throw new IllegalArgumentException("imap settings: the retry delay must not be negative");
    }
  }

  /** True when {@code source} is an {@code imap://} or {@code imaps://} address rather than a path. */
  public static boolean isImapAddress(String source) {
    String s = source.strip().toLowerCase(Locale.ROOT);
    return s.startsWith("imap://") || s.startsWith("imaps://");
  }

  /**
   * Parses {@code imaps://user@host[:port][/folder]} or {@code imap://...} with defaults for everything
   * the address does not say. An {@code @} in the user name may be written {@code %40}; the folder path
   * is percent-decoded too. {@code imap://} means STARTTLS, required.
   *
   * @throws IllegalArgumentException naming what is wrong and the accepted form
   */
  public static ImapSettings parse(String address, Secret secret) {
    String text = address.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    Tls tls;
    String rest;
    if (lower.startsWith("imaps://")) {
      tls = Tls.IMAPS;
      rest = text.substring("imaps://".length());
    } else if (lower.startsWith("imap://")) {
      tls = Tls.STARTTLS;
      rest = text.substring("imap://".length());
    } else {
      throw badAddress(address, "it must start with imaps:// or imap://");
    }
    int slash = rest.indexOf('/');
    String authority = slash >= 0 ? rest.substring(0, slash) : rest;
    String path = slash >= 0 ? rest.substring(slash + 1) : "";
    int at = authority.lastIndexOf('@');
    if (at <= 0) {
      throw badAddress(address, "no user name");
    }
    String userInfo = authority.substring(0, at);
    if (userInfo.contains(":")) {
      throw badAddress(address, "it contains a password; credentials are never accepted on the command line "
          + "(use --password-file FILE or the environment variable CLIENTLENS_PASSWORD)");
    }
    String user = decode(userInfo, address);
    String hostPort = authority.substring(at + 1);
    String host;
    String portText = "";
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw badAddress(address, "unclosed [ in the host");
      }
      host = hostPort.substring(1, close);
      String after = hostPort.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        throw badAddress(address, "unexpected text after the host");
      }
      portText = after.isEmpty() ? "" : after.substring(1);
    } else {
      int colon = hostPort.lastIndexOf(':');
      host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
      portText = colon >= 0 ? hostPort.substring(colon + 1) : "";
    }
    if (host.isEmpty() || host.chars().anyMatch(c -> c <= ' ' || c == '%' || c == '?' || c == '#')) {
      throw badAddress(address, "no host name");
    }
    int port = tls == Tls.IMAPS ? 993 : 143;
    if (!portText.isEmpty()) {
      try {
        port = Integer.parseInt(portText);
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 1 || port > 65535) {
        throw badAddress(address, "the port must be a number from 1 to 65535");
      }
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    List<String> folders = path.isEmpty() ? List.of() : List.of(decode(path, address));
    return new ImapSettings(host.toLowerCase(Locale.ROOT), port, user, tls, folders, secret, Optional.empty(),
        DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_BATCH_SIZE, DEFAULT_RETRIES, DEFAULT_FIRST_RETRY_DELAY);
  }

  private static IllegalArgumentException badAddress(String address, String why) {
    return new IllegalArgumentException("not an IMAP address: '" + redact(address) + "': " + why
        + " (expected imaps://user@host[:port][/folder] or imap://...; write an @ in the user name as %40)");
  }

  /**
   * An address as it may be shown in a message: a password written into it ({@code imaps://user:pw@host})
   * becomes {@code ****}. Every message that echoes an address the user typed goes through here. The
   * password is taken to run from the first {@code :} after the user name to the last {@code @}, so a
   * password holding {@code /}, {@code @} or spaces is hidden whole (at worst a little more is hidden).
   */
  public static String redact(String address) {
    String text = address.strip();
    int scheme = text.indexOf("://");
    if (scheme < 0) {
      return text;
    }
    int start = scheme + 3;
    int colon = text.indexOf(':', start);
    int firstAt = text.indexOf('@', start);
    if (colon < 0 || (firstAt >= 0 && firstAt < colon)) {
      return text;
    }
    int lastAt = text.lastIndexOf('@');
    if (lastAt < colon) {
      return text;
    }
    return text.substring(0, colon + 1) + "****" + text.substring(lastAt);
  }

  /**
   * Free text (a message from a library, a usage error) with every {@code imap://} or {@code imaps://}
   * address in it passed through {@link #redact}; an address ends at white space or a quote.
   */
  public static String redactAll(String text) {
    if (text == null) {
      return "";
    }
    Matcher m = ADDRESS_IN_TEXT.matcher(text);
    StringBuilder shown = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(shown, Matcher.quoteReplacement(redact(m.group())));
    }
    m.appendTail(shown);
    return shown.toString();
  }

  private static final Pattern ADDRESS_IN_TEXT =
      Pattern.compile("(?i)imaps?://[^\\s'\"]+");

  /** Percent-decoding as in URIs (a {@code +} stays a plus), strict UTF-8. */
  private static String decode(String text, String address) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
            || Character.digit(text.charAt(i + 2), 16) < 0) {
          throw badAddress(address, "a % must be followed by two hex digits");
        }
        bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(utf8);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw badAddress(address, "percent-encoded bytes are not UTF-8");
    }
  }

  public ImapSettings withFolders(List<String> folders) {
    return new ImapSettings(host, port, user, tls, folders, secret, caCert, connectTimeout, readTimeout, batchSize,
        retries, firstRetryDelay);
  }

  public ImapSettings withTls(Tls tls) {
    return new ImapSettings(host, port, user, tls, folders, secret, caCert, connectTimeout, readTimeout, batchSize,
        retries, firstRetryDelay);
  }

  public ImapSettings withCaCert(Path caCert) {
    return new ImapSettings(host, port, user, tls, folders, secret, Optional.of(caCert), connectTimeout, readTimeout,
        batchSize, retries, firstRetryDelay);
  }

  public ImapSettings withTimeouts(Duration connectTimeout, Duration readTimeout) {
    return new ImapSettings(host, port, user, tls, folders, secret, caCert, connectTimeout, readTimeout, batchSize,
        retries, firstRetryDelay);
  }

  public ImapSettings withBatchSize(int batchSize) {
    return new ImapSettings(host, port, user, tls, folders, secret, caCert, connectTimeout, readTimeout, batchSize,
        retries, firstRetryDelay);
  }

  public ImapSettings withRetries(int retries, Duration firstRetryDelay) {
    return new ImapSettings(host, port, user, tls, folders, secret, caCert, connectTimeout, readTimeout, batchSize,
        retries, firstRetryDelay);
  }

  /**
   * {@code imaps://ingrid%40fjordlys.no@mail.example.no}, with the port when it is not the default. A
   * {@code :} in the user name is written {@code %3A}, so the address never looks as if it held a password.
   */
  @Override
  public String describe() {
    boolean defaultPort = port == (tls == Tls.IMAPS ? 993 : 143);
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    return (tls == Tls.IMAPS ? "imaps://" : "imap://") + user.replace("%", "%25").replace("@", "%40").replace(":", "%3A")
        + "@"
        + shownHost + (defaultPort ? "" : ":" + port);
  }

  /**
   * True when every address the host name resolves to is a loopback address (so plaintext never leaves
   * the machine); false when it does not resolve.
   */
  public boolean hostIsLoopback() {
    try {
      InetAddress[] addresses = InetAddress.getAllByName(host);
      for (InetAddress address : addresses) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return addresses.length > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * A password or an OAuth2 bearer token. It never shows itself: {@code toString} masks it, and only this
   * package can read it. Held as a {@code String} (not a {@code char[]}) because Jakarta Mail takes one.
   */
  public static final class Secret {
    /** What the secret is, which decides how the client logs in. */
    public enum Kind {
      PASSWORD,
      /** XOAUTH2: the token is sent in place of a password. */
      OAUTH2_TOKEN
    }

    private final Kind kind;
    private final String value;

    private Secret(Kind kind, String value) {
      this.kind = Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
      if (value.isEmpty()) {
        throw new IllegalArgumentException("imap secret: empty " + describe(kind));
      }
      this.value = value;
    }

    public static Secret password(String password) {
      return new Secret(Kind.PASSWORD, password);
    }

    public static Secret oauth2Token(String token) {
      return new Secret(Kind.OAUTH2_TOKEN, token);
    }

    /**
     * The first line of a file, its line end removed.
     *
     * @throws IOException {@code FILE: could not read password file: ...}, never with the file's content
     */
    public static Secret readFile(Path file, Kind kind) throws IOException {
      String what = describe(kind) + " file";
      List<String> lines = new ArrayList<>();
      try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String first = reader.readLine();
        if (first != null) {
          lines.add(first);
        }
      } catch (NoSuchFileException e) {
        throw new IOException(file + ": could not read " + what + ": no such file");
      } catch (java.nio.file.AccessDeniedException e) {
        throw new IOException(file + ": could not read " + what + ": permission denied");
      } catch (CharacterCodingException e) {
        throw new IOException(file + ": could not read " + what + ": not UTF-8 text");
      } catch (IOException e) {
        throw new IOException(file + ": could not read " + what + ": " + e.getClass().getSimpleName());
      }
      String first = lines.isEmpty() ? "" : lines.get(0);
      if (first.isEmpty()) {
        throw new IOException(file + ": could not read " + what + ": its first line is empty");
      }
      return new Secret(kind, first);
    }

    private static String describe(Kind kind) {
      return kind == Kind.PASSWORD ? "password" : "OAuth2 token";
    }

    public Kind kind() {
      return kind;
    }

    /** The secret itself, for the session that logs in; package-private so it cannot leak further. */
    String reveal() {
      return value;
    }

    /** True when {@code text} contains the secret (to keep it out of messages shown to the user). */
    boolean occursIn(String text) {
      return text != null && text.contains(value);
    }

    @Override
    public String toString() {
      return "Secret[" + describe(kind) + ", ****]";
    }
  }
}
