package dev.clientlens.analyse.cue;

import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Locale;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the cues (SPEC section 7) each sentence of a client message shows. For English and Norwegian
 * Bokmål a trained sentence model decides ({@code models/cue-model-en.txt}, {@code -nb.txt}; see
 * {@code models/cues-model.md}); it reads the sentence's words and what the hand-written rules
 * ({@code models/cues-en.txt}, {@code models/cues-nb.txt}) find in it. A sentence in another language,
 * or a language whose model file is missing, gets the rules' answer. Built once per run; immutable and
 * safe to share between threads.
 */
public final class CueDetector {
  static final String ENGLISH_RULES = "/models/cues-en.txt";
  static final String NORWEGIAN_RULES = "/models/cues-nb.txt";
  static final String ENGLISH_MODEL = "/models/cue-model-en.txt";
  static final String NORWEGIAN_MODEL = "/models/cue-model-nb.txt";
  /** Features named for each cue by {@link #explain}. */
  private static final int EXPLAINED_FEATURES = 3;

  private final CueRules english;
  private final CueRules norwegian;
  private final List<CueRules> englishOnly;
  private final List<CueRules> norwegianOnly;
  private final List<CueRules> both;
  private final Map<Language, CueModel> models;

  CueDetector(CueRules english, CueRules norwegian, Map<Language, CueModel> models) {
    this.english = Objects.requireNonNull(english, "english");
    this.norwegian = Objects.requireNonNull(norwegian, "norwegian");
    this.englishOnly = List.of(english);
    this.norwegianOnly = List.of(norwegian);
    this.both = List.of(english, norwegian);
    this.models = Map.copyOf(models);
  }

  /** Reads and compiles the rule files and reads the sentence models where they are (a few hundred ms). */
  public static CueDetector read(ModelResources files) throws IOException {
    Map<Language, CueModel> models = new EnumMap<>(Language.class);
    if (files.find(ENGLISH_MODEL).isPresent()) {
      models.put(Language.ENGLISH, CueModel.read(files, ENGLISH_MODEL));
    }
    if (files.find(NORWEGIAN_MODEL).isPresent()) {
      models.put(Language.NORWEGIAN, CueModel.read(files, NORWEGIAN_MODEL));
    }
    return new CueDetector(rules(files, ENGLISH_RULES), rules(files, NORWEGIAN_RULES), models);
  }

  /** The same rules without the sentence models: what the models are trained from and compared with. */
  public CueDetector rulesOnly() {
    return new CueDetector(english, norwegian, Map.of());
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
    Set<Cue> ruled = ruleCues(sentence);
    CueModel model = models.get(sentence.language());
    return model == null ? ruled : model.cues(CueFeatures.of(sentence, ruled));
  }

  /** The feature of {@link #features} that says the hand-written rules found {@code cue}. */
  public static String ruleFeature(Cue cue) {
    return CueFeatures.rule(cue);
  }

  /** What the model reads of a sentence (for training it): its words and the rules' cues, see {@link CueFeatures}. */
  public List<String> features(Sentence sentence) {
    return CueFeatures.of(sentence, ruleCues(sentence));
  }

  private Set<Cue> ruleCues(Sentence sentence) {
    EnumSet<Cue> found = EnumSet.noneOf(Cue.class);
    for (CueRules rules : rulesFor(sentence)) {
      found.addAll(rules.match(rules.tokens(sentence)));
    }
    return found;
  }

  /**
   * The cues one sentence shows, each with why, in cue order: for a model's cue its probability, the
   * rule that matched if one did, and the features that raised it most ({@code "checkin p=0.91: rule
   * cues-en.txt:186: checkin following|follow up; w=update +1.21"}); for a cue the model leaves to the rules,
   * and for the rules alone, the rule ({@code "cues-en.txt:186: checkin following|follow up"}).
   */
  public Map<Cue, String> explain(Sentence sentence) {
    Map<Cue, String> rules = new EnumMap<>(Cue.class);
    for (CueRules ruleSet : rulesFor(sentence)) {
      ruleSet.explain(ruleSet.tokens(sentence)).forEach(rules::putIfAbsent);
    }
    CueModel model = models.get(sentence.language());
    if (model == null) {
      return rules;
    }
    List<String> features = CueFeatures.of(sentence, rules.keySet());
    Map<Cue, Double> probabilities = model.probabilities(features);
    Map<Cue, String> found = new EnumMap<>(Cue.class);
    for (Cue cue : model.cues(features)) {
      List<String> why = new ArrayList<>();
      if (rules.containsKey(cue)) {
        why.add("rule " + rules.get(cue));
      }
      CueModel.Decider decider = model.decider(cue);
      if (decider == CueModel.Decider.RULES) {
        found.put(cue, cue.label() + " (the rules decide this cue): " + String.join("; ", why));
        continue;
      }
      if (decider == CueModel.Decider.EITHER && !model.modelFinds(features, cue)) {
        found.put(cue, cue.label() + " (found by the rules; the rules or the model decide this cue): "
            + String.join("; ", why));
        continue;
      }
      why.addAll(model.strongest(features, cue, EXPLAINED_FEATURES));
      found.put(cue, String.format(Locale.ROOT, "%s p=%.2f: %s", cue.label(), probabilities.get(cue),
          String.join("; ", why)));
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
