package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientlens.generate.ClientTruth;
import dev.clientlens.generate.GeneratorSettings;
import dev.clientlens.generate.GroundTruth;
import dev.clientlens.generate.MailboxGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated mailbox with other seeds and sizes than the sample: the counts per client still match
 * the generator's ground truth exactly, as Maildir and as mbox.
 */
class SyntheticMailboxReportTest {
  @TempDir Path dir;

  @Test
  void countsMatchTheGroundTruthAsMaildirAndAsMbox() throws IOException {
    GeneratorSettings settings = GeneratorSettings.synthetic(977, 35, 3000);
    GroundTruth truth = new MailboxGenerator(settings).writeMaildir(dir.resolve("maildir"));
    new MailboxGenerator(settings).writeMbox(dir.resolve("all.mbox"));

    CliTest.Run maildir = CliTest.run("scan", dir.resolve("maildir").toString(), "--out", dir.resolve("r1").toString(),
        "--me", truth.owner());
    assertEquals(ExitCode.OK, maildir.code(), maildir.err());
    CliTest.Run mbox = CliTest.run("scan", dir.resolve("all.mbox").toString(), "--out", dir.resolve("r2").toString(),
        "--me", truth.owner());
    assertEquals(ExitCode.OK, mbox.code(), mbox.err());

    Map<String, CSVRecord> clients = SampleMailboxReportTest.rows(dir.resolve("r1/clients.csv")).stream()
        .collect(Collectors.toMap(r -> r.get("client"), Function.identity()));
    assertEquals(truth.clients().size(), clients.size());
    for (ClientTruth expected : truth.clients()) {
      CSVRecord row = clients.get(expected.client());
      assertEquals(expected.messagesIn(), Integer.parseInt(row.get("messages_in")), expected.client());
      assertEquals(expected.messagesOut(), Integer.parseInt(row.get("messages_out")), expected.client());
    }
    assertEquals(Files.readString(dir.resolve("r1/clients.csv")), Files.readString(dir.resolve("r2/clients.csv")));
  }
}
