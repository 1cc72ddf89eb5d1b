package dev.clientlens.filter;

import dev.clientlens.domain.CountedAs;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.domain.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weighs the signs of machine-sent and bulk mail ({@link AutomatedMail#signs}, recipients) against the
 * correspondence: such mail from an address we never wrote to is automated or bulk. An address we wrote to
 * is a person to us, whatever its mail looks like; only the signs that settle it alone make its mail
 * automated, unless it sends the same kind of machine mail over and over ({@link #template}). Fed all of
 * the mail first, then asked about each message from outside.
 */
public final class Senders {
  /** A sender we wrote to that sends machine mail over and over: at least this many messages, */
  static final int TEMPLATE_MESSAGES = 10;
  /** this share of them or more with machine signs, */
  static final double TEMPLATE_SHARE = 0.8;
  /** and at most this many of ours for each of its messages. */
  static final double TEMPLATE_ANSWERED = 0.1;

  private final Map<EmailAddress, Integer> writtenTo = new HashMap<>();
  private final Map<EmailAddress, int[]> theirs = new HashMap<>();

  /** Our message to these recipients. */
  public void observeOurs(List<Mailbox> to, List<Mailbox> cc) {
    to.forEach(m -> writtenTo.merge(m.address(), 1, Integer::sum));
    cc.forEach(m -> writtenTo.merge(m.address(), 1, Integer::sum));
  }

  /** A message from outside, and whether it showed a sign of a machine. */
  public void observeTheirs(Mailbox sender, boolean machineSign) {
    int[] tally = theirs.computeIfAbsent(sender.address(), k -> new int[2]);
    tally[0]++;
    tally[1] += machineSign ? 1 : 0;
  }

  /** More recipients in To and Cc than a person writes to about work with one outside firm. */
  public static final int MANY_RECIPIENTS = 15;

  /**
   * The verdict for a message from outside whose sender never heard from us: automated when it shows a
   * sign of a machine ({@code machineSigns}), bulk when it went to a list or to many people rather than to
   * us; empty when it may be a person's mail to us, and always for a sender we wrote to.
   */
  public Optional<Verdict> judge(Mailbox sender, List<String> machineSigns, int recipients, boolean addressedToUs) {
    int ours = writtenTo.getOrDefault(sender.address(), 0);
    if (ours > 0) {
      return template(sender, machineSigns, ours);
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

  /**
   * A sender we wrote to is a machine only when it sends the same kind of mail over and over: at least
   * {@value #TEMPLATE_MESSAGES} messages, {@value #TEMPLATE_SHARE} of them or more with machine signs, and
   * at most one of ours for every ten of them (a notification address someone once wrote to).
   */
  private Optional<Verdict> template(Mailbox sender, List<String> machineSigns, int ours) {
    int[] tally = theirs.getOrDefault(sender.address(), new int[2]);
    if (machineSigns.isEmpty() || tally[0] < TEMPLATE_MESSAGES || tally[1] < TEMPLATE_SHARE * tally[0]
        || ours > TEMPLATE_ANSWERED * tally[0]) {
      return Optional.empty();
    }
    return Optional.of(new Verdict(CountedAs.AUTOMATED, tally[1] + " of its " + tally[0] + " messages show "
        + String.join(", ", machineSigns) + ", and we wrote to it only " + (ours == 1 ? "once" : ours + " times")));
  }
}
