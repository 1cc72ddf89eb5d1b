package dev.clientlens.source;

import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The throwaway Dovecot started by {@code src/test/dovecot/start.sh}, as the tests see it: where it
 * listens, its one user, and that user's Maildir, which the tests fill directly (that is how mail is
 * delivered to Dovecot, too).
 */
public record DovecotServer(
    String host, int imapsPort, int imapPort, String user, Path passwordFile, Path caCert, Path maildir) {

  /** Where start.sh put it: {@code $CLIENTLENS_DOVECOT_DIR}, else {@code /tmp/clientlens-dovecot-$USER}. */
  static Path directory() {
    String dir = System.getenv("CLIENTLENS_DOVECOT_DIR");
    return dir != null && !dir.isBlank() ? Path.of(dir)
        : Path.of("/tmp", "clientlens-dovecot-" + System.getProperty("user.name"));
  }

  /**
   * The running server. Skips the calling test when there is none, except on CI ({@code CI=true}), where
   * {@code .ci/run} starts one and its absence is a failure.
   */
  public static DovecotServer require() throws IOException {
    Path properties = directory().resolve("dovecot.properties");
    String missing = null;
    DovecotServer server = null;
    if (!Files.isRegularFile(properties)) {
      missing = "no " + properties;
    } else {
      Properties p = new Properties();
      try (Reader reader = Files.newBufferedReader(properties)) {
        p.load(reader);
      }
      server = new DovecotServer(p.getProperty("host"), Integer.parseInt(p.getProperty("imaps.port")),
          Integer.parseInt(p.getProperty("imap.port")), p.getProperty("user"), Path.of(p.getProperty("password.file")),
          Path.of(p.getProperty("ca.cert")), Path.of(p.getProperty("maildir")));
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", server.imapsPort()), 2000);
      } catch (IOException e) {
        missing = "nothing listens on 127.0.0.1:" + server.imapsPort() + " (" + e.getMessage() + ")";
      }
    }
    if (missing != null) {
      String message = "Dovecot test server not running: " + missing + "; start it with src/test/dovecot/start.sh";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    return server;
  }

  public String password() throws IOException {
    return Files.readString(passwordFile).strip();
  }

  /**
   * Empties the user's Maildir (messages, Dovecot's indexes and UID lists) and copies a Maildir++ tree
   * into it: each file with its name (flags included) and with its delivery time as modification time,
   * which Dovecot reports as INTERNALDATE. {@code renames} maps a source subfolder ({@code .Sent}) to the
   * name it gets here; {@code extraFolders} are created empty.
   */
  public void replaceMailbox(Path source, Map<String, String> renames, List<String> extraFolders) throws IOException {
    try (Stream<Path> old = Files.walk(maildir)) {
      for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(maildir)) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<Path, List<Path>> folder : ImapFixtures.maildirFiles(source).entrySet()) {
      String name = folder.getKey().equals(source) ? "" : folder.getKey().getFileName().toString();
      Path target = maildirFolder(renames.getOrDefault(name, name));
      for (Path file : folder.getValue()) {
        deliver(file, target.resolve(file.getParent().getFileName().toString()));
      }
    }
    for (String extra : extraFolders) {
      maildirFolder(extra);
    }
  }

  /** Delivers one message file into a folder's {@code new/} (or {@code cur/}), as a mail server would. */
  public void deliver(Path file, String folder, String sub) throws IOException {
    deliver(file, maildirFolder(folder).resolve(sub));
  }

  private Path maildirFolder(String name) throws IOException {
    Path folder = name.isEmpty() ? maildir : maildir.resolve(name);
    for (Path dir : List.of(folder, folder.resolve("cur"), folder.resolve("new"), folder.resolve("tmp"))) {
      if (!Files.isDirectory(dir)) {
        Files.createDirectory(dir);
        ownLikeTheMaildir(dir);
      }
    }
    return folder;
  }

  /** Copies through {@code tmp/} and renames, so Dovecot never sees half a file. */
  private void deliver(Path file, Path targetDir) throws IOException {
    Path tmp = targetDir.resolveSibling("tmp").resolve(file.getFileName());
    Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(tmp, FileTime.fromMillis(ImapFixtures.deliveredEpochSecond(file) * 1000));
    ownLikeTheMaildir(tmp);
    Files.move(tmp, targetDir.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Dovecot serves the mail as the Maildir's owner (start.sh makes that nobody when run as root). */
  private void ownLikeTheMaildir(Path path) throws IOException {
    PosixFileAttributes owner = Files.readAttributes(maildir, PosixFileAttributes.class);
    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    UserPrincipal user = owner.owner();
    GroupPrincipal group = owner.group();
    if (!Files.getOwner(path).equals(user)) {
      view.setOwner(user);
    }
    view.setGroup(group);
  }
}
