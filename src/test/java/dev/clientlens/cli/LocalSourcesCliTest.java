package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.cli.CliTest.Run;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans of local mail trees from the command line: what is read, what is recorded, what is refused. */
class LocalSourcesCliTest {
  @TempDir Path dir;

  private static int messagesRead(Run run) {
    Matcher m = Pattern.compile("read (\\d+) new messages").matcher(run.err());
    assertTrue(m.find(), run.err());
    return Integer.parseInt(m.group(1));
  }

  /** Copies the real-mail fixture (a few Enron inboxes, one Maildir per user) and names the files as Maildir does. */
  private Path enronInboxes() throws IOException, URISyntaxException {
    Path fixture = Path.of(getClass().getResource("/real-mail/enron-inbox").toURI());
    Path copy = dir.resolve("enron-inbox");
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = copy.resolve(fixture.relativize(file).toString() + ":2,S");
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return copy;
  }

  @Test
  void aFolderOfMaildirsAsPlainSubfoldersIsReadWhole() throws IOException, URISyntaxException {
    Path out = dir.resolve("report");
    Run run = CliTest.run("scan", enronInboxes().toString(), "--my-domain", "enron.com", "--no-state",
        "--timing-only", "--out", out.toString());

    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(7, messagesRead(run), run.err());
    List<String> locations;
    try (CSVParser csv = CSVParser.parse(out.resolve("messages.csv"), StandardCharsets.UTF_8,
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
      locations = csv.stream().map(row -> row.get("location")).sorted().toList();
    }
    assertEquals(List.of("arnold-j/cur/1.inbox:2,S", "arnold-j/cur/2.inbox:2,S", "bass-e/cur/2.inbox:2,S",
        "dasovich-j/cur/1.inbox:2,S", "dasovich-j/cur/2.inbox:2,S",
        "motley-m/.ene_portland.fundies/cur/1.inbox_ene_portland_fundies:2,S", "motley-m/cur/1.inbox:2,S"),
        locations);
  }

  @Test
  void anMboxWrittenWithoutAnExtensionIsReadAsManyMessages() throws IOException {
    Path mbox = dir.resolve("Inbox");
    Run generated = CliTest.run("generate", "--format", "mbox", "--messages", "60", "--clients", "4", mbox.toString());
    assertEquals(ExitCode.OK, generated.code(), generated.err());
    Matcher wrote = Pattern.compile("wrote (\\d+) messages").matcher(generated.err());
    assertTrue(wrote.find(), generated.err());

    Run run = CliTest.run("scan", mbox.toString(), "--no-state", "--timing-only", "--out", dir.resolve("r").toString());

    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(Integer.parseInt(wrote.group(1)) > 40, generated.err());
    assertEquals(Integer.parseInt(wrote.group(1)), messagesRead(run));
  }

  @Test
  void linksNotFollowedAreInSkippedCsvWithTheirReason() throws IOException {
    Path e = dir.resolve("e");
    Files.createDirectories(e.resolve("sub"));
    Files.writeString(e.resolve("a.eml"), "From: kari@acme.no\nTo: ingrid@fjordlys.no\nSubject: hi\n\nhello\n");
    Files.createSymbolicLink(e.resolve("self"), Path.of("."));
    Files.createSymbolicLink(e.resolve("sub/up"), Path.of(".."));
    Files.createSymbolicLink(e.resolve("gone.eml"), Path.of("nowhere.eml"));
    Path out = dir.resolve("r");

    Run run = CliTest.run("scan", e.toString(), "--no-state", "--timing-only", "--out", out.toString());

    assertEquals(ExitCode.SKIPPED_SOME, run.code(), run.err());
    String skipped = Files.readString(out.resolve("skipped.csv"));
    assertTrue(skipped.contains("self,,symbolic link loop"), skipped);
    assertTrue(skipped.contains("sub/up,,symbolic link loop"), skipped);
    assertTrue(skipped.contains("gone.eml,,broken symbolic link to nowhere.eml"), skipped);
    assertEquals(4, Files.readAllLines(out.resolve("skipped.csv")).size(), skipped);
    assertTrue(Files.readString(out.resolve("messages.csv")).contains("\na.eml,"));
  }

  @Test
  void anEmptyFolderIsExitCodeThreeWithOneLine() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run run = CliTest.run("scan", empty.toString(), "--no-state", "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code(), run.err());
    assertEquals(List.of("clientlens scan: " + empty + ": could not open source: no mail found (an empty folder)"),
        run.err().strip().lines().toList());
    assertTrue(Files.notExists(dir.resolve("r").resolve("clients.csv")), "no empty report is written");
  }

  @Test
  void aFolderOfFilesThatAreNotMailIsExitCodeThree() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("notes.txt"), "call Kari on Monday\n");
    Files.writeString(docs.resolve("budget.csv"), "month,amount\n");
    Run run = CliTest.run("scan", docs.toString(), "--no-state", "--out", dir.resolve("r").toString());
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains(docs + ": could not open source: no mail found (no Maildir, mbox or message file "
        + "among 2 files in 1 folder)"), run.err());
  }
}
