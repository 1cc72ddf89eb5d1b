package dev.clientlens.aggregate;

import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.facts.MessageFacts;
import java.util.Objects;

/**
 * A message that counts for a client, as the aggregator needs it.
 *
 * @param inbound true for the client's mail to us, false for ours to the client
 * @param counterpart the client-side person: the sender of inbound mail, the first client recipient of ours
 */
public record CountedMessage(MessageFacts facts, ClientKey client, boolean inbound, Mailbox counterpart) {
  public CountedMessage {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(counterpart, "counterpart");
  }
}
