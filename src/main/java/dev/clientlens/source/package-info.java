/**
 * Reading mail: takes an IMAP account (read-only: EXAMINE and BODY.PEEK) or a local export (a Maildir,
 * an mbox file, a message file, or a folder holding any mix of them at any depth, told apart by content)
 * and gives a stream of {@link dev.clientlens.source.RawMessage}s, one at a time, in a stable order.
 * What a local walk does not read (a symbolic link it does not follow, a special file) comes out as an
 * {@link dev.clientlens.source.UnreadableMessageException} with the reason. A message file's bytes are read
 * only when it is parsed (see {@link dev.clientlens.source.Limits}), so a source holds at most the message it
 * is reading.
 */
package dev.clientlens.source;
