package dev.clientlens.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a deterministic synthetic mailbox and returns its ground truth. The same settings give
 * byte-identical output: no clock, no unseeded randomness, no hash-order iteration. Messages are streamed
 * to disk in time order; memory grows with the number of clients and open threads, not with the mailbox.
 */
public final class MailboxGenerator {
  private final GeneratorSettings settings;

  public MailboxGenerator(GeneratorSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Writes a Maildir++ tree: the inbox at {@code dir}, with {@code .Sent} and {@code .Archive} subfolders.
   *
   * @throws IOException if the tree cannot be written, or already holds messages
   */
  public GroundTruth writeMaildir(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Simulation simulation = Planner.plan(settings);
    try (MaildirSink sink = MaildirSink.open(dir, simulation.end())) {
      return simulation.run(sink);
    }
  }

  /** Writes the same messages, in the same order, as one mboxrd file with Google Takeout's label headers. */
  public GroundTruth writeMbox(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Simulation simulation = Planner.plan(settings);
    MboxSink sink = MboxSink.open(file);
    try {
      GroundTruth truth = simulation.run(sink);
      sink.close();
      return truth;
    } catch (IOException | RuntimeException e) {
      sink.abandon();
      throw e;
    }
  }
}
