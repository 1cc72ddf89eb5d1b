package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --clients row whose pattern is a bare public suffix would merge every client under it: refused. */
class ClientsFileTest {
  @TempDir Path dir;

  private Path maildir() throws IOException {
    Path mail = CliTest.oneMessageMaildir(dir, "mail");
    return mail;
  }

  private CliTest.Run scanWith(String clients) throws IOException {
    Path file = dir.resolve("clients.csv");
    Files.writeString(file, clients);
    return CliTest.run("scan", maildir().toString(), "--no-state", "--out", dir.resolve("r").toString(),
        "--clients", file.toString(), "--me", "ingrid@fjordlys.no");
  }

  @Test
  void aBarePublicSuffixIsRefusedNamingTheFileAndLine() throws IOException {
    for (String suffix : List.of("no", ".no", "co.uk", "*@no", "*@co.uk", "NO")) {
      CliTest.Run run = scanWith("pattern,client\nacme.no,Acme\n" + suffix + ",Everyone in Norway\n");
      assertEquals(ExitCode.USAGE, run.code(), suffix + ": " + run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertTrue(run.err().contains(dir.resolve("clients.csv") + ": line 3: "), run.err());
      assertTrue(run.err().contains("public suffix"), run.err());
    }
  }

  @Test
  void theLineNamedIsTheFilesLineWithCommentsAndBlankLinesCounted() throws IOException {
    CliTest.Run run = scanWith("# our clients\n\npattern,client\n# Acme and its mail host\nacme.no,Acme\n\nco.uk,UK\n");
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertTrue(run.err().contains(dir.resolve("clients.csv") + ": line 7: "), run.err());
    run = scanWith("pattern,client\nnot-an-address@,X\n");
    assertTrue(run.err().contains(": line 2: "), run.err());
  }

  @Test
  void aRegistrableDomainAndSubdomainsAreAccepted() throws IOException {
    CliTest.Run run = scanWith("acme.no,Acme\nmail.beta.co.uk,Beta\n*@gamma.no,Gamma\nkari@acme.no,Kari\n");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(Files.readString(dir.resolve("r").resolve("clients.csv")).contains("\nKari,"));
  }
}
