package dev.clientlens.train;

import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code models/cues-model.md}: how the cue models were made and how well they do, written by {@code train cues}. */
final class CueReport {
  /** A cue's held-out figures count toward the macro F1 from this many held-out positives on. */
  static final int MACRO_MIN_POSITIVES = 20;

  private CueReport() {}

  static String render(List<CueTrainer.Trained> trained, List<Path> inputs) {
    StringBuilder out = new StringBuilder();
    out.append("# The cue sentence models\n\n");
    out.append("Written by `java -jar target/clientlens.jar train cues` (run from the project folder), with\n");
    out.append("`cue-model-en.txt` and `cue-model-nb.txt`; the same data give the same files byte for byte.\n\n");
    out.append("For each language and cue, a logistic regression (OpenNLP's L-BFGS maxent trainer, L2 ")
        .append(CueTrainer.L2).append(") over the\n");
    out.append("detector's features: words, word pairs, four-letter pieces of words, the first word and first two\n");
    out.append("words, a question mark, the first word's part of speech, and the cues the hand-written rules find.\n");
    out.append("Scores are calibrated to probabilities by Platt scaling of ").append(CueTrainer.FOLDS)
        .append("-fold out-of-fold scores on the\n");
    out.append("development part; each cue's threshold is the one with the best out-of-fold F0.5 (precision\n");
    out.append("weighs more than recall: a cue the client did not show costs more than one missed; for gratitude F1,\n");
    out.append("since thanks missed mislead as much as thanks invented) expected on real\n");
    out.append("mail (\"threshold on\": real mail): recall counted on every development positive of real mail (not\n");
    out.append("the rules' test sets, nor sentences written for the purpose), false alarms as the share of the\n");
    out.append("neutral sentences of the random samples of real mail (outside senders, and two-way clients) given\n");
    out.append("the cue, and precision from how often the cue occurs in those samples, where cues are far rarer than\n");
    out.append("in the other sets, when the samples hold at least ").append(CueTrainer.MIN_REAL_POSITIVES)
        .append(" of the cue's examples;\n");
    out.append("otherwise that rate is too uncertain, and the threshold is the best F0.5 on all of the development\n");
    out.append("part (\"all\"). Where the\n");
    out.append("hand-written rules alone reach a better F0.5 than the model's out-of-fold answers on the development\n");
    out.append("sentences of mail (\"on mail\": all but the rules' own test sets, which they were written from;\n");
    out.append("on the random samples of real mail alone for a cue whose threshold is chosen for them), the rules decide\n");
    out.append("the cue; where the two together (a cue found by either) reach a better F0.5 than each alone, either\n");
    out.append("decides (\"decided by\"), and the held-out tables' model columns are those answers. The held-out\n");
    out.append("parts were chosen before any training and were not used to choose anything. \"Two-way clients'\n");
    out.append("mail\" is what the scan reads for tone: the held-out sentences of the two-way sample together with\n");
    out.append("those of the outside-sender sample whose message is a two-way client's. The data are\n");
    out.append("described in `src/tools/data/cues/README.md` (with the labelling guide) and the rule sets'\n");
    out.append("comments. Inputs:\n\n");
    for (Path input : inputs) {
      out.append("- `").append(input).append("`\n");
    }
    for (CueTrainer.Trained t : trained) {
      out.append("\n## ").append(t.language() == Language.ENGLISH ? "English" : "Norwegian Bokmål").append("\n\n");
      out.append(t.devSentences()).append(" development sentences.\n\n");
      boolean samples = t.sampled().sentences() > 0;
      out.append("| cue | dev positives | out-of-fold F1 at the threshold | threshold | threshold on | on mail: model F1 | rules F1 | either F1 | decided by |"
          + (samples ? " samples of real mail: positives, out-of-fold P / R |\n" : "\n")
          + "|---|---:|---:|---:|---|---:|---:|---:|---|" + (samples ? "---|\n" : "\n"));
      for (Cue cue : Cue.values()) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %s | %.3f | %.3f | %.3f | %s |", cue.label(),
            t.devPositives().get(cue), t.cvF1().get(cue), t.thresholds().get(cue),
            t.thresholdOnRealMail().contains(cue) ? "real mail" : "all", t.modelMailF1().get(cue),
            t.rulesF1().get(cue), t.eitherF1().get(cue), t.decidedBy().get(cue)));
        if (samples) {
          CueTrainer.Scores s = t.sampled().cues().get(cue);
          out.append(String.format(Locale.ROOT, " %d: %.3f / %.3f |", s.positives(), s.precision(), s.recall()));
        }
        out.append('\n');
      }
      CueTrainer.OutOfFold sampled = t.sampled();
      if (samples) {
        out.append(String.format(Locale.ROOT, "%nOut of fold on the %d development sentences of the random samples of "
            + "real mail (%d without a cue), each cue decided as above: any difficult cue precision %.3f, recall "
            + "%.3f (%d positives); sentences without a cue that get one: %d (%.3f).%n", sampled.sentences(),
            sampled.neutral(), sampled.anyDifficult().precision(), sampled.anyDifficult().recall(),
            sampled.anyDifficult().positives(), sampled.neutralAlarms(), rate(sampled.neutralAlarms(),
                sampled.neutral())));
      }
      for (CueTrainer.Evaluation e : t.heldOut()) {
        out.append("\n### Held out: ").append(e.set()).append(" (").append(e.sentences()).append(" sentences, ")
            .append(e.neutral()).append(" without a cue)\n\n");
        out.append("| cue | positives | model P | model R | model F1 | rules P | rules R | rules F1 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        double macro = 0;
        int counted = 0;
        for (Cue cue : Cue.values()) {
          CueTrainer.Scores m = e.model().get(cue);
          CueTrainer.Scores r = e.rules().get(cue);
          out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", cue.label(),
              m.positives(), m.precision(), m.recall(), m.f1(), r.precision(), r.recall(), r.f1()));
          if (m.positives() >= MACRO_MIN_POSITIVES) {
            macro += m.f1();
            counted++;
          }
        }
        out.append(String.format(Locale.ROOT, "%nMacro F1 over the %d cues with at least %d held-out positives: %s.%n",
            counted, MACRO_MIN_POSITIVES, counted == 0 ? "none has that many" : String.format(Locale.ROOT, "%.3f",
                macro / counted)));
        out.append(String.format(Locale.ROOT,
            "Any difficult cue (all but gratitude): model precision %.3f, recall %.3f; rules %.3f, %.3f.%n",
            e.anyDifficultModel().precision(), e.anyDifficultModel().recall(), e.anyDifficultRules().precision(),
            e.anyDifficultRules().recall()));
        out.append(String.format(Locale.ROOT,
            "Sentences without a cue that get one: model %d of %d (%.3f), rules %d (%.3f).%n", e.neutralAlarmsModel(),
            e.neutral(), rate(e.neutralAlarmsModel(), e.neutral()), e.neutralAlarmsRules(),
            rate(e.neutralAlarmsRules(), e.neutral())));
      }
    }
    return out.toString();
  }

  private static double rate(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
