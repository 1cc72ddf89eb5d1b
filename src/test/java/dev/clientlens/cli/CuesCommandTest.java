package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code cues} command as SPEC section 4 gives it: one CSV row per input line, in order, whatever the line. */
class CuesCommandTest {
  private static final String HEADER = "line,lang,politeness,urgency,checkin,call_request,distrust,control,"
      + "expertise,prescriptive,revision,scope,payment,gratitude";

  @TempDir
  Path dir;

  private Path input(String... lines) throws IOException {
    Path file = dir.resolve("lines.txt");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static List<CSVRecord> rows(String csv) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
  }

  @Test
  void oneRowPerLineInOrderWhateverTheLine() throws IOException {
    String longLine = "The revised budget was approved. ".repeat(800);
    CliTest.Run run = CliTest.run("cues", "--input", input("Any update on the draft?", "",
        "Wir brauchen das Angebot bis morgen, bitte.", "Hei, har du rukket å se på tilbudet?", longLine,
        "Thanks so much for the quick turnaround!").toString());

    assertEquals(0, run.code(), run.err());
    assertEquals(HEADER, run.out().lines().findFirst().orElseThrow());
    List<CSVRecord> rows = rows(run.out());
    assertEquals(6, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(Integer.toString(i + 1), rows.get(i).get("line"));
    }
    assertEquals("en", rows.get(0).get("lang"));
    assertEquals("1", rows.get(0).get("checkin"));
    assertEquals("", rows.get(1).get("lang"), "an empty line has no language");
    assertEquals("", rows.get(1).get("politeness"));
    assertEquals("de", rows.get(2).get("lang"));
    assertEquals("", rows.get(2).get("politeness"), "politeness only for English and Norwegian");
    assertEquals("nb", rows.get(3).get("lang"));
    assertEquals("1", rows.get(3).get("checkin"));
    assertEquals("en", rows.get(4).get("lang"));
    assertEquals("0", rows.get(4).get("revision"), "a revised budget that was approved asks for nothing");
    assertEquals("1", rows.get(5).get("gratitude"));
    assertTrue(Double.parseDouble(rows.get(5).get("politeness")) > 0.3, rows.get(5).get("politeness"));
  }

  @Test
  void explainNamesTheRuleBehindEachCue() throws IOException {
    CliTest.Run run = CliTest.run("cues", "--explain", "--input",
        input("Thanks! Can we jump on a quick call tomorrow?", "The office is on the third floor.").toString());

    assertEquals(0, run.code(), run.err());
    assertEquals(HEADER + ",why", run.out().lines().findFirst().orElseThrow());
    List<CSVRecord> rows = rows(run.out());
    String why = rows.get(0).get("why");
    String[] reasons = why.split(" \\| ");
    assertEquals(2, reasons.length, why);
    // the model's probability, the rule that matched, and the features that raised the cue most
    assertTrue(reasons[0].matches("sentence 1: gratitude p=0\\.\\d\\d: rule cues-en\\.txt:\\d+: gratitude .*; "
        + "[a-z0-9]+=\\S+ \\+\\d\\.\\d\\d.*"), why);
    assertTrue(reasons[1].startsWith("sentence 2: call_request p=") && reasons[1].contains("rule cues-en.txt:"), why);
    assertEquals("", rows.get(1).get("why"), "a neutral line has no reasons");
  }

  @Test
  void noCellOfTheOutputReadsAsAFormulaWhateverTheLine() throws IOException {
    CliTest.Run run = CliTest.run("cues", "--explain", "--input",
        input("=HYPERLINK(\"http://x.example\",\"Please send it asap\")", "@SUM(A1) Any update?",
            "-1+2 thanks a lot").toString());
    assertEquals(0, run.code(), run.err());
    List<CSVRecord> rows = rows(run.out());
    assertEquals(3, rows.size());
    for (CSVRecord row : rows) {
      for (String cell : row) {
        assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("-?[0-9.]+"), cell);
      }
    }
  }

  /** The why cell itself starting with "=" is neutralised too: see CueColumnsTest. */
  @Test
  void explainOnALineStartingWithEqualsWritesNeutralisedCells() throws IOException {
    CliTest.Run run = CliTest.run("cues", "--explain", "--input", input("=1+1 we need this asap").toString());
    assertEquals(0, run.code(), run.err());
    CSVRecord row = rows(run.out()).get(0);
    assertEquals("1", row.get("urgency"), "the line is still analysed");
    assertTrue(row.get("why").startsWith("sentence 1: urgency p="), row.get("why"));
    for (String cell : row) {
      assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("-?[0-9.]+"), cell);
    }
  }

  @Test
  void aMissingInputFileIsOneLineAndExitThree() {
    CliTest.Run run = CliTest.run("cues", "--input", dir.resolve("nope.txt").toString());

    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("nope.txt: no such file"), run.err());
  }
}
