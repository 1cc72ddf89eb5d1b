package dev.clientlens.parse;

import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rest of the pipeline needs of one message: who, when, which thread, the headers the filters
 * look at, and the text the sender wrote (quotes and signatures removed). The text is held only while
 * the message passes through the pipeline; it is never written to a report.
 *
 * @param location where the message was read (see {@code RawMessage.location})
 * @param folder the folder it was read from
 * @param role the folder's role, upgraded to {@code SENT} by a Gmail "Sent" label
 * @param messageId the Message-ID without angle brackets, or empty when it has none
 * @param date the date with the offset it was written with, when one could be found
 * @param dateSource where {@code date} came from
 * @param inReplyTo the first Message-ID of In-Reply-To, or empty
 * @param references Message-IDs of References, oldest first
 * @param signals lower-cased header names the filters use, mapped to their (unfolded) values
 * @param text the visible text the sender wrote (empty from a parser told not to cut it, see {@link MessageParser})
 * @param body the whole visible text, quotes, signatures and footers included: what copies of one message
 *     share and what a machine's footer is found in; never analysed for tone
 * @param closing the words of a closing of thanks that was cut with the signature ("Thanks so much!"),
 *     never the name or contact lines after them; empty when the mail closed otherwise. Read for tone
 *     with the text, not part of it.
 * @param attachments file names of attached parts (listed, never read)
 * @param notes what was degraded while parsing (an unknown charset, an unreadable part)
 */
public record ParsedMessage(
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
    Map<String, String> signals,
    String text,
    String body,
    String closing,
    List<String> attachments,
    List<String> notes) {

  /** Where a message's time came from, best first. */
  public enum DateSource {
    HEADER,
    RECEIVED,
    DELIVERY,
    NONE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ParsedMessage {
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
    if (date.isPresent() == (dateSource == DateSource.NONE)) {
      throw new IllegalArgumentException("parsed message: date and dateSource disagree at " + location);
    }
    Objects.requireNonNull(inReplyTo, "inReplyTo");
    references = List.copyOf(references);
    signals = Map.copyOf(signals);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(closing, "closing");
    attachments = List.copyOf(attachments);
    notes = List.copyOf(notes);
  }

  /** A filter header's value, if the message has it. */
  public Optional<String> signal(String headerName) {
    return Optional.ofNullable(signals.get(headerName.toLowerCase(Locale.ROOT)));
  }

  /** Every recipient, To before Cc. */
  public List<Mailbox> recipients() {
    if (cc.isEmpty()) {
      return to;
    }
    return java.util.stream.Stream.concat(to.stream(), cc.stream()).toList();
  }
}
