package dev.clientlens.filter;

import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Mailbox;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a person's message is ours to a client, a client's to us, or internal, and which client
 * it belongs to. A colleague's mail (our domain, not our address) is internal: the report measures the
 * owner's relationship with each client.
 */
public final class Correspondence {
  private final Owner owner;
  private final ClientKeys keys;

  public Correspondence(Owner owner, ClientKeys keys) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** The verdict, and for counted mail the client and the client-side person. */
  public record Judgement(Verdict verdict, Optional<ClientKey> client, Optional<Mailbox> counterpart) {
    public Judgement {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(client, "client");
      Objects.requireNonNull(counterpart, "counterpart");
      if (verdict.countedAs().counted() != client.isPresent()) {
        throw new IllegalArgumentException("judgement: counted mail needs a client, other mail has none");
      }
    }

    static Judgement notCounted(CountedAs countedAs, String reason) {
      return new Judgement(new Verdict(countedAs, reason), Optional.empty(), Optional.empty());
    }
  }

  public Judgement judge(Optional<Mailbox> from, List<Mailbox> to, List<Mailbox> cc) {
    if (from.isEmpty()) {
      return Judgement.notCounted(CountedAs.OTHER, "no sender address");
    }
    Mailbox sender = from.get();
    if (owner.isUs(sender.address())) {
      Optional<Mailbox> external = firstExternal(to).or(() -> firstExternal(cc));
      if (external.isEmpty()) {
        return Judgement.notCounted(CountedAs.INTERNAL, "from us to our own domains only");
      }
      Mailbox client = external.get();
      return new Judgement(
          new Verdict(CountedAs.CLIENT_OUT, "from us to " + client.address()),
          Optional.of(keys.keyOf(client.address())),
          external);
    }
    if (owner.isOurDomain(sender.address())) {
      return Judgement.notCounted(CountedAs.INTERNAL, "from a colleague at our domain");
    }
    return new Judgement(
        new Verdict(CountedAs.CLIENT_IN, "from " + sender.address()),
        Optional.of(keys.keyOf(sender.address())),
        from);
  }

  private Optional<Mailbox> firstExternal(List<Mailbox> recipients) {
    return recipients.stream().filter(m -> !owner.isOurDomain(m.address()) && !owner.isUs(m.address())).findFirst();
  }
}
