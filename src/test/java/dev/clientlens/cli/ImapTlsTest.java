package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.clientlens.source.ImapFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code imaps://} against GreenMail with a throwaway certificate for {@code localhost} made by the
 * JDK's keytool: trusted with {@code --ca-cert}, refused without it, and refused for a host name the
 * certificate does not name.
 */
class ImapTlsTest {
  static final String USER = "ingrid@fjordlys.no";
  static final String PASSWORD = "tls-test-secret";
  static final Path KEYS;
  static final Path CA_PEM;

  static {
    // GreenMail reads its TLS key store once per JVM, when its first TLS server starts: before the extension.
    try {
      KEYS = Files.createTempDirectory("clientlens-tls");
      Path store = KEYS.resolve("server.p12");
      CA_PEM = KEYS.resolve("server.pem");
      keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
          "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
          "-storepass", "changeit", "-keypass", "changeit");
      keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", store.toString(), "-storepass", "changeit",
          "-file", CA_PEM.toString());
      System.setProperty("greenmail.tls.keystore.file", store.toString());
      System.setProperty("greenmail.tls.keystore.password", "changeit");
      System.setProperty("greenmail.tls.key.password", "changeit");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAPS.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD))
      .withPerMethodLifecycle(false);

  static void keytool(String... args) throws IOException {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    try {
      if (process.waitFor() != 0) {
        throw new IOException("keytool failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @BeforeAll
  static void loadTheSample() throws Exception {
    ImapFixtures.upload(Path.of("sample-mailbox"), greenMail, USER);
  }

  static CliTest.Run scan(String host, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("scan",
        "imaps://ingrid%40fjordlys.no@" + host + ":" + greenMail.getImaps().getPort() + "/Archive",
        "--out", KEYS.resolve("report").toString()));
    args.addAll(List.of(more));
    return ImapScanTest.run(Map.of("CLIENTLENS_PASSWORD", PASSWORD), args.toArray(String[]::new));
  }

  @Test
  void theExtraCaIsTrusted() {
    CliTest.Run run = scan("localhost", "--ca-cert", CA_PEM.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.err().contains("read 96 new messages from 1 source"), run.err());
  }

  @Test
  void withoutTheCaTheCertificateIsNotTrusted() {
    CliTest.Run run = scan("localhost");
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code(), run.err());
    assertEquals("clientlens scan: imaps://ingrid%40fjordlys.no@localhost:" + greenMail.getImaps().getPort()
        + ": could not connect: certificate not trusted (use --ca-cert FILE)\n", run.err());
  }

  @Test
  void aCertificateForAnotherNameIsRefused() {
    CliTest.Run run = scan("127.0.0.1", "--ca-cert", CA_PEM.toString());
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code(), run.err());
    assertTrue(run.err().endsWith(": could not connect: the server's certificate is not valid for 127.0.0.1\n"),
        run.err());
  }

  @Test
  void aCaFileThatIsNotPemIsExitThree() throws IOException {
    Path notPem = KEYS.resolve("not.pem");
    Files.writeString(notPem, "hello\n");
    CliTest.Run run = scan("localhost", "--ca-cert", notPem.toString());
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code(), run.err());
    assertTrue(run.err().endsWith(": could not read CA certificate " + notPem + ": not a PEM certificate\n"), run.err());
  }
}
