/**
 * Politeness: takes a message's sentences and gives a score in [-1, 1] ({@code Politeness}), from the
 * trained English model {@code models/politeness-en.txt} and the Norwegian lexicon {@code politeness-nb.txt}.
 */
package dev.clientlens.analyse.politeness;
