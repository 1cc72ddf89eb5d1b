/**
 * Cue detection: takes a {@code Sentence} and gives the cues it shows, from the hand-written rule files
 * {@code models/cues-en.txt} and {@code cues-nb.txt}, compiled once into a {@code CueDetector}.
 */
package dev.clientlens.analyse.cue;
