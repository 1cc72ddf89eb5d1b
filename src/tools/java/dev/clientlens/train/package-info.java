/**
 * Rebuilds the project's own models from the training data in {@code src/tools/data}: takes annotated
 * corpora, gives model files for {@code models/} with a description of how they were made and how well
 * they score on held-out data.
 */
package dev.clientlens.train;
