package dev.clientlens.generate;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Everyone in the mailbox: the owner, the colleague, the clients (and the colleague as the last party, so
 * internal mail runs through the same conversation machinery), the newsletters, the owner's holidays.
 */
record Cast(
    Person owner,
    Person colleague,
    String company,
    List<String> ourDomains,
    List<Away> ownerHolidays,
    List<Party> parties,
    List<Newsletter> newsletters,
    List<Turn> turns) {

  /** From {@code from} on (Oslo time), party {@code party} is written as {@code becomes}. */
  record Turn(int party, YearMonth from, Party becomes) {}

  /** Bounces come from our own outgoing mail server. */
  static final Person MAILER_DAEMON =
      new Person("Mail Delivery System", null, "MAILER-DAEMON@mx.fjordlys.no", Mailer.OWNER, List.of());

  Cast {
    ourDomains = List.copyOf(ourDomains);
    ownerHolidays = List.copyOf(ownerHolidays);
    parties = List.copyOf(parties);
    newsletters = List.copyOf(newsletters);
    turns = List.copyOf(turns);
    for (int i = 0; i < parties.size(); i++) {
      if (parties.get(i).index() != i) {
        throw new IllegalArgumentException("cast: party " + parties.get(i).key() + " has index "
            + parties.get(i).index() + " at position " + i);
      }
    }
  }

  Cast(Person owner, Person colleague, String company, List<String> ourDomains, List<Away> ownerHolidays,
      List<Party> parties, List<Newsletter> newsletters) {
    this(owner, colleague, company, ourDomains, ownerHolidays, parties, newsletters, List.of());
  }

  Party party(int index) {
    return parties.get(index);
  }

  /** The party as it behaves at {@code at}: from the month of a turn on, its new self. */
  Party party(int index, Instant at) {
    YearMonth month = YearMonth.from(at.atZone(Planner.HOME));
    Party party = parties.get(index);
    for (Turn turn : turns) {
      if (turn.party() == index && !month.isBefore(turn.from())) {
        party = turn.becomes();
      }
    }
    return party;
  }

  /**
   * The same cast with the archetype changes applied: each named client gets a later self with the new
   * archetype's behaviour (its own timing noise from {@code seed}), and its ground truth says so.
   *
   * @throws IllegalArgumentException when a change names no client of this cast
   */
  Cast withChanges(List<ArchetypeChange> changes, long seed) {
    if (changes.isEmpty()) {
      return this;
    }
    List<Party> all = new java.util.ArrayList<>(parties);
    List<Turn> more = new java.util.ArrayList<>(turns);
    for (ArchetypeChange change : changes) {
      Party party = all.stream().filter(p -> p.isClient() && p.key().equals(change.client())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("archetype change: no client " + change.client()
              + " in this mailbox (the keys are those of expected-clients.csv for the same options)"));
      Party later = party.becoming(change.target(), Dice.of(seed, 13, party.index()));
      more.add(new Turn(party.index(), change.from(), later));
      all.set(party.index(), party.withMeant(party.meantToShow() + "; from " + change.from() + " on behaves as "
          + change.archetype()));
    }
    return new Cast(owner, colleague, company, ourDomains, ownerHolidays, all, newsletters, more);
  }
}
