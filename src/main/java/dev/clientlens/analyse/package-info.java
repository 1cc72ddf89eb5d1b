/**
 * Language analysis: takes the clean text of a client message (and the words of its closing of thanks,
 * read for tone as one more sentence) and gives its language, sentences with tokens and part-of-speech
 * tags, the cues each sentence shows, politeness and the deadlines it states. Domain code here never
 * imports OpenNLP directly except through the adapters {@code Nlp} and {@code NlpModels} and the ones
 * they use to run the models fast with the same results ({@code FastMaxent}, {@code CachedTokenizer},
 * {@code GreedyTagger}, {@code FastLanguageDetector}).
 */
package dev.clientlens.analyse;
