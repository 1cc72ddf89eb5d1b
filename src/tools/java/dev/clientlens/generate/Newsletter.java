package dev.clientlens.generate;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A mailing list the owner subscribes to: bulk mail that must never be counted as a client's. */
record Newsletter(
    String name,
    String fromName,
    String address,
    String listId,
    Language language,
    ZoneId zone,
    LocalTime sendAt,
    int everyDays,
    boolean htmlOnly,
    List<String> headlines) {

  Newsletter {
    if (everyDays <= 0 || headlines.isEmpty()) {
      throw new IllegalArgumentException("newsletter " + name + ": needs a positive interval and headlines");
    }
    headlines = List.copyOf(headlines);
  }

  String domain() {
    return address.substring(address.indexOf('@') + 1);
  }
}
