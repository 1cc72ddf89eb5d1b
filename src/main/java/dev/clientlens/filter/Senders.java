package dev.clientlens.filter;

import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.Mailbox;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Weighs the signs of machine-sent and bulk mail ({@link AutomatedMail#signs}, recipients) against the
 * correspondence: such mail from an address we never wrote to is automated or bulk. An address we wrote to
 * is a person to us, whatever its mail looks like; only the signs that settle it alone make its mail
 * automated.
 * Fed all of our mail first, then asked about each message from outside.
 */
public final class Senders {
  private final Set<EmailAddress> writtenTo = new HashSet<>();

  /** Our message to these recipients. */
  public void observeOurs(List<Mailbox> to, List<Mailbox> cc) {
    to.forEach(m -> writtenTo.add(m.address()));
    cc.forEach(m -> writtenTo.add(m.address()));
  }

  /** True once we wrote to {@code address}. */
  public boolean wroteTo(EmailAddress address) {
    return writtenTo.contains(address);
  }

  /** More recipients in To and Cc than a person writes to about work with one outside firm. */
  public static final int MANY_RECIPIENTS = 15;

  /**
   * The verdict for a message from outside whose sender never heard from us: automated when it shows a
   * sign of a machine ({@code machineSigns}), bulk when it went to a list or to many people rather than to
   * us; empty when it may be a person's mail to us, and always for a sender we wrote to.
   */
  public Optional<Verdict> judge(Mailbox sender, List<String> machineSigns, int recipients, boolean addressedToUs) {
    if (writtenTo.contains(sender.address())) {
      return Optional.empty();
    }
    List<String> mailing = new ArrayList<>();
    if (!addressedToUs) {
      mailing.add("not addressed to us");
    }
    if (recipients >= MANY_RECIPIENTS) {
      mailing.add("sent to " + recipients + " recipients");
    }
    if (!machineSigns.isEmpty()) {
      List<String> all = new ArrayList<>(machineSigns);
      all.addAll(mailing);
      return Optional.of(new Verdict(CountedAs.AUTOMATED, "never written to by us, and " + String.join(", ", all)));
    }
    if (!mailing.isEmpty()) {
      return Optional.of(new Verdict(CountedAs.BULK, "never written to by us, and " + String.join(", ", mailing)));
    }
    return Optional.empty();
  }
}
