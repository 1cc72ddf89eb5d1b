package dev.clientlens.generate;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;

/**
 * One client that behaves as another archetype from a given month on (Oslo time): from then on every message,
 * in new conversations and in those already running, is timed and worded as the new archetype would, with the
 * same people, addresses and share of the threads. The ground truth keeps the original archetype and says when
 * it changed.
 *
 * @param client the client key as {@code expected-clients.csv} gives it ({@code acme.no}, or a freemail address)
 * @param archetype the archetype from then on: {@code none}, {@code hands_on}, {@code untrusting} or
 *     {@code diy_expert}
 * @param from the first month of the new behaviour
 */
public record ArchetypeChange(String client, String archetype, YearMonth from) {
  public ArchetypeChange {
    if (client == null || client.isBlank()) {
      throw new IllegalArgumentException("archetype change: a client key is required");
    }
    Objects.requireNonNull(from, "from");
    if (Arrays.stream(Archetype.values()).noneMatch(a -> a.label().equals(archetype))) {
      throw new IllegalArgumentException("archetype change: unknown archetype '" + archetype
          + "' (expected none, hands_on, untrusting or diy_expert)");
    }
  }

  /**
   * Reads {@code CLIENT:ARCHETYPE:YYYY-MM}, as {@code generate --change-archetype} takes it.
   *
   * @throws IllegalArgumentException naming the accepted form
   */
  public static ArchetypeChange parse(String text) {
    int last = text.lastIndexOf(':');
    int middle = last < 0 ? -1 : text.lastIndexOf(':', last - 1);
    String form = "expected CLIENT:ARCHETYPE:YYYY-MM, e.g. acme.no:hands_on:2025-07";
    if (middle <= 0) {
      throw new IllegalArgumentException("'" + text + "' is not an archetype change (" + form + ")");
    }
    YearMonth month;
    try {
      month = YearMonth.parse(text.substring(last + 1).strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "': not a month (" + form + ")");
    }
    return new ArchetypeChange(text.substring(0, middle).strip(), text.substring(middle + 1, last).strip(), month);
  }

  Archetype target() {
    return Arrays.stream(Archetype.values()).filter(a -> a.label().equals(archetype)).findFirst().orElseThrow();
  }
}
