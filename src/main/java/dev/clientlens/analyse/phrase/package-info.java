/**
 * Word sequences with values, found in a sentence in one pass ({@code PhraseTable}): shared by the
 * deadline words and the politeness strategies and lexicon.
 */
package dev.clientlens.analyse.phrase;
