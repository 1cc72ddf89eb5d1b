/**
 * Natural-language processing for the analysis: takes text and gives its language and its sentences with
 * tokens and UPOS tags ({@code Sentence}), through {@code Nlp}, made per thread from the shared
 * {@code NlpModels}. One thin adapter per OpenNLP tool ({@code LanguageDetector}, {@code SentenceSplitter},
 * {@code WordTokenizer}, {@code PosTagger}), run fast with the same results by {@code FastMaxent},
 * {@code CachedTokenizer}, {@code GreedyTagger}, {@code LazyTags} and {@code FastLanguageDetector}; no other
 * package imports OpenNLP. {@code ModelResources} is the one reader of the analysis's model files.
 */
package dev.clientlens.analyse.nlp;
