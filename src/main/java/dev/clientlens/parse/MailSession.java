package dev.clientlens.parse;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * The one place that turns our parsing policy into Jakarta Mail's string properties. Some of them are
 * read by Jakarta Mail from system properties only, so they are set there as well.
 */
final class MailSession {
  private MailSession() {}

  static Session lenient() {
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
    for (String name : props.stringPropertyNames()) {
      if (System.getProperty(name) == null) {
        System.setProperty(name, props.getProperty(name));
      }
    }
    return Session.getInstance(props);
  }
}
