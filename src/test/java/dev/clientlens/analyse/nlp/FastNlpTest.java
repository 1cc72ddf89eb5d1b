package dev.clientlens.analyse.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.cue.CueDetector;
import dev.clientlens.analyse.deadline.Deadline;
import dev.clientlens.analyse.politeness.Politeness;
import dev.clientlens.domain.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast NLP path against OpenNLP's own tools, over the labelled cue sentences of both languages and
 * the same text again (so every remembered tokenizer decision is read back): the maxent evaluator gives
 * the same best outcome and probabilities within 1e-9 for every context the tokenizer and the tagger
 * produce, and the language detector the same language; the remembering tokenizer gives the same tokens; the tagger deciding tags as they are read
 * gives the same tags as {@code POSTaggerME}, and decides no more of them than were read.
 */
class FastNlpTest {
  private static final String EN = "en";
  private static final String NB = "nb";

  static Stream<Arguments> languages() {
    return Stream.of(Arguments.of(EN), Arguments.of(NB));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void theEvaluatorDecidesAsTheTokenizerModel(String language) throws IOException {
    TokenizerModel tokens = tokenizerModel(language);
    MaxentModel model = tokens.getMaxentModel();
    FastMaxent fast = assertInstanceOf(FastMaxent.class, FastMaxent.of(model));
    TokenContextGenerator contexts = tokens.getFactory().getContextGenerator();
    int compared = 0;
    for (String sentence : sentences(language)) {
      for (Span piece : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
        String text = piece.getCoveredText(sentence).toString();
        for (int j = 1; j < text.length(); j++) {
          compare(model, fast, contexts.getContext(text, j));
          compared++;
        }
      }
    }
    assertTrue(compared > 4_000, "only " + compared + " contexts");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void theEvaluatorDecidesAsTheTaggerModel(String language) throws IOException {
    POSModel pos = NlpModels.greedy(posModel(language));
    MaxentModel model = (MaxentModel) pos.getArtifact("pos.model");
    FastMaxent fast = assertInstanceOf(FastMaxent.class, FastMaxent.of(model));
    POSContextGenerator contexts = pos.getFactory().getPOSContextGenerator(1);
    POSTaggerME tagger = new POSTaggerME(pos);
    TokenizerME tokenizer = new TokenizerME(tokenizerModel(language));
    int compared = 0;
    for (String sentence : sentences(language)) {
      String[] words = tokenizer.tokenize(sentence);
      String[] tags = tagger.tag(words);
      for (int i = 0; i < words.length; i++) {
        compare(model, fast, contexts.getContext(i, words, java.util.Arrays.copyOf(tags, i), new Object[0]));
        compared++;
      }
    }
    assertTrue(compared > 4_000, "only " + compared + " contexts");
  }

  private static void compare(MaxentModel model, FastMaxent fast, String[] context) {
    double[] expected = model.eval(context);
    double[] probabilities = fast.eval(context);
    String where = String.join(" ", context);
    assertEquals(model.getBestOutcome(expected), model.getOutcome(fast.best(context)), where);
    assertEquals(model.getBestOutcome(expected), fast.getBestOutcome(probabilities), where);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], probabilities[i], 1e-9, where);
    }
  }

  @Test
  void theLanguageIsTheDetectorsLanguage() throws IOException {
    LanguageDetectorModel model;
    try (InputStream in = FastNlpTest.class.getResourceAsStream(NlpModels.LANGDETECT)) {
      model = new LanguageDetectorModel(in);
    }
    LanguageDetectorME detector = new LanguageDetectorME(model);
    FastLanguageDetector fast = new FastLanguageDetector(model);
    List<String> texts = new ArrayList<>(sentences(EN));
    texts.addAll(sentences(NB));
    texts.addAll(List.of("Können Sie mir bitte das Angebot bis Freitag schicken?",
        "Merci beaucoup pour votre réponse rapide, à bientôt.", "Kan du skicka fakturan innan fredag?",
        "Tak for sidst, vi ses på mandag.", "¿Puedes enviarme el informe mañana?", "ok", "12:00 15.05.2025",
        "Dette er en lengre tekst. This is a mixed text, half Norwegian and half English, to be hard."));
    // Several sentences together, as the scan reads up to its first 600 characters.
    for (int i = 0; i + 4 < texts.size(); i += 5) {
      texts.add(String.join(" ", texts.subList(i, i + 5)));
    }
    int differentFromEnglish = 0;
    for (String text : texts) {
      String expected = detector.predictLanguage(text).getLang();
      assertEquals(expected, fast.predict(text), text);
      if (!expected.equals("eng")) {
        differentFromEnglish++;
      }
    }
    assertTrue(differentFromEnglish > 100, differentFromEnglish + " texts not English");
  }

  @Test
  void aTieOrAnOverflowIsLeftToTheModel() {
    // Outcome 0 and 1 tie on "tie"; on "huge" OpenNLP's exp overflows and it answers the first outcome.
    Context tie = new Context(new int[] {0, 1}, new double[] {2.5, 2.5});
    Context huge = new Context(new int[] {1}, new double[] {5_000});
    GISModel model = new GISModel(new Context[] {tie, huge}, new String[] {"tie", "huge"},
        new String[] {"first", "second", "third"});
    FastMaxent fast = assertInstanceOf(FastMaxent.class, FastMaxent.of(model));
    for (String[] context : List.of(new String[] {"tie"}, new String[] {"huge"}, new String[] {"tie", "huge"})) {
      double[] expected = model.eval(context);
      assertEquals(model.getBestOutcome(expected), model.getOutcome(fast.best(context)), context[0]);
      assertArrayEquals(expected, fast.eval(context), 0, context[0]);
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void rememberedTokensAreTheTokenizersTokens(String language) throws IOException {
    TokenizerModel model = tokenizerModel(language);
    TokenizerME tokenizer = new TokenizerME(model);
    CachedTokenizer cached = new CachedTokenizer(model);
    List<String> sentences = sentences(language);
    sentences.addAll(List.of("Vi trenger den f.eks. til styremøtet kl. 14 , bl.a. for (dvs. ) o.l.",
        "I can't, won't and cannot do it--e.g. \"today\"... (see www.example.com/x?y=1) or $5.00/hr!!"));
    for (int round = 0; round < 2; round++) {
      for (String sentence : sentences) {
        assertArrayEquals(tokenizer.tokenize(sentence), cached.tokenize(sentence), sentence);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void tagsDecidedWhenReadAreTheTaggersTags(String language) throws IOException {
    POSModel pos = NlpModels.greedy(posModel(language));
    POSTaggerME tagger = new POSTaggerME(pos);
    GreedyTagger greedy = new GreedyTagger(pos);
    TokenizerME tokenizer = new TokenizerME(tokenizerModel(language));
    for (String sentence : sentences(language)) {
      String[] words = tokenizer.tokenize(sentence);
      String[] expected = tagger.tag(words);
      for (int i = 0; i < expected.length; i++) {
        expected[i] = expected[i].toUpperCase(java.util.Locale.ROOT);
      }
      // Read in order, then read the last tag first: both give the whole sentence's tags.
      assertEquals(List.of(expected), new ArrayList<>(greedy.lazily(words)), sentence);
      LazyTags backwards = greedy.lazily(words);
      if (words.length > 0) {
        assertEquals(expected[words.length - 1], backwards.get(words.length - 1), sentence);
      }
      assertEquals(List.of(expected), backwards, sentence);
    }
  }

  @Test
  void onlyTheTagsReadAreDecided() {
    Nlp nlp = new Nlp(Analyser.Models.load().nlp());
    Sentence sentence = nlp.sentences("Please send the final report to the whole board by Friday.", Language.ENGLISH)
        .get(0);
    LazyTags tags = assertInstanceOf(LazyTags.class, sentence.tags());
    assertEquals(0, tags.decidedCount());
    tags.get(2);
    assertEquals(3, tags.decidedCount());
  }

  @Test
  void aSentenceWhoseRulesReadTagsGetsThem() throws IOException {
    Analyser.Models models = Analyser.Models.load();
    Nlp nlp = new Nlp(models.nlp());
    CueDetector detector = models.cues();
    Politeness politeness = models.politeness();
    POSTaggerME tagger = new POSTaggerME(NlpModels.greedy(posModel(EN)));
    int needTags = 0;
    for (String text : sentences(EN)) {
      for (Sentence lazy : nlp.sentences(text, Language.ENGLISH)) {
        List<String> tags = new ArrayList<>();
        for (String tag : tagger.tag(lazy.tokens().toArray(new String[0]))) {
          tags.add(tag.toUpperCase(java.util.Locale.ROOT));
        }
        Sentence tagged = new Sentence(lazy.text(), lazy.tokens(), tags, Language.ENGLISH);
        // Every word a pronoun, never an imperative: a rule that reads a tag sees a different sentence.
        Sentence mistagged = new Sentence(lazy.text(), lazy.tokens(),
            java.util.Collections.nCopies(tags.size(), "PRON"), Language.ENGLISH);
        assertEquals(detector.cues(tagged), detector.cues(lazy), text);
        assertEquals(politeness.score(List.of(tagged), Language.ENGLISH),
            politeness.score(List.of(lazy), Language.ENGLISH), text);
        if (!detector.cues(tagged).equals(detector.cues(mistagged))) {
          needTags++;
          assertTrue(((LazyTags) lazy.tags()).decidedCount() > 0, text);
        }
      }
    }
    assertTrue(needTags >= 5, needTags + " sentences whose cues depend on their tags");
  }

  @Test
  void textReadOnlyForDeadlinesIsNotTagged() {
    Analyser.Models models = Analyser.Models.load();
    Nlp nlp = new Nlp(models.nlp());
    for (Language language : List.of(Language.ENGLISH, Language.NORWEGIAN)) {
      String text = language == Language.ENGLISH ? "Thanks. I will send the revised draft by Friday 3pm."
          : "Takk. Jeg sender det reviderte utkastet innen fredag kl. 15.";
      List<Sentence> sentences = nlp.sentences(text, language);
      List<Deadline> found = models.deadlines().find(sentences, java.time.OffsetDateTime.parse("2025-05-12T09:00+02:00"));
      assertEquals(1, found.size(), text);
      for (Sentence sentence : sentences) {
        assertEquals(0, ((LazyTags) sentence.tags()).decidedCount(), sentence::text);
      }
    }
  }

  /** The labelled sentences of the cue tests in one language, split into sentences as the scan does. */
  static List<String> sentences(String language) {
    List<String> files = language.equals(EN) ? List.of("en.tsv", "en-real-mail.tsv") : List.of("nb.tsv");
    SentenceDetectorME detector;
    try (InputStream in = FastNlpTest.class.getResourceAsStream(
        language.equals(EN) ? NlpModels.EN_SENTENCES : NlpModels.NB_SENTENCES)) {
      detector = new SentenceDetectorME(new SentenceModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> sentences = new ArrayList<>();
    for (String file : files) {
      for (String line : lines("/cues/" + file)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String text = line.split("\t", -1)[0].strip();
        for (Span span : detector.sentPosDetect(text)) {
          sentences.add(span.getCoveredText(text).toString().strip());
        }
      }
    }
    return sentences;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = FastNlpTest.class.getResourceAsStream(resource)) {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TokenizerModel tokenizerModel(String language) throws IOException {
    try (InputStream in = FastNlpTest.class.getResourceAsStream(
        language.equals(EN) ? NlpModels.EN_TOKENS : NlpModels.NB_TOKENS)) {
      return new TokenizerModel(in);
    }
  }

  private static POSModel posModel(String language) throws IOException {
    try (InputStream in = FastNlpTest.class.getResourceAsStream(
        language.equals(EN) ? NlpModels.EN_POS : NlpModels.NB_POS)) {
      return new POSModel(in);
    }
  }
}
