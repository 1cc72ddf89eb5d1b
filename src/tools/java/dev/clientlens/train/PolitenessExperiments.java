package dev.clientlens.train;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.analyse.politeness.PolitenessFeatures;
import dev.clientlens.domain.Language;
import dev.clientlens.train.LogisticRegression.Example;
import dev.clientlens.train.LogisticRegression.Parameters;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The measurements behind the "what was tried" table of {@code models/politeness.md}. Runs the trainer's
 * own cross-validation (same split, folds and learner) over other parameters and feature sets. Takes a few
 * minutes; run it from the project folder after {@code mvn package}, as
 * {@code java -cp target/clientlens.jar dev.clientlens.train.PolitenessExperiments}.
 */
final class PolitenessExperiments {
  private PolitenessExperiments() {}

  public static void main(String[] args) throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(PolitenessTrainer.DEFAULT_DATA)) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        rows.add(new String[] {row.get("Id"), row.get("Request"), row.get("Normalized Score")});
      }
    }
    rows.sort(Comparator.comparingDouble((String[] row) -> Double.parseDouble(row[2])).thenComparing(row -> row[0]));
    int quartile = (rows.size() + 3) / 4;
    Nlp nlp = new Nlp(Analyser.Models.load().nlp());
    List<List<Sentence>> texts = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (i < quartile || i >= rows.size() - quartile) {
        texts.add(nlp.sentences(rows.get(i)[1], Language.ENGLISH));
        labels.add(i >= quartile);
      }
    }
    Map<String, Function<List<Sentence>, List<String>>> sets = new LinkedHashMap<>();
    sets.put("words only (baseline)", PolitenessFeatures::bagOfWords);
    sets.put("strategies + words + pairs", PolitenessFeatures::of);
    sets.put("strategies only", s -> only(PolitenessFeatures.of(s), f -> f.startsWith("s:")));
    sets.put("strategies + words", s -> only(PolitenessFeatures.of(s), f -> !f.startsWith("p:")));
    sets.put("words + pairs", s -> only(PolitenessFeatures.of(s), f -> !f.startsWith("s:")));
    sets.put("strategies counted twice + words + pairs", PolitenessExperiments::strategiesTwice);
    sets.put("strategies + words + pairs + triples", PolitenessExperiments::triples);
    Map<String, List<Example>> examples = new LinkedHashMap<>();
    sets.forEach((name, features) -> {
      List<Example> list = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        list.add(new Example(features.apply(texts.get(i)), labels.get(i)));
      }
      examples.put(name, list);
    });
    for (var entry : examples.entrySet()) {
      run(entry.getKey(), entry.getValue(), PolitenessTrainer.PARAMETERS);
    }
    for (String name : List.of("words only (baseline)", "strategies + words + pairs")) {
      for (double l2 : new double[] {1, 3, 30}) {
        run(name, examples.get(name), with(l2, 3, 300));
      }
      for (int cutoff : new int[] {1, 5}) {
        run(name, examples.get(name), with(10, cutoff, 300));
      }
      run(name, examples.get(name), with(1, 1, 1000));
    }
  }

  private static Parameters with(double l2, int cutoff, int iterations) {
    return new Parameters(l2, cutoff, iterations, PolitenessTrainer.FIXED);
  }

  private static void run(String name, List<Example> examples, Parameters p) throws Exception {
    PolitenessTrainer.CrossValidation cv = PolitenessTrainer.crossValidate(examples, p);
    System.out.printf(Locale.ROOT, "| %s | L2 %s, cutoff %d, %d iterations | %.1f%% ± %.1f%% |%n", name, p.l2Cost(),
        p.cutoff(), p.iterations(), 100 * cv.mean(), 100 * cv.stdDev());
  }

  private static List<String> only(List<String> features, java.util.function.Predicate<String> keep) {
    return features.stream().filter(keep).toList();
  }

  private static List<String> strategiesTwice(List<Sentence> sentences) {
    List<String> features = new ArrayList<>(PolitenessFeatures.of(sentences));
    for (String feature : PolitenessFeatures.of(sentences)) {
      if (feature.startsWith("s:")) {
        features.add("s2:" + feature);
      }
    }
    return features;
  }

  private static List<String> triples(List<Sentence> sentences) {
    Set<String> features = new LinkedHashSet<>(PolitenessFeatures.of(sentences));
    for (Sentence sentence : sentences) {
      List<String> w = sentence.tokens().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
      for (int i = 0; i + 2 < w.size(); i++) {
        features.add("t:" + w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2));
      }
    }
    return new ArrayList<>(features);
  }
}
