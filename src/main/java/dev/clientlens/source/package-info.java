/**
 * Reading mail: takes a Maildir, mbox file, tree of {@code .eml} files or an IMAP account (read-only:
 * EXAMINE and BODY.PEEK) and gives a stream of {@link dev.clientlens.source.RawMessage}s, one at a time,
 * in a stable order. A message file's bytes are read only when it is parsed (see {@link
 * dev.clientlens.source.Limits}), so a source holds at most the message it is reading.
 */
package dev.clientlens.source;
