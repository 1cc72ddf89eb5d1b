package dev.clientlens.source;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Test helpers for IMAP servers: put a Maildir++ tree into an account with each message's bytes, flags
 * and delivery time, and snapshot every message's flags to show a scan left them alone.
 */
public final class ImapFixtures {
  private ImapFixtures() {}

  /** A plain IMAP client session for test set-up on loopback (the scanner itself never does this). */
  public static Store connect(int port, String user, String password) throws MessagingException {
    Properties props = new Properties();
    props.setProperty("mail.imap.starttls.enable", "false");
    Store store = Session.getInstance(props).getStore("imap");
    store.connect("127.0.0.1", port, user, password);
    return store;
  }

  /** The IMAP folder a Maildir++ folder becomes: the root is INBOX, {@code .Sent} is Sent. */
  public static String imapName(Path maildir, Path folder) {
    return folder.equals(maildir) ? "INBOX" : folder.getFileName().toString().substring(1);
  }

  /**
   * The Maildir's folders and files in the order the Maildir reader visits them: the inbox, then the
   * subfolders by name; {@code cur} before {@code new}, files by name.
   */
  public static Map<Path, List<Path>> maildirFiles(Path maildir) throws IOException {
    List<Path> folders = new ArrayList<>();
    folders.add(maildir);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(maildir, ".*")) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry)) {
          folders.add(entry);
        }
      }
    }
    folders.subList(1, folders.size()).sort(null);
    Map<Path, List<Path>> files = new LinkedHashMap<>();
    for (Path folder : folders) {
      List<Path> all = new ArrayList<>();
      for (String sub : List.of("cur", "new")) {
        Path dir = folder.resolve(sub);
        if (Files.isDirectory(dir)) {
          try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            List<Path> names = new ArrayList<>();
            entries.forEach(names::add);
            names.sort(null);
            all.addAll(names);
          }
        }
      }
      files.put(folder, all);
    }
    return files;
  }

  /** Seconds since 1970 at the start of a Maildir file name ({@code 1772525580.M4P1.host:2,S}). */
  public static long deliveredEpochSecond(Path file) {
    String name = file.getFileName().toString();
    return Long.parseLong(name.substring(0, name.indexOf('.')));
  }

  /** The flags a Maildir file name carries after {@code :2,}. */
  public static Flags maildirFlags(Path file) {
    Flags flags = new Flags();
    String name = file.getFileName().toString();
    int info = name.indexOf(":2,");
    if (info >= 0) {
      for (char c : name.substring(info + 3).toCharArray()) {
        switch (c) {
          case 'S' -> flags.add(Flags.Flag.SEEN);
          case 'R' -> flags.add(Flags.Flag.ANSWERED);
          case 'F' -> flags.add(Flags.Flag.FLAGGED);
          case 'D' -> flags.add(Flags.Flag.DRAFT);
          default -> { }
        }
      }
    }
    return flags;
  }

  /**
   * Puts every message of a Maildir++ tree into a GreenMail account, in the Maildir reader's order, with
   * its flags and its delivery time (from the file name) as INTERNALDATE; line ends become CRLF, as an
   * IMAP APPEND would send them. Returns the number of messages. (GreenMail's API rather than APPEND:
   * GreenMail 2.1 reads an APPEND date's hour on a 12-hour clock, and each APPEND waits for a delayed ACK.)
   */
  public static int upload(Path maildir, GreenMailOperations greenMail, String user) throws Exception {
    Session session = Session.getInstance(new Properties());
    GreenMailUser account = greenMail.getUserManager().getUserByEmail(user);
    ImapHostManager host = greenMail.getManagers().getImapHostManager();
    int count = 0;
    for (Map.Entry<Path, List<Path>> folder : maildirFiles(maildir).entrySet()) {
      String name = imapName(maildir, folder.getKey());
      MailFolder target = name.equals("INBOX") ? host.getInbox(account)
          : Optional.ofNullable(host.getFolder(account, name)).orElse(host.createMailbox(account, name));
      for (Path file : folder.getValue()) {
        byte[] bytes = crlf(Files.readAllBytes(file));
        target.appendMessage(new MimeMessage(session, new ByteArrayInputStream(bytes)), maildirFlags(file),
            new Date(deliveredEpochSecond(file) * 1000));
        count++;
      }
    }
    return count;
  }

  /** The bytes with every line ending in CRLF, as IMAP carries them. */
  public static byte[] crlf(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Every message's stored flags by folder and UID, as text: {@code INBOX -> {12 -> "\Seen"}}. {@code
   * \Recent} is left out: it belongs to a session, no client can set it, and opening a folder moves it.
   */
  public static Map<String, Map<Long, String>> flags(Store store, List<String> folders) throws MessagingException {
    Map<String, Map<Long, String>> all = new TreeMap<>();
    for (String name : folders) {
      Folder folder = store.getFolder(name);
      folder.open(Folder.READ_ONLY);
      try {
        Map<Long, String> byUid = new TreeMap<>();
        Message[] messages = folder.getMessages();
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(messages, profile);
        for (Message m : messages) {
          byUid.put(((UIDFolder) folder).getUID(m), describe(m.getFlags()));
        }
        all.put(name, byUid);
      } finally {
        folder.close(false);
      }
    }
    return all;
  }

  private static String describe(Flags flags) {
    List<String> names = new ArrayList<>();
    for (Flags.Flag flag : flags.getSystemFlags()) {
      names.add(flag == Flags.Flag.SEEN ? "\\Seen" : flag == Flags.Flag.ANSWERED ? "\\Answered"
          : flag == Flags.Flag.FLAGGED ? "\\Flagged" : flag == Flags.Flag.DELETED ? "\\Deleted"
          : flag == Flags.Flag.DRAFT ? "\\Draft" : "");
    }
    names.remove("");
    for (String user : flags.getUserFlags()) {
      names.add(user);
    }
    names.sort(null);
    return String.join(" ", names);
  }
}
