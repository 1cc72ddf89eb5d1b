package dev.clientlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.facts.MessageFacts;
import dev.clientlens.parse.ParsedMessage.DateSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The per-client series behind the HTML report's charts, counted by hand. */
class ClientActivityTest {
  private static final Mailbox KARI = new Mailbox(EmailAddress.parse("kari@acme.no").orElseThrow(), "Kari");
  private static final ClientKey ACME = new ClientKey("acme.no");

  private static CountedMessage message(String id, String date, boolean inbound, List<String> references) {
    MessageFacts facts = new MessageFacts("loc-" + id, "INBOX", FolderRole.INBOX, id, Optional.of(KARI), List.of(),
        List.of(), 0, "Plan", Optional.ofNullable(date).map(OffsetDateTime::parse), DateSource.HEADER,
        references.isEmpty() ? "" : references.get(references.size() - 1), references, 0, List.of(), "", List.of(),
        Optional.empty(), TextAnalysis.NONE);
    return new CountedMessage(facts, ACME, inbound, KARI);
  }

  @Test
  void weeksBothWaysWeekdayHoursInTheSendersOwnTimeAndEveryReplyTime() {
    Aggregator.Result result = new Aggregator().aggregate(List.of(
        // Sunday 23:30 in New York is Monday 05:30 in Oslo: it counts on Sunday, 23:00, in the week of 6 April
        message("a1", "2026-04-12T23:30:00-04:00", true, List.of()),
        message("a2", "2026-04-13T09:30:00+02:00", false, List.of("a1")), // ours 4 h later, week of 13 April
        message("a3", "2026-04-13T14:00:00+02:00", true, List.of("a1", "a2")), // theirs 4.5 h later, Monday 14:00
        message("a4", "2026-04-27T08:00:00+02:00", true, List.of("a1", "a3")), // two weeks on; a nudge, not a reply
        message("a5", null, true, List.of()))); // undated: in no week and no hour
    ClientActivity acme = result.activity().get(0);
    assertEquals(ACME, acme.client());
    assertEquals(List.of(new ClientActivity.Week(LocalDate.of(2026, 4, 6), 1, 0),
        new ClientActivity.Week(LocalDate.of(2026, 4, 13), 1, 1),
        new ClientActivity.Week(LocalDate.of(2026, 4, 27), 1, 0)), acme.weeks());
    assertEquals(1, acme.at(6, 23));
    assertEquals(1, acme.at(0, 14));
    assertEquals(1, acme.at(0, 8));
    assertEquals(3, acme.weekdayHours().stream().mapToInt(Integer::intValue).sum());
    assertEquals(List.of(4.5), acme.clientReplyHours());
    assertEquals(List.of(4.0), acme.ourReplyHours());
  }

  @Test
  void checksItself() {
    List<Integer> hours = Collections.nCopies(ClientActivity.WEEKDAY_HOURS, 0);
    assertThrows(IllegalArgumentException.class, () -> new ClientActivity.Week(LocalDate.of(2026, 4, 14), 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new ClientActivity(ACME, List.of(), hours.subList(0, 24),
        List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ClientActivity(ACME,
        List.of(new ClientActivity.Week(LocalDate.of(2026, 4, 13), 1, 0), new ClientActivity.Week(LocalDate.of(2026, 4, 6), 1, 0)),
        hours, List.of(), List.of()));
  }
}
