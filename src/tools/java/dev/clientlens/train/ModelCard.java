package dev.clientlens.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import opennlp.tools.util.TrainingParameters;

/** Writes {@code nb-models.md}: what the Norwegian model files are, where they come from, how well they do. */
final class ModelCard {
  private ModelCard() {}

  static String render(List<Path> files, int imperativeSamples, NorwegianModels.Evaluation evaluation) {
    String fileNames = files.stream()
        .map(file -> "`" + file.getFileName() + "`")
        .collect(Collectors.joining(", "));
    return """
        # Norwegian Bokmål models

        OpenNLP 2.5 models that clientlens uses for mail it detects as Norwegian (see
        `dev.clientlens.analyse.nlp.NlpModels`). There are no stock OpenNLP models for Norwegian, so these are
        trained by the project itself. This file is written by the training run; do not edit it by hand.

        | File | What it is |
        |------|------------|
        | `%1$s` | Sentence detector (`SentenceDetectorME`): decides which `.`, `!` and `?` end a sentence. |
        | `%2$s` | Tokenizer (`TokenizerME`): splits punctuation from words; keeps numbers such as `1.3` and abbreviations such as `f.eks.` whole. |
        | `%3$s` | Part-of-speech tagger (`POSTaggerME`): Universal Dependencies UPOS tags (`NOUN`, `VERB`, `AUX`, `PRON`, ...), the same tag set as the English stock models. |
        | `%4$s` | The licence of the training data, which these models carry too. |

        ## Data

        [UD Norwegian Bokmål](https://github.com/UniversalDependencies/UD_Norwegian-Bokmaal), the
        Universal Dependencies version of the Bokmål part of the Norwegian Dependency Treebank (NDT): news,
        blogs and non-fiction such as government reports, annotated by hand. Only its dev and test splits
        are used (%5$s, copied into `src/tools/data/ud-norwegian-bokmaal/`).

        Attribution, as the treebank's README gives it: NDT was developed 2011-2014 at the National Library
        of Norway in collaboration with the Text Laboratory and the Department of Informatics at the
        University of Oslo, annotated by Pål Kristian Eriksen, Kari Kinn and Per Erik Solberg. It was
        converted to UD by Ingerid Løyning Dale, Per Erik Solberg and Andre Kåsen at the Norwegian Language
        Bank at the National Library of Norway, building on earlier conversions by Lilja Øvrelid at the
        University of Oslo; Petter Hohle created the data splits and Fredrik Jørgensen aligned the treebank
        to the original texts. References:

        - Lilja Øvrelid and Petter Hohle (2016). "Universal Dependencies for Norwegian". Proceedings of
          LREC 2016.
        - Per Erik Solberg, Arne Skjærholt, Lilja Øvrelid, Kristin Hagen and Janne Bondi Johannessen
          (2014). "The Norwegian Dependency Treebank". Proceedings of LREC 2014.

        ## Licence

        The data is licensed under [CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/). The
        three models are adapted from it (they hold word forms and statistics learnt from the treebank),
        so they are licensed under CC BY-SA 4.0 as well, with the attribution above;
        `%4$s` is the data's licence notice. The rest of clientlens is not affected by this.

        ## Rebuilding

        ```
        java -jar target/clientlens.jar train nlp-nb
        ```

        reads every `*.conllu` file in `src/tools/data/ud-norwegian-bokmaal` (in name order) and writes the
        three models, this file and the licence into `models/`. Training uses one thread, so the same data
        always gives the same scores.

        ## Training

        | Model | Trainer | Algorithm | Iterations | Cutoff | Settings |
        |-------|---------|-----------|-----------:|-------:|----------|
        | sentences | `SentenceDetectorME.train` | %6$s | End-of-sentence characters `. ! ?`; %7$d treebank sentences joined per sample; %8$d abbreviations after which a sentence never ends (`f.eks.`, `bl.a.`, `kl.`, ...). |
        | tokens | `TokenizerME.train` | %9$s | Letter-and-digit-only tokens are never split; %10$d abbreviations kept whole, in any case (`f.eks.`, `F.eks.`). |
        | POS | `POSTaggerME.train` | %11$s | OpenNLP's default POS features (word, prefixes and suffixes, two words either side, previous tags); tags from the UPOS column (`ConlluTagset.U`); plus %20$d imperative samples, see below. |

        Samples are read with OpenNLP's own CoNLL-U readers (`ConlluSentenceSampleStream`,
        `ConlluTokenSampleStream`, `ConlluPOSSampleStream`); language code `%12$s`.

        Imperatives: the treebank has only a few dozen ("Se", "Tenk", "La"), but client mail is full of
        them, and an unseen capitalised word at the start of a sentence looks like a name to the tagger
        ("Send meg ..." came out `PROPN`). So the tagger also learns from imperative clauses made from
        the training part's own infinitive phrases: "å sende rapporten i dag" gives "Send rapporten i dag ."
        with the treebank's tags (imperative by spelling rule: drop the final -e unless it follows a
        consonant plus l, n or r; "mm" becomes "m"). They are spread evenly among the treebank samples
        and never taken from the held-out part. When this recipe was chosen, they cost about 0.1 point of
        held-out accuracy and raised the imperatives tagged `VERB` in 18 hand-written mail requests from
        5 to 15.

        The abbreviation list (`f.eks.`, `bl.a.`, `kl.`, ...) is part of the models but is not trained
        on: the treebank has almost none of these words. The tokenizer keeps a listed abbreviation whole
        whatever its case; the sentence detector does not split inside a listed abbreviation written in
        lower case.

        ## Held-out evaluation

        All sentences of the files are numbered from 0 in file order; sentence *i* is held out when
        *i* %% %13$d = %14$d, the rest is trained on: **%15$d** sentences for training, **%16$d** held out.
        Scores on the held-out sentences, from OpenNLP's own evaluators:

        | Model | Measure | Score |
        |-------|---------|------:|
        | sentences | F1 of sentence spans (`SentenceDetectorEvaluator`) | %17$s |
        | tokens | F1 of token spans (`TokenizerEvaluator`) | %18$s |
        | POS | tag accuracy per token (`POSEvaluator`) | %19$s |

        ## Known limits

        - The treebank is edited prose. Mail is less tidy: missing capitals, missing punctuation, chat
          style and English words in Norwegian sentences all lower accuracy somewhat.
        - Some imperatives at the start of a sentence are still tagged as other words ("Bekreft", "Husk",
          "Fjern" in the hand-written check), and abbreviations get a tag the treebank never taught
          (`f.eks.` as `NOUN`, `bl.a.` as `PUNCT`): neither appears in the treebank.
        - Known tagger confusions in mail: perfect "har" with "ikke" before the participle ("Vi har ikke
          mottatt ...") comes out `VERB`, "Har" of possession opening a question ("Har dere noen ...?")
          comes out `AUX`, and "om" meaning whether comes out `ADP`.
        - An abbreviation with punctuation attached ("f.eks.,") is not in the list and is split like any
          other word.
        - A capitalised "F.eks." starting a sentence is kept as one token but ends a sentence of its own:
          the sentence detector's abbreviation check is case-sensitive and OpenNLP keeps only the lower-case
          spelling in a model file.
        - The sentence detector only ends sentences at `.`, `!` and `?`. About 8%% of treebank sentences
          (headlines, lines ending in a quote or colon) end otherwise, and count against its F1 here; in
          mail, clientlens splits at blank lines and list items before the detector runs.
        - Held-out sentences come from the same texts as the training sentences, so the scores are
          somewhat higher than on unrelated text.
        """.formatted(
            NorwegianModels.SENTENCES_FILE, NorwegianModels.TOKENS_FILE, NorwegianModels.POS_FILE,
            NorwegianModels.LICENSE_FILE, fileNames,
            columns(NorwegianModels.sentenceParameters()), NorwegianModels.SENTENCES_PER_SAMPLE,
            Abbreviations.INSIDE.size(),
            columns(NorwegianModels.tokenParameters()),
            Abbreviations.INSIDE.size() + Abbreviations.FINAL.size(),
            columns(NorwegianModels.posParameters()), NorwegianModels.LANGUAGE,
            NorwegianModels.HOLD_OUT_EVERY, NorwegianModels.HOLD_OUT_EVERY - 1,
            evaluation.trainSentences(), evaluation.heldOutSentences(),
            score(evaluation.sentenceF1()), score(evaluation.tokenF1()), score(evaluation.posAccuracy()),
            imperativeSamples);
  }

  /** The algorithm, iterations and cutoff cells of one table row. */
  private static String columns(TrainingParameters parameters) {
    int iterations =
        parameters.getIntParameter(TrainingParameters.ITERATIONS_PARAM, TrainingParameters.ITERATIONS_DEFAULT_VALUE);
    int cutoff = parameters.getIntParameter(TrainingParameters.CUTOFF_PARAM, TrainingParameters.CUTOFF_DEFAULT_VALUE);
    return parameters.algorithm() + " | " + iterations + " | " + cutoff;
  }

  private static String score(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
