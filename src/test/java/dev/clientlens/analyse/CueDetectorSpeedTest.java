package dev.clientlens.analyse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures the detector alone (sentences already split and tagged) on every labelled sentence and prints
 * the CPU time per sentence (CPU time, so that other processes on a busy machine do not count): once cold (the first pass, as for a small mailbox) and once the JIT has compiled
 * the matcher (as for the bulk of a large mailbox, which runs through millions of sentences). The budget
 * is well under 0.1 ms per sentence; the bound asserted is that budget, loose enough for a busy machine.
 */
class CueDetectorSpeedTest {
  private static final double BUDGET_MICROS = 100;
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final int ROUNDS = 100;

  @Test
  void detectionStaysWellUnderTheBudgetPerSentence() throws IOException {
    Nlp nlp = new Nlp(NlpModels.load());
    long loading = System.nanoTime();
    CueDetector detector = CueDetector.load();
    loading = System.nanoTime() - loading;
    List<Sentence> sentences = new ArrayList<>();
    sentences.addAll(sentences(nlp, "en.tsv", Language.ENGLISH));
    sentences.addAll(sentences(nlp, "nb.tsv", Language.NORWEGIAN));

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    run(detector, sentences, 1);
    double cold = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / sentences.size();
    long warmUpStart = System.nanoTime();
    while (System.nanoTime() - warmUpStart < WARM_UP_NANOS) {
      run(detector, sentences, 10);
    }
    start = threads.getCurrentThreadCpuTime();
    int found = run(detector, sentences, ROUNDS);
    double warm = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / ((double) ROUNDS * sentences.size());

    System.out.printf(Locale.ROOT, "cue detection, CPU time per sentence: %.1f µs on the first pass, %.2f µs once "
        + "compiled (%d sentences x %d rounds, %d cues found); rules loaded in %.0f ms%n", cold, warm,
        sentences.size(), ROUNDS, found, loading / 1e6);
    assertTrue(warm < BUDGET_MICROS, warm + " µs per sentence");
  }

  private static int run(CueDetector detector, List<Sentence> sentences, int rounds) {
    int found = 0;
    for (int round = 0; round < rounds; round++) {
      for (Sentence sentence : sentences) {
        found += detector.cues(sentence).size();
      }
    }
    return found;
  }

  private static List<Sentence> sentences(Nlp nlp, String file, Language language) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    try (InputStream in = CueDetectorSpeedTest.class.getResourceAsStream("/cues/" + file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          sentences.addAll(nlp.sentences(line.substring(0, Math.max(0, line.indexOf('\t'))), language));
        }
      }
    }
    return sentences;
  }
}
