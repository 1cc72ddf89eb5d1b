package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mailbox is never written to: a report or store directory inside a source is a usage error. */
class OutputPlacementTest {
  @TempDir Path dir;

  private Path maildir() throws IOException {
    Path mail = CliTest.oneMessageMaildir(dir, "sample-copy");
    Files.createDirectories(mail.resolve(".Sent/cur"));
    return mail;
  }

  private static long files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void anOutInsideAMaildirIsRefusedNamingBothPaths() throws IOException {
    Path mail = maildir();
    Path out = mail.resolve("cur");
    CliTest.Run run = CliTest.run("scan", mail.toString(), "--no-state", "--out", out.toString());
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("--out " + out), run.err());
    assertTrue(run.err().contains("inside the source " + mail), run.err());
    assertEquals(1, files(mail), "nothing written into the mailbox");
  }

  @Test
  void theSourceItselfAndASpellingThroughASymbolicLinkAreRefusedToo() throws IOException {
    Path mail = maildir();
    assertEquals(ExitCode.USAGE, CliTest.run("scan", mail.toString(), "--no-state", "--out", mail.toString()).code());
    Path link = Files.createSymbolicLink(dir.resolve("link"), mail);
    CliTest.Run run = CliTest.run("scan", mail.toString(), "--no-state", "--out", link.resolve("report").toString());
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    CliTest.Run relative = CliTest.run("scan", mail.resolve("cur").resolve("..").toString(), "--no-state",
        "--out", mail.resolve("new-report").toString());
    assertEquals(ExitCode.USAGE, relative.code(), relative.err());
    assertEquals(1, files(mail));
  }

  @Test
  void aStateInsideASourceIsRefused() throws IOException {
    Path mail = maildir();
    Path state = mail.resolve(".state");
    CliTest.Run run = CliTest.run("scan", mail.toString(), "--state", state.toString(),
        "--out", dir.resolve("report").toString());
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertTrue(run.err().contains("--state " + state) && run.err().contains(mail.toString()), run.err());
    assertFalse(Files.exists(state));
  }

  @Test
  void anOutBesideTheSourceOrAroundItIsFine() throws IOException {
    Path mail = maildir();
    assertEquals(ExitCode.OK, CliTest.run("scan", mail.toString(), "--no-state",
        "--out", dir.resolve("sample-copy-report").toString()).code());
    assertEquals(ExitCode.OK, CliTest.run("scan", mail.toString(), "--no-state", "--out", dir.toString()).code());
    assertTrue(Files.exists(dir.resolve("clients.csv")));
  }
}
