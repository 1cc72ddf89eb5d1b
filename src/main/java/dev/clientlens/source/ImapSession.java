package dev.clientlens.source;

import jakarta.mail.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The one place that turns {@link ImapSettings} into Jakarta Mail's string properties: TLS (implicit or
 * STARTTLS, required either way), certificate and host name checks, an extra trusted CA, timeouts,
 * PEEK, and XOAUTH2 for tokens.
 */
final class ImapSession {
  private ImapSession() {}

  /** The Jakarta Mail store protocol: {@code imaps} for implicit TLS, else {@code imap}. */
  static String protocol(ImapSettings settings) {
    return settings.tls() == ImapSettings.Tls.IMAPS ? "imaps" : "imap";
  }

  /**
   * A new session for one account.
   *
   * @param trace where to write the protocol trace (tests only: it shows message text)
   * @throws SourceUnavailableException when the extra CA certificate cannot be read
   */
  static Session create(ImapSettings settings, Optional<PrintStream> trace) throws SourceUnavailableException {
    String p = "mail." + protocol(settings) + ".";
    Properties props = new Properties();
    props.setProperty("mail.store.protocol", protocol(settings));
    props.setProperty(p + "connectiontimeout", millis(settings.connectTimeout()));
    props.setProperty(p + "timeout", millis(settings.readTimeout()));
    props.setProperty(p + "writetimeout", millis(settings.readTimeout()));
    // Bodies are fetched with BODY.PEEK: reading a message never sets \Seen.
    props.setProperty(p + "peek", "true");
    switch (settings.tls()) {
      case IMAPS -> props.setProperty(p + "ssl.enable", "true");
      case STARTTLS -> {
        props.setProperty(p + "starttls.enable", "true");
        props.setProperty(p + "starttls.required", "true");
      }
      case PLAINTEXT -> props.setProperty(p + "starttls.enable", "false");
    }
    if (settings.tls() != ImapSettings.Tls.PLAINTEXT) {
      props.setProperty(p + "ssl.checkserveridentity", "true");
      if (settings.caCert().isPresent()) {
        props.put(p + "ssl.socketFactory", socketFactoryTrusting(settings.caCert().get(), settings));
        // Without this, a failure with our factory (a wrong host name, say) is retried with the JDK's
        // default factory, and the user is told the certificate is not trusted instead of why it failed.
        props.setProperty(p + "socketFactory.fallback", "false");
      }
    }
    if (settings.secret().kind() == ImapSettings.Secret.Kind.OAUTH2_TOKEN) {
      props.setProperty(p + "auth.mechanisms", "XOAUTH2");
    }
    Session session = Session.getInstance(props);
    if (trace.isPresent()) {
      session.setDebugOut(trace.get());
      session.setDebug(true);
    }
    return session;
  }

  private static String millis(java.time.Duration duration) {
    return Long.toString(Math.max(1, duration.toMillis()));
  }

  /** A socket factory whose trust manager accepts the JDK's CAs and the certificates in {@code pem}. */
  private static SSLSocketFactory socketFactoryTrusting(Path pem, ImapSettings settings)
      throws SourceUnavailableException {
    String subject = settings.describe() + ": could not read CA certificate " + pem + ": ";
    Collection<? extends Certificate> extra;
    try (InputStream in = Files.newInputStream(pem)) {
      extra = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (NoSuchFileException e) {
      throw new SourceUnavailableException(subject + "no such file");
    } catch (CertificateException e) {
      throw new SourceUnavailableException(subject + "not a PEM certificate");
    } catch (IOException e) {
      throw new SourceUnavailableException(subject + e.getMessage(), e);
    }
    if (extra.isEmpty()) {
      throw new SourceUnavailableException(subject + "no certificate in the file");
    }
    try {
      TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      jdk.init((KeyStore) null);
      KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
      anchors.load(null, null);
      int n = 0;
      for (TrustManager manager : jdk.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          for (X509Certificate ca : x509.getAcceptedIssuers()) {
            anchors.setCertificateEntry("jdk-" + n++, ca);
          }
        }
      }
      for (Certificate ca : extra) {
        anchors.setCertificateEntry("extra-" + n++, ca);
      }
      TrustManagerFactory both = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      both.init(anchors);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, both.getTrustManagers(), null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException | IOException e) {
      throw new SourceUnavailableException(subject + e.getMessage(), e);
    }
  }
}
