package dev.clientlens.train;

import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * Common Norwegian Bokmål abbreviations that end in a full stop. The treebank has few of them (no
 * "f.eks." at all), so the models get them from this list rather than from the data.
 */
final class Abbreviations {
  /** Rarely the last word of a sentence: a full stop inside them never ends one. */
  static final List<String> INSIDE = List.of(
      "adr.", "ang.", "avd.", "bl.a.", "ca.", "d.d.", "d.m.", "dr.", "dvs.", "ekskl.", "el.", "ev.", "evt.",
      "f.eks.", "f.o.m.", "f.t.", "fr.o.m.", "hhv.", "ift.", "iht.", "inkl.", "jf.", "kap.", "kl.", "mht.",
      "mob.", "nr.", "o.a.", "org.nr.", "p.g.a.", "p.t.", "pga.", "pr.", "prof.", "ref.", "sml.", "st.",
      "str.", "t.o.m.", "tel.", "tidl.", "tlf.", "vedr.", "vennl.", "vsa.");

  /** Often the last word of a sentence, where their full stop ends it too (as in the treebank). */
  static final List<String> FINAL = List.of(
      "etc.", "e.l.", "kr.", "m.fl.", "m.m.", "m.v.", "mv.", "o.l.", "o.s.v.", "osv.", "stk.",
      "jan.", "feb.", "aug.", "sep.", "sept.", "okt.", "nov.", "des.");

  private Abbreviations() {}

  /** Every abbreviation: whitespace tokens the tokenizer keeps whole. */
  static Dictionary forTokens() {
    Dictionary dictionary = dictionary(INSIDE);
    FINAL.forEach(abbreviation -> dictionary.put(new StringList(abbreviation)));
    return dictionary;
  }

  /** Only the abbreviations that never end a sentence: the sentence detector does not split inside them. */
  static Dictionary forSentences() {
    return dictionary(INSIDE);
  }

  /**
   * Entries are lower case in a case-insensitive dictionary: OpenNLP reads a saved dictionary back in
   * lower case, so only lower-case entries survive a round trip through a model file. The tokenizer
   * then matches "F.eks." too; the sentence detector matches the lower-case spelling only.
   */
  private static Dictionary dictionary(List<String> abbreviations) {
    Dictionary dictionary = new Dictionary(false);
    abbreviations.forEach(abbreviation -> dictionary.put(new StringList(abbreviation)));
    return dictionary;
  }
}
