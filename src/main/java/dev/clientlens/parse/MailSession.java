package dev.clientlens.parse;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * The one place that turns our parsing policy into Jakarta Mail's string properties. Some of them are
 * read by Jakarta Mail from system properties only, so they are set there as well (unless the user set
 * them already).
 */
final class MailSession {
  private MailSession() {}

  static Session lenient() {
    Properties props = policy();
    applyToSystem(props);
    return Session.getInstance(props);
  }

  /**
   * Sets the properties Jakarta Mail reads from the system only, once, when its classes are first used
   * (ParameterList, MimeUtility): so this must run before any other mail code does, such as an IMAP
   * source reading message structure.
   */
  static void applyToSystem() {
    applyToSystem(policy());
  }

  private static void applyToSystem(Properties props) {
    for (String name : props.stringPropertyNames()) {
      if (System.getProperty(name) == null) {
        System.setProperty(name, props.getProperty(name));
      }
    }
  }

  private static Properties policy() {
    Properties props = new Properties();
    props.setProperty("mail.mime.address.strict", "false");
    props.setProperty("mail.mime.decodetext.strict", "false");
    props.setProperty("mail.mime.decodefilename", "true");
    props.setProperty("mail.mime.base64.ignoreerrors", "true");
    props.setProperty("mail.mime.uudecode.ignoreerrors", "true");
    props.setProperty("mail.mime.uudecode.ignoremissingbeginend", "true");
    props.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
    props.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
    props.setProperty("mail.mime.parameters.strict", "false");
    props.setProperty("mail.mime.allowutf8", "true");
    // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader scan on every header block and
    // body part (jakartaee/mail-api#861): a quarter of all parsing time. Naming the class skips the scan.
    props.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    return props;
  }
}
