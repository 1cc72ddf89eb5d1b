package dev.clientlens.analyse.nlp;

import dev.clientlens.domain.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A text's language, sentences, tokens and tags, from one adapter per OpenNLP tool. The tools keep state
 * between calls, so each worker thread makes its own {@code Nlp} from the shared {@link NlpModels}.
 */
public final class Nlp {
  static final Detected ENGLISH = new Detected(Language.ENGLISH, "en");
  static final Detected NORWEGIAN = new Detected(Language.NORWEGIAN, "nb");

  private final LanguageDetector languages;
  private final SentenceSplitter splitter;
  private final WordTokenizer tokenizer;
  private final PosTagger tagger;

  public Nlp(NlpModels models) {
    languages = new LanguageDetector(models);
    splitter = new SentenceSplitter(models);
    tokenizer = new WordTokenizer(models);
    tagger = new PosTagger(models);
  }

  /** A detected language: one we analyse, or {@code OTHER} with the ISO 639 code that was detected. */
  public record Detected(Language language, String code) {}

  /**
   * The language of a text. OpenNLP's detector knows 103 languages; Danish, Nynorsk and Bokmål are
   * close, and short business mail is often taken for Danish, so those count as Norwegian here.
   */
  public Detected detect(String text) {
    return languages.detect(text);
  }

  /**
   * Sentences with tokens and UPOS tags; for other languages, sentences with tokens and tag {@code X}.
   * The tags are decided when read, from the left (see {@link LazyTags}): a text read only for its
   * deadlines is never tagged.
   */
  public List<Sentence> sentences(String text, Language language) {
    List<Sentence> result = new ArrayList<>();
    for (String sentence : splitter.split(text, language)) {
      sentence(sentence, language).ifPresent(result::add);
    }
    return result;
  }

  /** A text taken as one sentence, not split further (a closing line); empty when it has no tokens. */
  public Optional<Sentence> sentence(String text, Language language) {
    String flat = text.replace('\n', ' ').strip();
    String[] tokens = tokenizer.tokenize(flat, language);
    if (tokens.length == 0) {
      return Optional.empty();
    }
    return Optional.of(new Sentence(flat, Arrays.asList(tokens), tagger.tags(tokens, language), language));
  }
}
