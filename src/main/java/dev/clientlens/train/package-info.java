/** Rebuilds the project's own models from the training data in src/train/data. */
package dev.clientlens.train;
