package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.generate.ClientTruth;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.GroundTruth;
import dev.clientlens.generate.MailboxGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} on a fresh labelled mailbox the model was not trained on (another seed, another size): the
 * bundled archetype model must still sort the clients.
 */
class EvalCommandTest {
  /** Not one of the training seeds (1001, 2002, 3003), and a different mailbox size. */
  private static final long SEED = 4242;
  /** What the bundled model reached on this mailbox when it was committed, minus a small margin. */
  private static final double MIN_ACCURACY = 0.9;
  private static final double MIN_AUC = 0.9;

  @TempDir Path dir;

  @Test
  void theBundledModelSortsAFreshLabelledMailbox() throws IOException {
    Path mail = dir.resolve("mail");
    GroundTruth truth = new MailboxGenerator(GeneratorSettings.synthetic(SEED, 60, 2000)).writeMaildir(mail);
    Path labels = dir.resolve("expected-clients.csv");
    truth.writeCsv(labels);
    assertTrue(truth.clients().stream().map(ClientTruth::language).distinct().count() >= 2, "English and Norwegian");

    CliTest.Run run = CliTest.run("eval", "--labels", labels.toString(),
        "--me", truth.owner(), mail.toString());

    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().contains("truth \\ predicted"), run.out());
    double accuracy = figure(run.out(), "primary_archetype accuracy: ([0-9.]+)");
    double auc = figure(run.out(), "fire_risk ROC AUC: ([0-9.]+)");
    assertTrue(accuracy >= MIN_ACCURACY, run.out());
    assertTrue(auc >= MIN_AUC, run.out());
  }

  @Test
  void labelsWithoutTheRequiredColumnsAreRefusedInOneLine() throws IOException {
    Path labels = Files.writeString(dir.resolve("labels.csv"), "client,kind\nacme.no,none\n");
    CliTest.Run run = CliTest.run("eval", "--labels", labels.toString(), dir.toString());
    assertEquals(ExitCode.SOURCE_UNREADABLE, run.code());
    assertTrue(run.err().startsWith("clientlens eval: ") && run.err().contains("no column archetype"), run.err());
  }

  private static double figure(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), text);
    return Double.parseDouble(m.group(1));
  }
}
