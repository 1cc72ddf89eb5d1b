package dev.clientlens.filter;

import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.CountedAs;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.domain.Verdict;
import dev.clientlens.facts.MessageFacts;
import dev.clientlens.facts.Replay;
import dev.clientlens.filter.Correspondence.Judgement;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * How every message of a scan counts: the one place that decides copies, the owner, the date window,
 * the correspondence (ours, a client's, internal) and automated senders by their behaviour, in that
 * order, over the messages in report order. {@link #foresight} guesses while the mail is read which
 * messages cannot count, so that they need not be analysed.
 */
public final class Counting {
  private final Optional<Owner> givenOwner;
  private final ClientKeys keys;
  private final Optional<LocalDate> since;
  private final Optional<LocalDate> until;
  private final List<EmailAddress> accounts;
  private final Consumer<String> notices;

  /**
   * @param givenOwner the owner from {@code --me} and {@code --my-domain}, or empty to infer it
   * @param accounts the accounts the sources log in to (a hint for the inference)
   * @param notices where the owner found, or how {@code --my-domain} was read, is told
   */
  public Counting(Optional<Owner> givenOwner, ClientKeys keys, Optional<LocalDate> since, Optional<LocalDate> until,
      List<EmailAddress> accounts, Consumer<String> notices) {
    this.givenOwner = Objects.requireNonNull(givenOwner, "givenOwner");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.since = Objects.requireNonNull(since, "since");
    this.until = Objects.requireNonNull(until, "until");
    this.accounts = List.copyOf(accounts);
    this.notices = Objects.requireNonNull(notices, "notices");
  }

  /**
   * The owner the messages were judged against, and how each message counts: judgement {@code i} is
   * that of message {@code i} of the replay judged. Judgements that are equal are one object, so a
   * million messages take a few megabytes here. {@code clientsWrittenTo}: the clients our counted mail
   * went to, which the store keeps as the next scan's first guess ({@link #foresight(Set)}).
   */
  public record Counted(Owner owner, List<Judgement> judgements, Set<ClientKey> clientsWrittenTo) {
    public Counted {
      Objects.requireNonNull(owner, "owner");
      judgements = List.copyOf(judgements);
      clientsWrittenTo = Set.copyOf(clientsWrittenTo);
    }

    public Judgement judgement(int index) {
      return judgements.get(index);
    }

    public CountedAs countedAs(int index) {
      return judgements.get(index).verdict().countedAs();
    }

    public int size() {
      return judgements.size();
    }
  }

  /** Sent-folder messages that must have been seen before the owner they show is used as a guess. */
  static final int GUESS_AFTER_SENT = 10;

  /** A new guess of the owner is made after this many more messages. */
  private static final int GUESS_EVERY = 64;

  /**
   * Without a login or a Sent folder, the owner is guessed from the recipients (as {@link #decide} infers
   * it) once this many messages were seen, and then after every as many more: counting the recipients
   * costs more than looking at a Sent folder's senders.
   */
  static final int GUESS_BY_RECIPIENTS_EVERY = 512;

  /** A guess, made while the mail is read, at how its messages will count (see {@link #foresight()}). */
  public Foresight foresight() {
    return foresight(Set.of());
  }

  /**
   * As {@link #foresight()}, knowing that we wrote to these clients before (as an earlier scan judged it),
   * so that their new mail is read for tone at once.
   */
  public Foresight foresight(Set<ClientKey> writtenToBefore) {
    return new Foresight(writtenToBefore);
  }

  /**
   * Guesses, from the messages read so far, which messages cannot count for a client, so that they need
   * not be analysed: outside the date window; internal by the owner (given, or inferred from the Sent
   * folder once it has shown {@value #GUESS_AFTER_SENT} messages, else from the recipients of every
   * {@value #GUESS_BY_RECIPIENTS_EVERY} messages, as {@link #decide} infers it); from an address we have
   * not written to so far, with signs of a machine, or to many recipients or not to us (what
   * {@link #decide} will call automated or bulk). It also guesses which clients we have written to, the
   * only ones whose mail is read for tone. A wrong guess costs time, never a wrong report: {@link #decide}
   * judges again from everything, and a counted message analysed too little is read again. Shared by the
   * workers.
   */
  public final class Foresight {
    private final OwnerInference inference = new OwnerInference();
    private final Set<EmailAddress> writtenTo = new HashSet<>();
    /** The clients of the addresses in {@code writtenTo}, and those an earlier scan found we wrote to. */
    private final Set<ClientKey> clientsWrittenTo = new HashSet<>();
    private Optional<Owner> owner = givenOwner;
    /** The correspondence of the owner as guessed now; made again only when the guess changes. */
    private Correspondence correspondence = new Correspondence(givenOwner.orElse(Owner.unknown()), keys);
    private int observed;

    private Foresight(Set<ClientKey> writtenToBefore) {
      accounts.forEach(inference::observeAccount);
      clientsWrittenTo.addAll(writtenToBefore);
    }

    /** A message read: its role and addresses feed the guesses. */
    public synchronized void observe(FolderRole role, Optional<Mailbox> from, List<Mailbox> to, List<Mailbox> cc) {
      if (givenOwner.isEmpty()) {
        inference.observe(role, from, to);
        observed++;
        boolean bySent = inference.hasAccount() || inference.sentMessages() >= GUESS_AFTER_SENT;
        if (bySent ? observed % GUESS_EVERY == 0 : observed % GUESS_BY_RECIPIENTS_EVERY == 0) {
          Optional<Owner> guess = inference.infer(keys).map(OwnerInference.Inferred::owner);
          if (!guess.equals(owner)) {
            owner = guess;
            correspondence = new Correspondence(owner.orElse(Owner.unknown()), keys);
          }
        }
      }
      if (isOurs(role, from)) {
        for (List<Mailbox> recipients : List.of(to, cc)) {
          for (Mailbox m : recipients) {
            writtenTo.add(m.address());
            clientsWrittenTo.add(keys.keyOf(m.address()));
          }
        }
      }
    }

    /**
     * True when we have written to the sender's client as far as is known: only then can the client be
     * two-way, and only a two-way client's mail is read for tone ({@link Judged}).
     */
    public synchronized boolean wroteToClientOf(Optional<Mailbox> from) {
      return from.isPresent() && clientsWrittenTo.contains(keys.keyOf(from.get().address()));
    }

    /** True when the message is ours as far as is known: in the Sent folder, or from the owner. */
    public synchronized boolean isOurs(FolderRole role, Optional<Mailbox> from) {
      return role == FolderRole.SENT || owner.isPresent() && from.map(f -> owner.get().isUs(f.address())).orElse(false);
    }

    /**
     * True when the message looks as if it cannot count for a client.
     *
     * @param recipients how many addresses To and Cc held, before {@code to} and {@code cc} were cut
     * @param machineSigns signs that a machine or a mailing sent it ({@code AutomatedMail.signs})
     */
    public synchronized boolean cannotCount(Optional<Mailbox> from, List<Mailbox> to, List<Mailbox> cc,
        int recipients, Optional<OffsetDateTime> date, List<String> machineSigns) {
      if (outsideWindow(date).isPresent() || from.isEmpty()) {
        return true;
      }
      Owner known = owner.orElse(Owner.unknown());
      Judgement judgement = correspondence.judge(from, to, cc);
      CountedAs countedAs = judgement.verdict().countedAs();
      if (!countedAs.counted()) {
        return true;
      }
      EmailAddress sender = from.get().address();
      if (countedAs != CountedAs.CLIENT_IN || keys.isListed(sender) || writtenTo.contains(sender)) {
        return false;
      }
      return !machineSigns.isEmpty() || recipients >= Senders.MANY_RECIPIENTS
          || !addressedToUs(known, to, cc, recipients);
    }
  }

  /** True when To or Cc names us or our domain, or the lists were cut (or nothing is known of the owner). */
  private static boolean addressedToUs(Owner owner, List<Mailbox> to, List<Mailbox> cc, int recipients) {
    boolean ownerKnown = !owner.addresses().isEmpty() || !owner.domains().isEmpty();
    boolean cut = recipients > to.size() + cc.size();
    return !ownerKnown || cut || Stream.concat(to.stream(), cc.stream())
        .anyMatch(m -> owner.isUs(m.address()) || owner.isOurDomain(m.address()));
  }

  /** Told each counted message's judgement as soon as it is final, on the last pass. */
  @FunctionalInterface
  public interface Judged {
    /**
     * @param writtenTo whether our counted mail went to the message's client: a client's mail with it is
     *     from a two-way client, the only kind scored, and so the only kind whose mail is read for tone
     */
    void judged(int index, MessageFacts facts, Judgement judgement, boolean writtenTo) throws IOException;
  }

  /**
   * Judges the messages, given in report order: the first copy of a message is the one that counts.
   * Reads them three times (twice when the owner is given) and keeps one judgement each.
   */
  public Counted decide(Replay messages) throws IOException {
    return decide(messages, (index, facts, judgement, writtenTo) -> { });
  }

  /** As {@link #decide(Replay)}, telling {@code judged} each counted message's judgement on the last pass. */
  public Counted decide(Replay messages, Judged judged) throws IOException {
    Judgements judgements = new Judgements(messages.size());
    Verdict[] early = new Verdict[messages.size()];
    Duplicates duplicates = new Duplicates(number -> seen(messages.get(number)));
    OwnerInference inference = new OwnerInference();
    accounts.forEach(inference::observeAccount);
    Senders senders = new Senders();
    // the clients our counted mail went to: final after step 3, since step 4 changes only mail from outside
    Set<ClientKey> writtenTo = new HashSet<>();
    Optional<Correspondence> known = givenOwner.map(owner -> new Correspondence(owner, keys));
    messages.forEach((i, f) -> {
      early[i] = copyOrHeaders(duplicates, i, f, judgements);
      if (known.isPresent()) {
        correspondence(i, f, early, known.get(), judgements, senders, writtenTo);
      } else if (early[i] == null) {
        inference.observe(f.role(), f.from(), f.to());
      }
    });
    Owner owner = givenOwner.isPresent() ? givenOwner.get() : inferred(inference);
    if (known.isEmpty()) {
      Correspondence correspondence = new Correspondence(owner, keys);
      messages.forEach((i, f) -> correspondence(i, f, early, correspondence, judgements, senders, writtenTo));
    }
    automatedByBehaviour(messages, judgements, senders, owner, writtenTo, judged);
    return new Counted(owner, Arrays.asList(judgements.all), writtenTo);
  }

  /** One judgement per message, equal ones shared. */
  private static final class Judgements {
    private final Judgement[] all;
    private final Map<Judgement, Judgement> distinct = new HashMap<>();

    Judgements(int size) {
      all = new Judgement[size];
    }

    void set(int index, Judgement judgement) {
      Judgement seen = distinct.putIfAbsent(judgement, judgement);
      all[index] = seen == null ? judgement : seen;
    }

    CountedAs countedAs(int index) {
      return all[index].verdict().countedAs();
    }

    Verdict shared(Verdict verdict) {
      return distinct.computeIfAbsent(Judgement.notCounted(verdict), j -> j).verdict();
    }
  }

  /** Step 1: a copy of an earlier message (by Message-ID or content), else the header rules' verdict, if any. */
  private static Verdict copyOrHeaders(Duplicates duplicates, int index, MessageFacts f, Judgements judgements)
      throws IOException {
    Optional<Verdict> verdict = duplicates.judge(index, seen(f)).or(f::earlyVerdict);
    return verdict.map(judgements::shared).orElse(null);
  }

  private static Duplicates.Seen seen(MessageFacts f) {
    return new Duplicates.Seen(f.messageId(), f.contentDigest(), f.date(), f.location());
  }

  /** Step 2: whose mailbox it is, from the mail that is neither a copy nor decided by its headers. */
  private Owner inferred(OwnerInference inference) {
    Optional<OwnerInference.Inferred> inferred = inference.infer(keys);
    if (inferred.isEmpty()) {
      notices.accept("owner: could not infer whose mailbox this is (no Sent folder, no recipients); "
          + "every sender is treated as a client; use --me or --my-domain");
      return Owner.unknown();
    }
    notices.accept("owner: inferred " + inferred.get().owner().describe() + " as "
        + inferred.get().reason() + "; use --me or --my-domain to say otherwise");
    return inferred.get().owner();
  }

  /**
   * Step 3: outside the --since/--until window, or ours, a client's or internal; and what the message
   * says of its outside sender, for step 4.
   */
  private void correspondence(int i, MessageFacts f, Verdict[] early, Correspondence correspondence,
      Judgements judgements, Senders senders, Set<ClientKey> writtenTo) {
    Judgement judgement = early[i] != null ? Judgement.notCounted(early[i])
        : outsideWindow(f.date())
            .map(reason -> Judgement.notCounted(new Verdict(CountedAs.OTHER, reason)))
            .orElseGet(() -> correspondence.judge(f.from(), f.to(), f.cc()));
    judgements.set(i, judgement);
    CountedAs countedAs = judgement.verdict().countedAs();
    if (countedAs == CountedAs.CLIENT_OUT) {
      senders.observeOurs(f.to(), f.cc());
      judgement.parties().forEach(party -> writtenTo.add(party.client()));
    } else if (countedAs == CountedAs.CLIENT_IN) {
      senders.observeTheirs(f.from().get(), !f.machineSigns().isEmpty());
    }
  }

  /**
   * Step 4: mail from outside that shows signs of a machine or a mailing, from an address we never
   * wrote to, is automated or bulk (see {@link Senders}); a sender --clients names is always a person.
   * With --my-domain only, everyone there is us: the notice says whose mail that made ours.
   */
  private void automatedByBehaviour(Replay messages, Judgements judgements, Senders senders, Owner owner,
      Set<ClientKey> writtenTo, Judged judged) throws IOException {
    boolean describe = givenOwner.isPresent() && owner.addresses().isEmpty();
    Map<String, Integer> ourSenders = new TreeMap<>();
    // only mail counted for a client can change here or be told of: the rest is not read again
    messages.forEach(i -> judgements.countedAs(i).counted(), (i, f) -> {
      CountedAs countedAs = judgements.countedAs(i);
      if (countedAs == CountedAs.CLIENT_OUT && describe) {
        ourSenders.merge(f.from().get().address().toString(), 1, Integer::sum);
      }
      if (countedAs == CountedAs.CLIENT_IN && !keys.isListed(f.from().get().address())) {
        senders.judge(f.from().get(), f.machineSigns(), f.recipients(), addressedToUs(owner, f.to(), f.cc(), f.recipients()))
            .ifPresent(verdict -> judgements.set(i, Judgement.notCounted(verdict)));
      }
      if (judgements.countedAs(i).counted()) {
        Judgement judgement = judgements.all[i];
        judged.judged(i, f, judgement, writtenTo.contains(judgement.client().get()));
      }
    });
    if (describe) {
      describeOurSenders(ourSenders, owner);
    }
  }

  /** With --my-domain only, everyone there is us: say whose mail that made ours. */
  private void describeOurSenders(Map<String, Integer> senders, Owner owner) {
    int total = senders.values().stream().mapToInt(Integer::intValue).sum();
    List<Map.Entry<String, Integer>> top = senders.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(3).toList();
    String domains = String.join(", ", new TreeSet<>(owner.domains()));
    String who = top.isEmpty() ? "none of it was found" : total + " messages to clients came from "
        + senders.size() + (senders.size() == 1 ? " address: " : " addresses, most from ")
        + String.join(", ", top.stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
    notices.accept("owner: mail from anyone at " + domains + " counts as ours (--my-domain without --me); " + who
        + "; give --me to count only your own");
  }

  /** Empty when the date is inside the --since/--until window, else the reason it is not. */
  private Optional<String> outsideWindow(Optional<OffsetDateTime> date) {
    if (since.isEmpty() && until.isEmpty()) {
      return Optional.empty();
    }
    if (date.isEmpty()) {
      return Optional.of("no date to place inside --since/--until");
    }
    LocalDate day = date.get().toLocalDate();
    if (since.isPresent() && day.isBefore(since.get())) {
      return Optional.of("before --since " + since.get());
    }
    if (until.isPresent() && day.isAfter(until.get())) {
      return Optional.of("after --until " + until.get());
    }
    return Optional.empty();
  }
}
