package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.generate.ArchetypeChange;
import dev.clientlens.generate.ClientTruth;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.GroundTruth;
import dev.clientlens.generate.MailboxGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated year in which two clients change half-way: an easy client turns micromanager and a micromanager
 * turns easy from {@link #CHANGE}. The change shows in {@code changes.csv} in that month and in no other.
 */
class ArchetypeChangeReportTest {
  private static final long SEED = 2;
  private static final YearMonth CHANGE = YearMonth.of(2025, 9);

  @TempDir Path dir;

  /** Three clients over the twelve calendar months of 2025, enough mail for every month to be scored. */
  private static GeneratorSettings settings() {
    return new GeneratorSettings(SEED, GeneratorSettings.Preset.SYNTHETIC, 3, 3000, LocalDate.of(2025, 1, 1), 12);
  }

  private static ClientTruth busiest(GroundTruth truth, String archetype) {
    return truth.clients().stream().filter(c -> c.archetype().equals(archetype) && !c.fireRisk())
        .max(Comparator.comparingInt(ClientTruth::messagesIn)).orElseThrow();
  }

  @Test
  void aClientsChangeOfArchetypeIsReportedInTheMonthItHappens() throws IOException {
    GroundTruth before = new MailboxGenerator(settings()).writeMaildir(dir.resolve("before"));
    String easy = busiest(before, "none").client();
    String micromanager = busiest(before, "hands_on").client();
    GeneratorSettings changed = settings()
        .withArchetypeChange(new ArchetypeChange(easy, "hands_on", CHANGE))
        .withArchetypeChange(new ArchetypeChange(micromanager, "none", CHANGE));
    GroundTruth truth = new MailboxGenerator(changed).writeMaildir(dir.resolve("mail"));
    assertTrue(truth.clients().stream().anyMatch(c -> c.client().equals(easy)
        && c.meantToShow().endsWith("from 2025-09 on behaves as hands_on")), truth.clients().toString());

    Path out = dir.resolve("report");
    CliTest.Run run = CliTest.run("scan", dir.resolve("mail").toString(), "--no-state",
        "--me", truth.owner(), "--out", out.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    List<CSVRecord> months = SampleMailboxReportTest.rows(out.resolve("clients-monthly.csv"));
    List<CSVRecord> changes = SampleMailboxReportTest.rows(out.resolve("changes.csv"));
    String context = "changes.csv:\n" + changes.stream().map(CSVRecord::toString).reduce("", (a, b) -> a + b + "\n");

    // Twelve months each, every one scored.
    for (String client : List.of(easy, micromanager)) {
      List<CSVRecord> own = months.stream().filter(r -> r.get("client").equals(client)).toList();
      assertEquals(12, own.size(), client);
      assertTrue(own.stream().noneMatch(r -> r.get("hands_on").isEmpty()), client);
    }

    // The easy client's hands_on score crosses 0.5 upward in the month of the change, and moves in no other.
    List<CSVRecord> rising = changes.stream()
        .filter(r -> r.get("client").equals(easy) && r.get("measure").equals("hands_on")).toList();
    assertEquals(1, rising.size(), context);
    assertEquals(CHANGE.toString(), rising.get(0).get("month"), context);
    assertTrue(Double.parseDouble(rising.get(0).get("old_value")) < 0.5
        && Double.parseDouble(rising.get(0).get("new_value")) >= 0.5, context);
    assertTrue(rising.get(0).get("reason").contains("above 0.5"), context);

    // The micromanager's score falls below 0.5 in that month, and its replies slow down past its baseline then.
    List<CSVRecord> falling = changes.stream()
        .filter(r -> r.get("client").equals(micromanager) && r.get("measure").equals("hands_on")
            && r.get("reason").contains("below 0.5")).toList();
    assertEquals(1, falling.size(), context);
    assertEquals(CHANGE.toString(), falling.get(0).get("month"), context);
    List<CSVRecord> slower = changes.stream()
        .filter(r -> r.get("client").equals(micromanager) && r.get("measure").equals("median_client_reply_hours"))
        .toList();
    assertEquals(1, slower.size(), context);
    assertEquals(CHANGE.toString(), slower.get(0).get("month"), context);
    assertTrue(slower.get(0).get("reason").startsWith("they took a median "), context);
  }

  @Test
  void generateRefusesAChangeItCannotMake() {
    CliTest.Run form = CliTest.run("generate", "--change-archetype", "acme.no:boss:2025-07",
        dir.resolve("a").toString());
    assertEquals(ExitCode.USAGE, form.code(), form.err());
    assertTrue(form.err().contains("expected none, hands_on, untrusting or diy_expert"), form.err());
    CliTest.Run nobody = CliTest.run("generate", "--clients", "3", "--messages", "100", "--change-archetype",
        "nobody.example:none:2025-07", dir.resolve("b").toString());
    assertEquals(ExitCode.USAGE, nobody.code(), nobody.err());
    assertTrue(nobody.err().startsWith("clientlens generate: --change-archetype: archetype change: no client "
        + "nobody.example"), nobody.err());
  }
}
