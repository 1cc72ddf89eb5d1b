/**
 * The command-line tools that are not part of the product: {@code generate} (the synthetic mailbox
 * generator) and {@code train} (the trainers of the models in {@code models/}), added to the command line
 * as {@link dev.clientlens.cli.Tool}s.
 */
package dev.clientlens.tools;
