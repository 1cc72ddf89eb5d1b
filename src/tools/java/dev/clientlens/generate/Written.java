package dev.clientlens.generate;

import java.time.Instant;
import java.util.List;

/**
 * A message as the next reply in its thread sees it: who wrote it to whom and when, its subject and
 * Message-ID, its own lines (greeting to disclaimer) and the one level of quote it carried, so a reply can
 * quote two levels deep without the thread keeping its whole history.
 */
record Written(
    Person author,
    Instant at,
    List<Person> to,
    List<Person> cc,
    String subject,
    String messageId,
    List<String> own,
    List<String> shallowQuote) {

  Written {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    own = List.copyOf(own);
    shallowQuote = List.copyOf(shallowQuote);
  }
}
