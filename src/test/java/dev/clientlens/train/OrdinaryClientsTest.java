package dev.clientlens.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.classify.Classifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real clients of ordinary correspondence: kept from a scan's clients.csv without names or text, read
 * back to the same metrics, and the bundled model must call the held-out ones (labelled by reading their
 * mail, none difficult; never trained on) ordinary.
 */
class OrdinaryClientsTest {
  private static final Path DATA = Path.of("src/tools/data/real-mail");
  @TempDir Path dir;

  @Test
  void onlyScoredTwoWayRowsAreKeptWithoutNamesScoresOrEvidence() throws IOException {
    Path clients = dir.resolve("clients.csv");
    String header = Files.readAllLines(DATA.resolve("ordinary-dev.csv"), StandardCharsets.UTF_8).get(1);
    String metrics = ",two_way,2,2.400,3.000,0.770,6,0.500,0.767,0.000,0.000,0.011,0,0.244,0.000,0.000,0.167,0.000,"
        + "0.000,0.000,0.000,0.083,0.000,0.000,0.250,1.500,2.000";
    Files.writeString(clients, header + "\n"
        + "acme.no,Kari Nordmann,12,6,10,2001-09-21T17:23:23-07:00,2001-11-14T15:09:46-08:00,0.100,0.200,0.300,0.400,"
        + "none,polite; Kari writes" + metrics + "\n"
        + "thin.no,Ola,2,2,1,,,,,,,,not scored: only 2 messages from them" + metrics + "\n"
        + "one.no,Per,9,0,3,,,,,,,,not scored: we never wrote to them" + metrics.replace("two_way", "inbound_only")
        + "\n", StandardCharsets.UTF_8);
    Path kept = dir.resolve("kept.csv");
    assertEquals(1, OrdinaryClients.extract(clients, kept));
    String written = Files.readString(kept, StandardCharsets.UTF_8);
    assertTrue(written.startsWith("# clients in the scan: 3\n"), written);
    assertTrue(!written.contains("Kari") && !written.contains("polite;") && !written.contains("0.400"), written);
    List<OrdinaryClients.Client> read = OrdinaryClients.read(kept);
    assertEquals(1, read.size());
    assertEquals("acme.no", read.get(0).metrics().client().value());
    assertEquals(12, read.get(0).metrics().messagesIn());
    assertEquals(3, read.get(0).clients());
    assertEquals(0.25, read.get(0).metrics().cueRates().get(dev.clientlens.domain.Cue.GRATITUDE), 1e-9);
  }

  @Test
  void theBundledModelCallsNoHeldOutOrdinaryClientDifficult() throws IOException {
    List<OrdinaryClients.Client> heldOut = OrdinaryClients.read(DATA.resolve("ordinary-heldout.csv"));
    assertEquals(9, heldOut.size());
    assertEquals(0, OrdinaryClients.flagged(heldOut, Classifier.bundled()));
  }

  @Test
  void everyRealClientIsLabelledByReadingAndNoneIsDifficult() throws IOException {
    List<String> labels = Files.readAllLines(DATA.resolve("ordinary-labels.tsv"), StandardCharsets.UTF_8);
    int dev = OrdinaryClients.read(DATA.resolve("ordinary-dev.csv")).size();
    assertEquals(dev + 9, labels.size() - 1);
    for (String line : labels.subList(1, labels.size())) {
      String label = line.split("\t")[2];
      assertTrue(List.of("ordinary", "automated", "personal").contains(label), line);
    }
  }
}
