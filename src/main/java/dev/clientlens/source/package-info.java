/**
 * Reading mail: takes a Maildir, mbox file, tree of {@code .eml} files or an IMAP account (read-only:
 * EXAMINE and BODY.PEEK) and gives a stream of {@link dev.clientlens.source.RawMessage}s, one at a time,
 * in a stable order.
 */
package dev.clientlens.source;
