package dev.clientlens.source;

import dev.clientlens.domain.EmailAddress;
import java.io.IOException;
import java.util.Optional;

/**
 * A stream of raw messages read one at a time, in a stable order, so memory does not grow with the
 * mailbox. {@link #next()} throws {@link UnreadableMessageException} for one message that could not be
 * read; the caller records it and calls {@code next()} again.
 */
public interface MessageSource extends AutoCloseable {

  /** The next message, or empty when the source is exhausted. */
  Optional<RawMessage> next() throws IOException;

  /**
   * Lets the source pass over messages an earlier scan already stored, without reading them. Sources
   * that cannot tell their messages apart before reading them ignore it.
   */
  default void passOver(KnownItems known) {}

  /**
   * A stamp for the whole source when one can be told cheaply (an mbox file: its size and time; a mail
   * tree: the times of its folders), so a completed earlier scan of the same stamp makes reading it again
   * unnecessary. Asked again after the source was read: a source that met something it could not read
   * then has none, and is read again next time.
   */
  default java.util.Optional<String> wholeStamp() {
    return java.util.Optional.empty();
  }

  /** How many messages the source holds, when that is cheap to know in advance (for the progress line). */
  default java.util.OptionalLong estimatedCount() {
    return java.util.OptionalLong.empty();
  }

  /**
   * The address of the mailbox's owner when the source knows it (the IMAP login), so the owner need
   * not be guessed from the mail.
   */
  default Optional<EmailAddress> account() {
    return Optional.empty();
  }

  /** A short description for messages to the user ({@code maildir /home/me/Mail}). */
  String describe();

  @Override
  void close() throws IOException;
}
