package dev.clientlens.analyse;

import dev.clientlens.analyse.cue.CueDetector;
import dev.clientlens.analyse.deadline.Deadline;
import dev.clientlens.analyse.deadline.Deadlines;
import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.analyse.nlp.NlpModels;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.analyse.politeness.Politeness;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Analyses one message's clean text: language, sentences, cues, politeness and stated deadlines. The
 * models are shared; an {@code Analyser} holds per-thread OpenNLP tools, so each worker makes its own.
 */
public final class Analyser {
  /**
   * How much of a text to analyse, least first: tone only for a two-way client's mail, deadlines for our
   * own, the language alone for the mail of a correspondent we never wrote to, nothing for mail that does
   * not count for a client.
   */
  public enum Depth {
    /** Not analysed at all (the header rules decided, or the scan reads no language). */
    NOTHING,
    /** The language only. */
    LANGUAGE,
    /** Language, sentences and the deadlines stated. */
    DEADLINES,
    /** Everything: cues and politeness as well. */
    TONE;

    /** True when an analysis to this depth holds everything one to {@code other} would. */
    public boolean covers(Depth other) {
      return compareTo(other) >= 0;
    }

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The depth with this label; a label no version wrote is an {@link IllegalArgumentException}. */
    public static Depth ofLabel(String label) {
      for (Depth depth : values()) {
        if (depth.label().equals(label)) {
          return depth;
        }
      }
      throw new IllegalArgumentException("analysis depth: unknown label " + label);
    }
  }

  /** Everything loaded once per run and shared by all threads. */
  public record Models(NlpModels nlp, CueDetector cues, Politeness politeness, Deadlines deadlines) {
    public Models {
      Objects.requireNonNull(nlp, "nlp");
      Objects.requireNonNull(cues, "cues");
      Objects.requireNonNull(politeness, "politeness");
      Objects.requireNonNull(deadlines, "deadlines");
    }

    /** Reads every model and word list from the class path; takes about a second, so do it once per run. */
    public static Models load() {
      return load(ModelResources.classPath());
    }

    /**
     * Reads every model and word list through {@code files}: the one place the analysis reads its files.
     * The cue models (about 5 MB of weights in text) are read on a thread of their own while the OpenNLP
     * models are read here, so the two halves of about equal cost share the cores (on two cores the
     * load went from about 1.6 s to under 1 s, while the scan's workers wait for it).
     */
    public static Models load(ModelResources files) {
      FutureTask<CueDetector> cues = new FutureTask<>(() -> CueDetector.read(files));
      Thread reader = new Thread(cues, "clientlens-cue-models");
      reader.setDaemon(true);
      reader.start();
      try {
        NlpModels nlp = NlpModels.read(files);
        Politeness politeness = Politeness.read(files);
        Deadlines deadlines = Deadlines.read(files);
        return new Models(nlp, cues.get(), politeness, deadlines);
      } catch (IOException e) {
        throw failed(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("models: interrupted while reading the cue models", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw failed(io);
        }
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("models: cue models", e.getCause());
      }
    }

    private static UncheckedIOException failed(IOException e) {
      return new UncheckedIOException("models: could not load the language analysis: " + e.getMessage(), e);
    }
  }

  private final Models models;
  private final Nlp nlp;

  public Analyser(Models models) {
    this.models = models;
    this.nlp = new Nlp(models.nlp());
  }

  /** The analysis with the sentences that showed cues, for {@code --evidence-text}. */
  public record WithSentences(TextAnalysis analysis, List<CueSentence> cueSentences) {

    public WithSentences {
      Objects.requireNonNull(analysis, "analysis");
      cueSentences = List.copyOf(cueSentences);
    }
  }

  public TextAnalysis analyse(String text, Optional<OffsetDateTime> date, Depth depth) {
    return analyse(text, "", date, depth, false).analysis();
  }

  /**
   * Analyses the text and, when {@code keepSentences}, also returns each sentence that showed a cue
   * (once per cue it showed), in text order. The cues are found once either way.
   *
   * @param closing the words of a closing of thanks cut from the text with its signature, or empty: for
   *     tone, it is one more sentence after the text (its cues and politeness count, and it is counted
   *     among the sentences); the language and deadlines are the text's alone
   */
  public WithSentences analyse(String text, String closing, Optional<OffsetDateTime> date, Depth depth,
      boolean keepSentences) {
    if (depth == Depth.NOTHING) {
      return new WithSentences(TextAnalysis.NONE, List.of());
    }
    if (text.isBlank()) {
      return new WithSentences(TextAnalysis.NONE.to(depth), List.of());
    }
    Nlp.Detected detected = nlp.detect(text);
    Language language = detected.language();
    if (depth == Depth.LANGUAGE) {
      return new WithSentences(new TextAnalysis(language, detected.code(), 0, CueCounts.NONE, OptionalDouble.empty(),
          List.of(), depth), List.of());
    }
    List<Sentence> sentences = nlp.sentences(text, language);
    List<OffsetDateTime> deadlines = date.isEmpty() || language == Language.OTHER
        ? List.of()
        : models.deadlines().find(sentences, date.get()).stream().map(Deadline::due).toList();
    if (depth == Depth.DEADLINES || language == Language.OTHER) {
      return new WithSentences(new TextAnalysis(language, detected.code(), sentences.size(), CueCounts.NONE,
          OptionalDouble.empty(), deadlines, depth), List.of());
    }
    Optional<Sentence> closingSentence = nlp.sentence(closing, language);
    if (closingSentence.isPresent()) {
      sentences = new ArrayList<>(sentences);
      sentences.add(closingSentence.get());
    }
    Map<Cue, Integer> counts = new EnumMap<>(Cue.class);
    for (Cue cue : Cue.values()) {
      counts.put(cue, 0);
    }
    List<CueSentence> shown = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Set<Cue> found = models.cues().cues(sentences.get(i));
      for (Cue cue : found) {
        counts.merge(cue, 1, Integer::sum);
      }
      if (keepSentences) {
        for (Cue cue : new TreeSet<>(found)) {
          shown.add(new CueSentence(cue, i, sentences.get(i).text()));
        }
      }
    }
    return new WithSentences(new TextAnalysis(language, detected.code(), sentences.size(), CueCounts.of(counts),
        OptionalDouble.of(models.politeness().score(sentences, language)), deadlines, depth), shown);
  }

  /**
   * Why a text shows its cues: for each sentence with a cue, in order, one line per cue naming the
   * sentence (from 1) and the rule that found it ({@code "sentence 2: cues-en.txt:186: checkin following|follow
   * up"}). Empty for text whose tone is not analysed (blank, or in another language).
   */
  public List<String> explain(String text, Language language) {
    if (text.isBlank() || language == Language.OTHER) {
      return List.of();
    }
    List<String> reasons = new ArrayList<>();
    List<Sentence> sentences = nlp.sentences(text, language);
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = "sentence " + (i + 1) + ": ";
      for (String rule : models.cues().explain(sentences.get(i)).values()) {
        reasons.add(sentence + rule);
      }
    }
    return reasons;
  }
}
