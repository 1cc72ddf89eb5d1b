package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An IMAP address the user typed with a password in it is refused, and the password is never echoed. */
class ImapAddressEchoTest {
  private static final String SECRET = "S3cret";

  @TempDir Path dir;

  private CliTest.Run run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Cli(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, environment).execute(args);
    return new CliTest.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private void assertHidden(CliTest.Run run) {
    assertFalse(run.err().contains(SECRET), run.err());
    assertFalse(run.out().contains(SECRET), run.out());
  }

  @Test
  void anAddressWithAPasswordIsRefusedWithoutShowingIt() {
    CliTest.Run run = run(Map.of(ScanCommand.PASSWORD_VARIABLE, "from-the-environment"),
        "scan", "imaps://user:" + SECRET + "@mail.example.no", "--no-state", "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertTrue(run.err().contains("imaps://user:****@mail.example.no"), run.err());
    assertTrue(run.err().contains("contains a password"), run.err());
    assertHidden(run);
  }

  @Test
  void theNoPasswordMessageDoesNotShowIt() {
    CliTest.Run run = run(Map.of(), "scan", "imaps://user:" + SECRET + "@mail.example.no", "--no-state",
        "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertHidden(run);
  }

  @Test
  void aPasswordWithSlashesAndAtSignsIsHiddenWhole() {
    for (String address : new String[] {"imaps://user:" + SECRET + "/x@mail.example.no",
        "imap://user:a@" + SECRET + "@mail.example.no/INBOX", "imaps://user:" + SECRET + "@"}) {
      for (Map<String, String> environment : java.util.List.of(Map.<String, String>of(),
          Map.of(ScanCommand.PASSWORD_VARIABLE, "pw"))) {
        CliTest.Run run = run(environment, "scan", address, "--no-state", "--out", dir.resolve("r").toString());
        assertEquals(ExitCode.USAGE, run.code(), run.err());
        assertHidden(run);
      }
    }
  }

  @Test
  void aUsageErrorAboutTheArgumentsDoesNotShowIt() {
    CliTest.Run run = run(Map.of(), "scan", "--since", "imaps://user:" + SECRET + "@mail.example.no");
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertHidden(run);
  }
}
