package dev.clientlens.analyse.cue;

import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Cue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the cues (SPEC section 7) each sentence of a client message shows, from hand-written rule files
 * for English and Norwegian Bokmål ({@code models/cues-en.txt}, {@code models/cues-nb.txt}). Built once
 * per run; immutable and safe to share between threads.
 */
public final class CueDetector {
  static final String ENGLISH_RULES = "/models/cues-en.txt";
  static final String NORWEGIAN_RULES = "/models/cues-nb.txt";

  private final CueRules english;
  private final CueRules norwegian;
  private final List<CueRules> englishOnly;
  private final List<CueRules> norwegianOnly;
  private final List<CueRules> both;

  CueDetector(CueRules english, CueRules norwegian) {
    this.english = Objects.requireNonNull(english, "english");
    this.norwegian = Objects.requireNonNull(norwegian, "norwegian");
    this.englishOnly = List.of(english);
    this.norwegianOnly = List.of(norwegian);
    this.both = List.of(english, norwegian);
  }

  /** Reads and compiles the rule files (a few milliseconds). */
  public static CueDetector read(ModelResources files) throws IOException {
    return new CueDetector(rules(files, ENGLISH_RULES), rules(files, NORWEGIAN_RULES));
  }

  static CueRules rules(ModelResources files, String resource) throws IOException {
    String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
    return CueRuleParser.parse(resource.substring(folder.length()), files.lines(resource), file -> {
      try {
        return files.lines(folder + file);
      } catch (IOException e) {
        throw new UncheckedIOException("cues: could not read " + folder + file, e);
      }
    });
  }

  /**
   * The cues one sentence shows, as a new set. A sentence in another language is tried against both
   * rule sets, since very short messages ("Thanks!") are too short to tell their language.
   */
  public Set<Cue> cues(Sentence sentence) {
    EnumSet<Cue> found = EnumSet.noneOf(Cue.class);
    for (CueRules rules : rulesFor(sentence)) {
      found.addAll(rules.match(rules.tokens(sentence)));
    }
    return found;
  }

  /**
   * The cues one sentence shows, each with the rule that found it ({@code "cues-en.txt:186: checkin
   * following|follow up"}), in cue order: to see why a sentence counts.
   */
  public Map<Cue, String> explain(Sentence sentence) {
    Map<Cue, String> found = new EnumMap<>(Cue.class);
    for (CueRules rules : rulesFor(sentence)) {
      rules.explain(rules.tokens(sentence)).forEach(found::putIfAbsent);
    }
    return found;
  }

  /** The rule sets a sentence is read with: its language's, or both when the language is another. */
  private List<CueRules> rulesFor(Sentence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return switch (sentence.language()) {
      case ENGLISH -> englishOnly;
      case NORWEGIAN -> norwegianOnly;
      default -> both;
    };
  }

  /** For every cue, how many of the sentences show it (zero included). */
  public Map<Cue, Integer> count(List<Sentence> sentences) {
    Map<Cue, Integer> counts = new EnumMap<>(Cue.class);
    for (Cue cue : Cue.values()) {
      counts.put(cue, 0);
    }
    for (Sentence sentence : sentences) {
      for (Cue cue : cues(sentence)) {
        counts.merge(cue, 1, Integer::sum);
      }
    }
    return Collections.unmodifiableMap(counts);
  }
}
