package dev.clientlens.source;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.StoreClosedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.angus.mail.iap.ConnectionException;

/**
 * Turns what Jakarta Mail throws into one short line for the user, and tells a dropped connection (worth
 * a retry) from a refusal (not worth one). The secret never appears in what it returns.
 */
final class ImapErrors {
  private ImapErrors() {}

  /** True when the connection broke or timed out, so reconnecting may help. */
  static boolean isConnectionLoss(Throwable e) {
    if (e instanceof FolderClosedException || e instanceof StoreClosedException) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      // A handshake failure is a certificate or protocol refusal, not a dropped link.
      if (t instanceof AuthenticationFailedException || t instanceof SSLHandshakeException) {
        return false;
      }
      if (t instanceof ConnectionException || t instanceof IOException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * {@code could not connect: certificate not trusted (use --ca-cert FILE)}: what failed and why, for
   * {@code imaps://user@host: <this>}.
   */
  static String explain(Throwable e, ImapSettings settings) {
    if (e instanceof AuthenticationFailedException) {
      return "could not log in: the server refused the user name or "
          + (settings.secret().kind() == ImapSettings.Secret.Kind.PASSWORD ? "password" : "OAuth2 token");
    }
    if (anyMessageContains(e, "STARTTLS is required") || anyMessageContains(e, "STARTTLS required")) {
      return "could not connect: the server does not offer STARTTLS (use imaps:// if it speaks TLS on port 993, "
          + "or --insecure-plaintext for a test server on this machine)";
    }
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      String lower = message.toLowerCase(Locale.ROOT);
      if (t instanceof CertPathBuilderException || lower.contains("pkix path building failed")
          || lower.contains("unable to find valid certification path")) {
        return "could not connect: certificate not trusted (use --ca-cert FILE)";
      }
      if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException
          || lower.contains("validity check failed")) {
        return "could not connect: the server's certificate has expired or is not yet valid";
      }
      if (t instanceof CertPathValidatorException) {
        return "could not connect: certificate rejected: " + oneLine(message, settings);
      }
      if (lower.contains("no subject alternative") || lower.contains("no name matching")
          || lower.contains("can't verify identity of server")) {
        return "could not connect: the server's certificate is not valid for " + settings.host();
      }
    }
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return "could not connect: unknown host " + settings.host();
      }
      if (t instanceof ConnectException) {
        return "could not connect: connection refused on port " + settings.port();
      }
      if (t instanceof NoRouteToHostException) {
        return "could not connect: no route to host";
      }
      if (t instanceof SocketTimeoutException) {
        return "could not connect: no answer within " + settings.connectTimeout().toSeconds() + " s";
      }
      if (t instanceof SSLException) {
        return "could not connect: TLS handshake failed: " + oneLine(t.getMessage(), settings);
      }
    }
    return "could not connect: " + oneLine(deepestMessage(e), settings);
  }

  /** The cause's text on one line, shortened, and with the secret (should a server echo it) masked. */
  static String oneLine(String message, ImapSettings settings) {
    String text = message == null ? "unknown error" : message.replaceAll("\\s+", " ").strip();
    if (settings.secret().occursIn(text)) {
      text = text.replace(settings.secret().reveal(), "****");
    }
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  private static boolean anyMessageContains(Throwable e, String text) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static String deepestMessage(Throwable e) {
    String message = e.getMessage();
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t.getMessage() != null) {
        message = t.getClass().getSimpleName() + ": " + t.getMessage();
      }
    }
    return message;
  }
}
