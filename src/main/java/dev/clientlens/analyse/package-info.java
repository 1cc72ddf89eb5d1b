/**
 * Language analysis: takes the clean text of a client message (and the words of its closing of thanks,
 * read for tone as one more sentence) and gives a {@code TextAnalysis}: its language, sentence count, the
 * cues its sentences show, politeness and the deadlines it states. {@code Analyser} wires the engines of
 * the sub-packages: {@code nlp} (language, sentences, tokens and tags, one adapter per OpenNLP tool, and
 * the one reader of every model file), {@code cue}, {@code politeness} and {@code deadline}. All their
 * models and word lists are read once, by {@code Analyser.Models.load}, and passed in.
 */
package dev.clientlens.analyse;
