package dev.clientlens.generate;

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
    List<Newsletter> newsletters) {

  /** Bounces come from our own outgoing mail server. */
  static final Person MAILER_DAEMON =
      new Person("Mail Delivery System", null, "MAILER-DAEMON@mx.fjordlys.no", Mailer.OWNER, List.of());

  Cast {
    ourDomains = List.copyOf(ourDomains);
    ownerHolidays = List.copyOf(ownerHolidays);
    parties = List.copyOf(parties);
    newsletters = List.copyOf(newsletters);
    for (int i = 0; i < parties.size(); i++) {
      if (parties.get(i).index() != i) {
        throw new IllegalArgumentException("cast: party " + parties.get(i).key() + " has index "
            + parties.get(i).index() + " at position " + i);
      }
    }
  }

  Party party(int index) {
    return parties.get(index);
  }
}
