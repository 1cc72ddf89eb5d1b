package dev.clientlens.aggregate;

import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.filter.Verdict;
import dev.clientlens.parse.ParsedMessage;
import dev.clientlens.parse.ParsedMessage.DateSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is kept of one message once its text has been analysed: everything the per-client figures and
 * the message report need, and no body text.
 *
 * @param earlyVerdict the verdict of the header and duplicate rules, when they already decided
 */
public record MessageFacts(
    String location,
    String folder,
    FolderRole role,
    String messageId,
    Optional<Mailbox> from,
    List<Mailbox> to,
    List<Mailbox> cc,
    String subject,
    Optional<OffsetDateTime> date,
    DateSource dateSource,
    String inReplyTo,
    List<String> references,
    int attachments,
    List<String> notes,
    Optional<Verdict> earlyVerdict) {

  public MessageFacts {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(from, "from");
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(inReplyTo, "inReplyTo");
    references = List.copyOf(references);
    notes = List.copyOf(notes);
    Objects.requireNonNull(earlyVerdict, "earlyVerdict");
  }

  /** Keeps what the report needs of a parsed message and drops its text. */
  public static MessageFacts of(ParsedMessage message, Optional<Verdict> earlyVerdict) {
    return new MessageFacts(
        message.location(), message.folder(), message.role(), message.messageId(), message.from(),
        message.to(), message.cc(), message.subject(), message.date(), message.dateSource(),
        message.inReplyTo(), message.references(), message.attachments().size(), message.notes(),
        earlyVerdict);
  }
}
