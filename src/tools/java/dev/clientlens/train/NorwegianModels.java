package dev.clientlens.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import opennlp.tools.formats.conllu.ConlluPOSSampleStream;
import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.formats.conllu.ConlluSentenceSampleStream;
import opennlp.tools.formats.conllu.ConlluStream;
import opennlp.tools.formats.conllu.ConlluTagset;
import opennlp.tools.formats.conllu.ConlluTokenSampleStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSEvaluator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorEvaluator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerEvaluator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.model.BaseModel;

/**
 * Trains the Norwegian Bokmål sentence detector, tokenizer and UPOS tagger from Universal Dependencies
 * CoNLL-U files, scores them on a held-out tenth of the sentences and writes them with their model card.
 */
public final class NorwegianModels {
  public static final String SENTENCES_FILE = "nb-sentences.bin";
  public static final String TOKENS_FILE = "nb-tokens.bin";
  public static final String POS_FILE = "nb-pos.bin";
  public static final String CARD_FILE = "nb-models.md";
  /** The data's licence, copied beside the models because they are derived from it. */
  public static final String LICENSE_FILE = "LICENSE-ud-norwegian-bokmaal.txt";

  static final String LANGUAGE = "nb";
  /** Sentence {@code i} (counting from 0 over all files in name order) is held out when i % 10 == 9. */
  static final int HOLD_OUT_EVERY = 10;
  /**
   * Sentences joined into one text per sentence-detector sample. The treebank's paragraphs average about
   * 12 sentences and mail paragraphs far fewer; 3, 5 and 10 score alike on held-out text.
   */
  static final int SENTENCES_PER_SAMPLE = 5;
  static final String END_OF_SENTENCE = ".!?";
  /** Whitespace tokens of letters and digits only are never split, in any alphabet. */
  static final Pattern ALPHANUMERIC = Pattern.compile("^[\\p{L}\\p{N}]+$");

  // Chosen on the held-out tenth: the perceptron beats maxent by about half a point for tags and a
  // fifth of a point for tokens, and trains faster; for sentences maxent does as well as the perceptron.
  // TrainingParameters is mutable, so each use gets its own.
  static TrainingParameters sentenceParameters() {
    return parameters("MAXENT", 100, 5);
  }

  static TrainingParameters tokenParameters() {
    return parameters("PERCEPTRON", 100, 1);
  }

