package dev.clientlens.filter;

import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.CountedAs;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.domain.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a person's message is ours to clients, a client's to us, or internal, and which clients
 * it belongs to. Our mail counts for every client it was addressed to (To before Cc). A colleague's mail
 * (our domain, not our address) is internal: the report measures the owner's relationship with each client.
 */
public final class Correspondence {
  private final Owner owner;
  private final ClientKeys keys;

  public Correspondence(Owner owner, ClientKeys keys) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** A client a counted message belongs to, and the person on the client's side. */
  public record Party(ClientKey client, Mailbox counterpart) {
    public Party {
      Objects.requireNonNull(client, "client");
      Objects.requireNonNull(counterpart, "counterpart");
    }
  }

  /**
   * The verdict, and for counted mail the clients it counts for: the sender's for a client's mail, every
   * client among the recipients for ours, in the order they were addressed.
   */
  public record Judgement(Verdict verdict, List<Party> parties) {
    public Judgement {
      Objects.requireNonNull(verdict, "verdict");
      parties = List.copyOf(parties);
      if (verdict.countedAs().counted() == parties.isEmpty()) {
        throw new IllegalArgumentException("judgement: counted mail needs a client, other mail has none");
      }
    }

    public static Judgement notCounted(Verdict verdict) {
      return new Judgement(verdict, List.of());
    }

    static Judgement notCounted(CountedAs countedAs, String reason) {
      return notCounted(new Verdict(countedAs, reason));
    }

    /** The first client, for counted mail. */
    public Optional<ClientKey> client() {
      return parties.isEmpty() ? Optional.empty() : Optional.of(parties.get(0).client());
    }
  }

  public Judgement judge(Optional<Mailbox> from, List<Mailbox> to, List<Mailbox> cc) {
    if (from.isEmpty()) {
      return Judgement.notCounted(CountedAs.OTHER, "no sender address");
    }
    Mailbox sender = from.get();
    if (owner.isUs(sender.address())) {
      Map<ClientKey, Mailbox> clients = new LinkedHashMap<>();
      for (List<Mailbox> recipients : List.of(to, cc)) {
        for (Mailbox m : recipients) {
          if (!owner.isOurDomain(m.address()) && !owner.isUs(m.address()) && !keys.isLeftOut(m.address())) {
            clients.putIfAbsent(keys.keyOf(m.address()), m);
          }
        }
      }
      if (clients.isEmpty()) {
        boolean leftOut = Stream.concat(to.stream(), cc.stream()).anyMatch(m -> keys.isLeftOut(m.address()));
        return leftOut ? Judgement.notCounted(CountedAs.OTHER, "to addresses --clients leaves out")
            : Judgement.notCounted(CountedAs.INTERNAL, "from us to our own domains only");
      }
      List<Party> parties = new ArrayList<>();
      clients.forEach((client, person) -> parties.add(new Party(client, person)));
      String reason = "from us to " + parties.get(0).counterpart().address()
          + (parties.size() == 1 ? "" : " and " + (parties.size() - 1) + (parties.size() == 2 ? " more client" : " more clients"));
      return new Judgement(new Verdict(CountedAs.CLIENT_OUT, reason), parties);
    }
    if (owner.isOurDomain(sender.address())) {
      return Judgement.notCounted(CountedAs.INTERNAL, "from a colleague at our domain");
    }
    if (keys.isLeftOut(sender.address())) {
      return Judgement.notCounted(CountedAs.OTHER, "from an address --clients leaves out");
    }
    return new Judgement(new Verdict(CountedAs.CLIENT_IN, "from " + sender.address()),
        List.of(new Party(keys.keyOf(sender.address()), sender)));
  }
}
