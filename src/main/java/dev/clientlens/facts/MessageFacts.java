package dev.clientlens.facts;

import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.domain.Verdict;
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
 * @param recipients how many addresses To and Cc held, before {@code to} and {@code cc} were cut
 * @param contentDigest what copies of this message share ({@code Duplicates.digest}), or empty
 * @param machineSigns signs that a machine or a mailing sent it, in words ({@code AutomatedMail.signs})
 * @param earlyVerdict the verdict of the header rules, when they already decided
 * @param analysis what the language analysis found in the text ({@link TextAnalysis#NONE} when skipped)
 */
public record MessageFacts(
    String location,
    String folder,
    FolderRole role,
    String messageId,
    Optional<Mailbox> from,
    List<Mailbox> to,
    List<Mailbox> cc,
    int recipients,
    String subject,
    Optional<OffsetDateTime> date,
    DateSource dateSource,
    String inReplyTo,
    List<String> references,
    int attachments,
    List<String> notes,
    String contentDigest,
    List<String> machineSigns,
    Optional<Verdict> earlyVerdict,
    TextAnalysis analysis) {

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
    Objects.requireNonNull(contentDigest, "contentDigest");
    machineSigns = List.copyOf(machineSigns);
    if (recipients < to.size() + cc.size()) {
      throw new IllegalArgumentException("message facts: " + recipients + " recipients, but more kept at " + location);
    }
    Objects.requireNonNull(earlyVerdict, "earlyVerdict");
    Objects.requireNonNull(analysis, "analysis");
  }

  /** Recipients kept per header: enough to find the client among them, bounded for mailing blasts. */
  static final int MAX_RECIPIENTS = 25;
  /** References kept: the thread root and the nearest ancestors link a message as well as all of them. */
  static final int MAX_REFERENCES = 4;

  /**
   * Keeps what the report needs of a parsed message and drops its text. Long recipient and reference
   * lists are cut, so memory per message stays bounded however long a thread grows.
   */
  public static MessageFacts of(ParsedMessage message, String contentDigest, List<String> machineSigns,
      Optional<Verdict> earlyVerdict, TextAnalysis analysis) {
    return new MessageFacts(
        message.location(), message.folder(), message.role(), message.messageId(), message.from(),
        head(message.to(), MAX_RECIPIENTS), head(message.cc(), MAX_RECIPIENTS),
        message.to().size() + message.cc().size(), message.subject(), message.date(),
        message.dateSource(), message.inReplyTo(), rootAndNearest(message.references()),
        message.attachments().size(), message.notes(), contentDigest, machineSigns, earlyVerdict, analysis);
  }

  /** The same facts found at another location (a message of the second source of a scan, say). */
  public MessageFacts at(String newLocation) {
    return new MessageFacts(newLocation, folder, role, messageId, from, to, cc, recipients, subject, date, dateSource,
        inReplyTo, references, attachments, notes, contentDigest, machineSigns, earlyVerdict, analysis);
  }

  /**
   * What the aggregation keeps of a message while it threads the messages of its clients: identity,
   * links, subject, date and analysis. The recipients, notes, digest and machine signs go, so that a
   * part of the mailbox held for threading takes less memory.
   */
  public MessageFacts forAggregation() {
    return new MessageFacts(location, folder, role, messageId, from, List.of(), List.of(), 0, subject, date,
        dateSource, inReplyTo, references, attachments, List.of(), "", List.of(), earlyVerdict, analysis);
  }

  private static <T> List<T> head(List<T> list, int max) {
    return list.size() <= max ? list : list.subList(0, max);
  }

  private static List<String> rootAndNearest(List<String> references) {
    if (references.size() <= MAX_REFERENCES) {
      return references;
    }
    List<String> kept = new java.util.ArrayList<>(MAX_REFERENCES);
    kept.add(references.get(0));
    kept.addAll(references.subList(references.size() - (MAX_REFERENCES - 1), references.size()));
    return kept;
  }
}
