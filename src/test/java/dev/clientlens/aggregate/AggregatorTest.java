package dev.clientlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.CueCounts;
import dev.clientlens.analyse.TextAnalysis;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Language;
import dev.clientlens.domain.Mailbox;
import dev.clientlens.facts.MessageFacts;
import dev.clientlens.parse.ParsedMessage.DateSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Figures computed by hand for a small correspondence; see the comments for each number. */
class AggregatorTest {
  private static final Mailbox KARI = box("kari@acme.no", "Kari Nordmann");
  private static final Mailbox OLA = box("ola@other.no", "Ola");
  private static final ClientKey ACME = new ClientKey("acme.no");
  private static final ClientKey OTHER = new ClientKey("other.no");

  private static Mailbox box(String address, String name) {
    return new Mailbox(EmailAddress.parse(address).orElseThrow(), name);
  }

  /** Each message's thread id, in the order of {@code messages}. */
  private List<String> threadIds(Aggregator.Result result) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      ids.add(result.threadOf(i).orElseThrow());
    }
    return ids;
  }

  private static CountedMessage message(String id, String subject, String date, boolean inbound, ClientKey client,
      Mailbox who, List<String> references) {
    MessageFacts facts = new MessageFacts("loc-" + id, "INBOX", FolderRole.INBOX, id, Optional.of(who), List.of(),
        List.of(), 0, subject, Optional.of(OffsetDateTime.parse(date)), DateSource.HEADER,
        references.isEmpty() ? "" : references.get(references.size() - 1), references, 0, List.of(), "", List.of(),
        Optional.empty(), TextAnalysis.NONE);
    return new CountedMessage(facts, client, inbound, who);
  }

  private final List<CountedMessage> messages = new ArrayList<>(List.of(
      // thread A, Monday 13 April 2026, Oslo time
      message("a1", "Draft", "2026-04-13T09:00:00+02:00", true, ACME, KARI, List.of()),
      message("a2", "Re: Draft", "2026-04-13T11:00:00+02:00", true, ACME, KARI, List.of("a1")), // nudge after 2 h
      message("a3", "Re: Draft", "2026-04-13T15:00:00+02:00", false, ACME, KARI, List.of("a1", "a2")), // we answer in 4 h
      message("a4", "Re: Draft", "2026-04-13T21:00:00+02:00", true, ACME, KARI, List.of("a1", "a3")), // client in 6 h, evening
      // thread B: the client's answer lost its headers; only "SV: Budget" links it
      message("b1", "Budget", "2026-04-14T10:00:00+02:00", false, ACME, KARI, List.of()),
      message("b2", "SV: Budget", "2026-04-18T10:00:00+02:00", true, ACME, KARI, List.of()), // Saturday, 96 h later
      // another client, UTC
      message("c1", "Hello", "2026-04-15T12:00:00+00:00", true, OTHER, OLA, List.of()),
      message("c2", "Re: Hello", "2026-04-15T14:00:00+00:00", false, OTHER, OLA, List.of("c1"))));

  @Test
  void computesTheHandCountedFigures() {
    Aggregator.Result result = new Aggregator().aggregate(messages);
    assertEquals(2, result.clients().size());
    ClientMetrics acme = result.clients().get(0);
    assertEquals(ACME, acme.client());
    assertEquals("Kari Nordmann", acme.displayName());
    assertEquals(4, acme.messagesIn());
    assertEquals(2, acme.messagesOut());
    assertEquals(2, acme.threads());
    assertEquals(OffsetDateTime.parse("2026-04-13T09:00:00+02:00"), acme.firstSeen().orElseThrow());
    assertEquals(OffsetDateTime.parse("2026-04-18T10:00:00+02:00"), acme.lastSeen().orElseThrow());
    assertEquals(1, acme.nudges());
    assertEquals(0.25, acme.nudgeRate(), 1e-9);
    assertEquals(2.0, acme.hoursBeforeNudge().orElseThrow(), 1e-9);
    assertEquals(51.0, acme.clientReplyHours().orElseThrow(), 1e-9); // median of 6 and 96
    assertEquals(4.0, acme.ourReplyHours().orElseThrow(), 1e-9);
    assertEquals(0.25, acme.afterHoursShare(), 1e-9); // 21:00 on a Monday
    assertEquals(0.25, acme.weekendShare(), 1e-9); // the Saturday answer
    assertEquals(4.0, acme.messagesPerActiveWeek(), 1e-9); // all in ISO week 16
    assertEquals(2.0 / 3.0, acme.ourOutboundShare(), 1e-9);

    ClientMetrics other = result.clients().get(1);
    assertEquals(1, other.messagesIn());
    assertEquals(1, other.messagesOut());
    assertEquals(2.0, other.ourReplyHours().orElseThrow(), 1e-9);
    assertTrue(other.clientReplyHours().isEmpty());
    assertEquals(0, other.nudges());
    assertEquals(1.0 / 3.0, other.ourOutboundShare(), 1e-9);
  }

  @Test
  void threadsFollowHeadersAndOrphanRepliesJoinBySubject() {
    List<String> ids = threadIds(new Aggregator().aggregate(messages));
    assertEquals(ids.get(0), ids.get(1));
    assertEquals(ids.get(0), ids.get(3));
    assertEquals(ids.get(4), ids.get(5));
    assertEquals(ids.get(6), ids.get(7));
    assertNotEquals(ids.get(0), ids.get(4));
    assertNotEquals(ids.get(4), ids.get(6));
  }

  @Test
  void aNewMessageWithTheSameSubjectButNoReplyPrefixStartsItsOwnThread() {
    messages.add(message("d1", "Budget", "2026-04-20T10:00:00+02:00", true, ACME, KARI, List.of()));
    List<String> ids = threadIds(new Aggregator().aggregate(messages));
    assertNotEquals(ids.get(4), ids.get(8));
    assertEquals(3, new Aggregator().aggregate(messages).clients().get(0).threads());
  }

  @Test
  void resultDoesNotDependOnInputOrderExceptThreadNumbering() {
    List<CountedMessage> reversed = new ArrayList<>(messages);
    java.util.Collections.reverse(reversed);
    assertEquals(new Aggregator().aggregate(messages).clients(), new Aggregator().aggregate(reversed).clients());
  }

  private static CountedMessage analysed(String id, String date, boolean inbound, List<String> refs, TextAnalysis a) {
    CountedMessage m = message(id, "Report", date, inbound, DEADLINE, KARI, refs);
    MessageFacts f = m.facts();
    return new CountedMessage(new MessageFacts(f.location(), f.folder(), f.role(), f.messageId(), f.from(), f.to(),
        f.cc(), f.recipients(), f.subject(), f.date(), f.dateSource(), f.inReplyTo(), f.references(), f.attachments(),
        f.notes(), f.contentDigest(), f.machineSigns(), f.earlyVerdict(), a), m.client(), m.inbound(), m.counterpart());
  }

  private static TextAnalysis tone(boolean checkin, Double politeness, String... deadlines) {
    return new TextAnalysis(Language.ENGLISH, "en", 2,
        checkin ? CueCounts.of(Map.of(Cue.CHECKIN, 1)) : CueCounts.NONE,
        politeness == null ? OptionalDouble.empty() : OptionalDouble.of(politeness),
        java.util.Arrays.stream(deadlines).map(OffsetDateTime::parse).toList(), Analyser.Depth.TONE);
  }

  private static final ClientKey DEADLINE = new ClientKey("deadline.no");

  @Test
  void statusRequestsBeforeAPromisedDeadlineAreCountedAndCueRatesArePerClientMessage() {
    List<CountedMessage> thread = List.of(
        // we promise Friday 17 April, 17:00
        analysed("p1", "2026-04-13T10:00:00+02:00", false, List.of(), tone(false, null, "2026-04-17T17:00:00+02:00")),
        // Wednesday: "any news?" before the promised day: counted
        analysed("p2", "2026-04-15T09:00:00+02:00", true, List.of("p1"), tone(true, 0.5)),
        // Thursday, no status request: not counted
        analysed("p3", "2026-04-16T09:00:00+02:00", true, List.of("p1"), tone(false, -0.5)),
        // Saturday, after the deadline: a fair question, not counted
        analysed("p4", "2026-04-18T09:00:00+02:00", true, List.of("p1"), tone(true, null)));
    ClientMetrics metrics = new Aggregator().aggregate(thread).clients().get(0);
    assertEquals(1, metrics.preDeadlineCheckins());
    assertEquals(2.0 / 3.0, metrics.cueRates().get(Cue.CHECKIN), 1e-9);
    assertEquals(0.0, metrics.cueRates().get(Cue.URGENCY), 1e-9);
    assertEquals(0.0, metrics.meanPoliteness().orElseThrow(), 1e-9);
  }

  @Test
  void workingTimeShapesAfterHoursAndTheWorkingHoursReplyTimes() {
    List<CountedMessage> may = List.of(
        // Thursday 16 May 2024 15:00, the day before Constitution Day
        message("m1", "Plan", "2024-05-16T15:00:00+02:00", true, ACME, KARI, List.of()),
        // Friday 17 May 10:00 (a holiday): a nudge 19 h later
        message("m2", "Re: Plan", "2024-05-17T10:00:00+02:00", true, ACME, KARI, List.of("m1")),
        // Tuesday 21 May 10:00, after Whit Monday: we answer 96 h after m2. Working time with Norway's holidays:
        // Tuesday 08-10 = 2 h; by default: Friday 10-18 (8 h) + Monday 08-18 (10 h) + Tuesday 08-10 (2 h) = 20 h
        message("m3", "Re: Plan", "2024-05-21T10:00:00+02:00", false, ACME, KARI, List.of("m1", "m2")),
        // Tuesday 21 May 17:00: the client answers 7 h later, all of it working time until 16:00 with short
        // days: 6 h; 7 h by default
        message("m4", "Re: Plan", "2024-05-21T17:00:00+02:00", true, ACME, KARI, List.of("m1", "m3")));
    ClientMetrics standard = new Aggregator().aggregate(may).clients().get(0);
    assertEquals(96.0, standard.ourReplyHours().getAsDouble(), 1e-9);
    assertEquals(20.0, standard.ourReplyWorkHours().getAsDouble(), 1e-9);
    assertEquals(7.0, standard.clientReplyWorkHours().getAsDouble(), 1e-9);
    assertEquals(0.0, standard.afterHoursShare(), 1e-9);
    WorkingTime norway = new WorkingTime(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(16, 0),
        java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY), Holidays.of("NO"));
    ClientMetrics norwegian = new Aggregator(norway).aggregate(may).clients().get(0);
    assertEquals(96.0, norwegian.ourReplyHours().getAsDouble(), 1e-9);
    assertEquals(2.0, norwegian.ourReplyWorkHours().getAsDouble(), 1e-9);
    assertEquals(6.0, norwegian.clientReplyWorkHours().getAsDouble(), 1e-9);
    // m2 on the holiday and m4 at 17:00 are after hours; m1 at 15:00 is not: 2 of 3
    assertEquals(2.0 / 3, norwegian.afterHoursShare(), 1e-9);
    assertEquals(0.0, norwegian.weekendShare(), 1e-9);
  }

  @Test
  void monthsFollowEachMessagesOwnOffsetAndRepliesCountInTheMonthTheyWereWritten() {
    List<CountedMessage> spring = List.of(
        // Tuesday 31 March 23:30 in Oslo (21:30 UTC): March, and after hours
        message("s1", "Plan", "2026-03-31T23:30:00+02:00", true, ACME, KARI, List.of()),
        // we answer on Wednesday 1 April 08:30, 9 h later: our reply counts in April
        message("s2", "Re: Plan", "2026-04-01T08:30:00+02:00", false, ACME, KARI, List.of("s1")),
        // Thursday 30 April 23:30 in New York (1 May 03:30 UTC): April; from s2 (1 April 06:30 UTC) that is
        // 30 days less 3 h, 717 h
        message("s3", "Re: Plan", "2026-04-30T23:30:00-04:00", true, ACME, KARI, List.of("s1", "s2")),
        // Friday 1 May 10:00 in Oslo (08:00 UTC): a nudge 4.5 h after s3, in May
        message("s4", "Re: Plan", "2026-05-01T10:00:00+02:00", true, ACME, KARI, List.of("s1", "s3")));
    Aggregator.Result result = new Aggregator().aggregate(spring);
    List<ClientMonth> months = result.months();
    assertEquals(List.of("2026-03", "2026-04", "2026-05"), months.stream().map(m -> m.month().toString()).toList());
    ClientMetrics march = months.get(0).metrics();
    ClientMetrics april = months.get(1).metrics();
    ClientMetrics may = months.get(2).metrics();
    assertEquals(List.of(1, 1, 1), List.of(march.messagesIn(), april.messagesIn(), may.messagesIn()));
    assertEquals(List.of(0, 1, 0), List.of(march.messagesOut(), april.messagesOut(), may.messagesOut()));
    assertEquals(1.0, march.afterHoursShare(), 1e-9);
    assertTrue(march.ourReplyHours().isEmpty());
    assertEquals(9.0, april.ourReplyHours().getAsDouble(), 1e-9);
    assertEquals(717.0, april.clientReplyHours().getAsDouble(), 1e-9);
    assertEquals(1.0, april.afterHoursShare(), 1e-9); // 23:30 in New York
    assertEquals(1, may.nudges());
    assertEquals(4.5, may.hoursBeforeNudge().getAsDouble(), 1e-9);
    assertEquals(1.0, may.nudgeRate(), 1e-9);
    assertEquals(1.0, april.ourOutboundShare(), 1e-9);
    assertEquals(List.of(1, 1, 1), List.of(march.threads(), april.threads(), may.threads()));
    // The months add up to the whole.
    ClientMetrics whole = result.clients().get(0);
    assertEquals(3, whole.messagesIn());
    assertEquals(1, whole.threads());
    assertEquals(1, whole.nudges());
  }

  @Test
  void subjectsLoseReplyAndForwardPrefixesInSeveralLanguages() {
    assertEquals("budget 2026", Subjects.normalise("SV: Re: AW:  Budget   2026"));
    assertEquals("plan", Subjects.normalise("VS: Fwd: [EXT] plan"));
    assertEquals("answer", Subjects.normalise("Antw: Re[2]: Answer"));
    assertTrue(Subjects.isReply("Sv: Budget"));
    assertTrue(!Subjects.isReply("Budget review"));
    assertTrue(!Subjects.isReply("Resources: new list"));
  }
}