  static TrainingParameters posParameters() {
    TrainingParameters parameters = parameters("PERCEPTRON", 100, 1);
    // tag by tag, as the scan tags (NlpModels): the held-out accuracy is then the accuracy in use
    parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, 1);
    return parameters;
  }

  /** How well the models did on sentences they were not trained on; F1 and accuracy in [0, 1]. */
  public record Evaluation(
      int trainSentences, int heldOutSentences, double sentenceF1, double tokenF1, double posAccuracy) {
    public Evaluation {
      if (trainSentences < 1 || heldOutSentences < 1) {
        throw new IllegalArgumentException("evaluation: needs sentences to train and to hold out, got "
            + trainSentences + " and " + heldOutSentences);
      }
      checkScore("sentenceF1", sentenceF1);
      checkScore("tokenF1", tokenF1);
      checkScore("posAccuracy", posAccuracy);
    }

    private static void checkScore(String name, double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("evaluation: " + name + " must be in [0, 1], got " + value);
      }
    }
  }

  private NorwegianModels() {}

  /**
   * Reads every {@code *.conllu} file in {@code conlluDir} (in name order), trains on nine sentences in
   * ten, evaluates on the tenth and writes {@value #SENTENCES_FILE}, {@value #TOKENS_FILE},
   * {@value #POS_FILE} and {@value #CARD_FILE} into {@code modelsDir}, with the data's
   * {@code LICENSE.txt} as {@value #LICENSE_FILE} when there is one.
   */
  public static Evaluation train(Path conlluDir, Path modelsDir) throws IOException {
    List<Path> files = conlluFiles(conlluDir);
    List<ConlluSentence> train = new ArrayList<>();
    List<ConlluSentence> heldOut = new ArrayList<>();
    int index = 0;
    for (Path file : files) {
      for (ConlluSentence sentence : read(file)) {
        (index % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1 ? heldOut : train).add(sentence);
        index++;
      }
    }
    if (heldOut.isEmpty()) {
      throw new IOException(conlluDir + ": too little data: " + index + " sentences, need at least "
          + HOLD_OUT_EVERY);
    }

    SentenceModel sentenceModel = trainSentences(train);
    TokenizerModel tokenModel = TokenizerME.train(new ConlluTokenSampleStream(stream(train)),
        new TokenizerFactory(LANGUAGE, Abbreviations.forTokens(), true, ALPHANUMERIC), tokenParameters());
    List<POSSample> treebankTags = readAll(posSamples(train));
    List<POSSample> posTrain = Imperatives.mixedInto(treebankTags, train);
    POSModel posModel = POSTaggerME.train(LANGUAGE, new CollectionObjectStream<>(posTrain), posParameters(),
        new POSTaggerFactory());

    Evaluation evaluation = evaluate(sentenceModel, tokenModel, posModel, train.size(), heldOut);
    Files.createDirectories(modelsDir);
    write(sentenceModel, modelsDir.resolve(SENTENCES_FILE));
    write(tokenModel, modelsDir.resolve(TOKENS_FILE));
    write(posModel, modelsDir.resolve(POS_FILE));
    String card = ModelCard.render(files, posTrain.size() - treebankTags.size(), evaluation);
    Files.writeString(modelsDir.resolve(CARD_FILE), card, StandardCharsets.UTF_8);
    Path license = conlluDir.resolve("LICENSE.txt");
    if (Files.isRegularFile(license)) {
      Files.copy(license, modelsDir.resolve(LICENSE_FILE), StandardCopyOption.REPLACE_EXISTING);
    }
    return evaluation;
  }

  private static Evaluation evaluate(SentenceModel sentenceModel, TokenizerModel tokenModel,
      POSModel posModel, int trainSentences, List<ConlluSentence> heldOut) throws IOException {
    SentenceDetectorEvaluator sentences =
        new SentenceDetectorEvaluator(new SentenceDetectorME(sentenceModel));
    sentences.evaluate(sentenceSamples(heldOut));
    TokenizerEvaluator tokens = new TokenizerEvaluator(new TokenizerME(tokenModel));
    tokens.evaluate(new ConlluTokenSampleStream(stream(heldOut)));
    POSEvaluator tags = new POSEvaluator(new POSTaggerME(posModel));
    tags.evaluate(posSamples(heldOut));
    return new Evaluation(trainSentences, heldOut.size(), sentences.getFMeasure().getFMeasure(),
        tokens.getFMeasure().getFMeasure(), tags.getWordAccuracy());
  }

  /**
   * The abbreviations are attached to the sentence model after training, not trained with: the treebank
   * has almost none of them, and their features only added noise there (held-out F1 fell from 0.914 to
   * 0.910, and dates such as "12. mars" were split). Attached, they still stop splits inside "f.eks.".
   */
  private static SentenceModel trainSentences(List<ConlluSentence> train) throws IOException {
    char[] ends = END_OF_SENTENCE.toCharArray();
    SentenceModel trained = SentenceDetectorME.train(LANGUAGE, sentenceSamples(train),
        new SentenceDetectorFactory(LANGUAGE, true, null, ends), sentenceParameters());
    return new SentenceModel(LANGUAGE, trained.getMaxentModel(), Map.of(),
        new SentenceDetectorFactory(LANGUAGE, true, Abbreviations.forSentences(), ends));
  }

  private static List<Path> conlluFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a directory of .conllu files");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(file -> file.getFileName().toString().endsWith(".conllu")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(dir + ": no .conllu files");
    }
    return files;
  }

  private static List<ConlluSentence> read(Path file) throws IOException {
    List<ConlluSentence> sentences = new ArrayList<>();
    try (ConlluStream stream = new ConlluStream(() -> Files.newInputStream(file))) {
      for (ConlluSentence sentence = stream.read(); sentence != null; sentence = stream.read()) {
        sentences.add(sentence);
      }
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": could not read CoNLL-U: " + e.getMessage(), e);
    }
    return sentences;
  }

  private static ObjectStream<ConlluSentence> stream(List<ConlluSentence> sentences) {
    return new CollectionObjectStream<>(sentences);
  }

  private static ConlluSentenceSampleStream sentenceSamples(List<ConlluSentence> sentences) {
    return new ConlluSentenceSampleStream(stream(sentences), SENTENCES_PER_SAMPLE);
  }

  private static ConlluPOSSampleStream posSamples(List<ConlluSentence> sentences) {
    return new ConlluPOSSampleStream(stream(sentences), ConlluTagset.U);
  }

  private static <T> List<T> readAll(ObjectStream<T> stream) throws IOException {
    List<T> all = new ArrayList<>();
    for (T item = stream.read(); item != null; item = stream.read()) {
      all.add(item);
    }
    return all;
  }

  private static TrainingParameters parameters(String algorithm, int iterations, int cutoff) {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    // One thread keeps training deterministic: the same data always gives the same scores.
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    return parameters;
  }

  private static void write(BaseModel model, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      model.serialize(out);
    } catch (IOException e) {
      throw new IOException(file + ": could not write model: " + e.getMessage(), e);
    }
  }
}
