/**
 * Reading mail: takes a Maildir, mbox file or tree of {@code .eml} files and gives a stream of
 * {@link dev.clientlens.source.RawMessage}s, one at a time, in a stable order.
 */
package dev.clientlens.source;
