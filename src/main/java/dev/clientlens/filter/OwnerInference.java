package dev.clientlens.filter;

import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out whose mailbox this is when the user did not say: the IMAP login (when it is an address)
 * together with the dominant sender of the Sent folder; else every address that sent a fair share of the
 * Sent folder; or failing both the most frequent recipient of everything else. Fed one message at a time.
 */
public final class OwnerInference {
  /**
   * Everyone who sent at least this share of the Sent folder (and {@link #MIN_SENT} messages) is us: one
   * person's several addresses, or an assistant who writes from the mailbox.
   */
  static final double SENT_SHARE = 0.05;
  static final int MIN_SENT = 3;

  private final Map<EmailAddress, Integer> sentFrom = new HashMap<>();
  private final Map<EmailAddress, Integer> receivedBy = new HashMap<>();
  private final Set<EmailAddress> accounts = new TreeSet<>();
  private int sentMessages;

  /** The address an account was logged in as: it is ours. */
  public void observeAccount(EmailAddress account) {
    accounts.add(account);
  }

  public void observe(FolderRole role, Optional<Mailbox> from, List<Mailbox> to) {
    if (role == FolderRole.SENT) {
      sentMessages++;
      from.ifPresent(f -> sentFrom.merge(f.address(), 1, Integer::sum));
    } else {
      for (Mailbox recipient : to) {
        receivedBy.merge(recipient.address(), 1, Integer::sum);
      }
    }
  }

  /** How many messages of the Sent folder were observed. */
  public int sentMessages() {
    return sentMessages;
  }

  /** True when an account was observed (an IMAP login). */
  public boolean hasAccount() {
    return !accounts.isEmpty();
  }

  /** What was inferred, with the reason to show the user; empty when the mailbox gives no clue. */
  public record Inferred(Owner owner, String reason) {}

  public Optional<Inferred> infer(ClientKeys keys) {
    Optional<Map.Entry<EmailAddress, Integer>> sender = top(sentFrom);
    if (!accounts.isEmpty()) {
      Set<EmailAddress> addresses = new TreeSet<>(accounts);
      String reason = accounts.size() == 1 ? "the IMAP login" : "the IMAP logins";
      if (sender.isPresent()) {
        addresses.add(sender.get().getKey());
        reason += (accounts.contains(sender.get().getKey()) ? " and " : ", with " + sender.get().getKey() + " as ")
            + "the sender of " + sender.get().getValue() + " of " + sentMessages + " messages in the Sent folder";
      }
      return Optional.of(new Inferred(ownerOf(addresses, keys), reason));
    }
    if (sender.isPresent()) {
      List<Map.Entry<EmailAddress, Integer>> senders = sentFrom.entrySet().stream()
          .filter(e -> e.getValue() >= Math.max(MIN_SENT, SENT_SHARE * sentMessages))
          .sorted(Map.Entry.<EmailAddress, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .toList();
      if (senders.size() <= 1) {
        return Optional.of(new Inferred(ownerOf(sender.get().getKey(), keys),
            "the sender of " + sender.get().getValue() + " of " + sentMessages + " messages in the Sent folder"));
      }
      Set<EmailAddress> addresses = new TreeSet<>();
      senders.forEach(e -> addresses.add(e.getKey()));
      return Optional.of(new Inferred(ownerOf(addresses, keys), "the senders of the Sent folder ("
          + String.join(", ", senders.stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + " of "
          + sentMessages + " messages)"));
    }
    Optional<Map.Entry<EmailAddress, Integer>> recipient = top(receivedBy);
    return recipient.map(r -> new Inferred(ownerOf(r.getKey(), keys),
        "the most frequent recipient (" + r.getValue() + " messages); no Sent folder was found"));
  }

  private static Owner ownerOf(EmailAddress address, ClientKeys keys) {
    return ownerOf(Set.of(address), keys);
  }

  private static Owner ownerOf(Set<EmailAddress> addresses, ClientKeys keys) {
    Set<String> domains = new TreeSet<>();
    for (EmailAddress address : addresses) {
      if (!keys.isFreemail(address.domain())) {
        domains.add(ClientKeys.registrableDomain(address.domain()));
      }
    }
    return new Owner(addresses, domains);
  }

  /** Highest count; ties go to the alphabetically first address, so the answer is stable. */
  private static Optional<Map.Entry<EmailAddress, Integer>> top(Map<EmailAddress, Integer> counts) {
    return counts.entrySet().stream()
        .min((a, b) -> a.getValue().equals(b.getValue())
            ? a.getKey().compareTo(b.getKey())
            : Integer.compare(b.getValue(), a.getValue()));
  }
}
