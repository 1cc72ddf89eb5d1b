package dev.clientlens.analyse.nlp;

import java.util.Arrays;
import java.util.Locale;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech tagger with a beam of one, deciding the tags of a sentence from the left only
 * as far as someone reads them. With one candidate sequence, OpenNLP's beam search takes at each token
 * the best tag given the tags before it, so the first {@code k} tags do not depend on the rest: a cue
 * rule or politeness feature that reads the tag of the first word costs one decision, not one per token.
 * Each decision is the one {@code BeamSearch} makes: the same context from the tagger's own context
 * generator, the best outcome of the model ({@link FastMaxent}, which leaves close calls to the model),
 * checked by the tagger's sequence validator. Where that search could do anything else (a rejected
 * outcome, a sequence score near its floor), the whole sentence is tagged by {@code POSTaggerME} itself.
 * Not thread-safe on its own; {@link LazyTags} takes the lock.
 */
final class GreedyTagger extends POSTaggerME {
  /** BeamSearch drops a sequence whose log probability falls to this. */
  private static final double MIN_SEQUENCE_SCORE = -100_000;
  private static final Object[] NO_CONTEXT = new Object[0];

  private final MaxentModel model;
  private final FastMaxent fast;
  private final SequenceValidator<String> validator;
  private final boolean greedy;
  /** A lower bound on the log probability one decision adds to the sequence score. */
  private final double leastStep;

  GreedyTagger(POSModel posModel) {
    super(posModel, POSTagFormat.UD);
    Object artifact = posModel.getArtifact("pos.model");
    this.model = artifact instanceof MaxentModel maxent ? maxent : null;
    MaxentModel evaluated = model == null ? null : FastMaxent.of(model);
    this.fast = evaluated instanceof FastMaxent f ? f : null;
    this.validator = posModel.getFactory().getSequenceValidator();
    // Beam 1, our own reading of a maxent model, and tags used as the model gives them (UD).
    this.greedy = size == 1 && fast != null && posModel.getPosSequenceModel() instanceof BeamSearch
        && posTagFormatMapper.getGuessedFormat() == POSTagFormat.UD;
    this.leastStep = model == null ? 0 : StrictMath.log(1.0 / model.getNumOutcomes()) - 1e-6;
  }

  /** The tags of a sentence, decided when read. */
  LazyTags lazily(String[] tokens) {
    return new LazyTags(this, tokens);
  }

  /** All tags of a sentence at once, upper case, as {@code POSTaggerME} gives them. */
  String[] tagAll(String[] tokens) {
    String[] tags = tag(tokens);
    for (int i = 0; i < tags.length; i++) {
      tags[i] = tags[i].toUpperCase(Locale.ROOT);
    }
    return tags;
  }

  /**
   * Decides the tags of {@code into} up to and including token {@code last}. Called with the lock on
   * this tagger held.
   */
  void decide(LazyTags into, int last) {
    if (!greedy) {
      into.setAll(tagAll(into.tokens));
      return;
    }
    String[] tokens = into.tokens;
    while (into.decided <= last) {
      int i = into.decided;
      String[] before = Arrays.copyOf(into.raw, i);
      String[] context = cg.getContext(i, tokens, before, NO_CONTEXT);
      int best = fast.best(context);
      String outcome = model.getOutcome(best);
      double score = into.scoreBound + leastStep;
      if (!validator.validSequence(i, tokens, before, outcome) || score <= MIN_SEQUENCE_SCORE + 1) {
        into.setAll(tagAll(tokens));
        return;
      }
      into.scoreBound = score;
      into.raw[i] = outcome;
      into.tags[i] = outcome.toUpperCase(Locale.ROOT);
      into.decided = i + 1;
    }
  }
}
