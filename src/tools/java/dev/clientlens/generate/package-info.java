/**
 * Writes a deterministic synthetic mailbox (Maildir++ or mboxrd) together with its ground truth: who the
 * clients are, which archetype each was designed to show, and how every written file should be counted.
 * Takes {@link dev.clientlens.generate.GeneratorSettings}; gives files on disk and a
 * {@link dev.clientlens.generate.GroundTruth}. It stands outside the scan pipeline and depends on no stage.
 */
package dev.clientlens.generate;
