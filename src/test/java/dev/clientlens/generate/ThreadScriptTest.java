package dev.clientlens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreadScriptTest {
  private static final Period PERIOD = Period.of(GeneratorSettings.sample().start(), 8, ZoneId.of("Europe/Oslo"));
  private static final Cast CAST = SampleCast.create(PERIOD);
  private static final Schedule US = Schedule.owner(PERIOD.home(), CAST.ownerHolidays());

  @Test
  void periodEndsAtSixOnTheLastWorkingDay() {
    assertEquals(Instant.parse("2026-10-30T17:00:00Z"), PERIOD.end());
    assertEquals(Instant.parse("2026-03-01T23:00:00Z"), PERIOD.start());
  }

  @Test
  void stepsRunForwardInTimeAndCheckInsComeBeforeTheDelivery() {
    for (Party party : CAST.parties()) {
      for (int k = 0; k < 40; k++) {
        ThreadKind kind = party.isClient() ? ThreadKind.PROJECT : ThreadKind.INTERNAL;
        List<Step> steps = run(party, k, kind);
        for (int i = 1; i < steps.size(); i++) {
          assertTrue(steps.get(i).at().isAfter(steps.get(i - 1).at()), party.key() + " thread " + k);
          if (steps.get(i - 1).move() == Move.CHECKIN) {
            Step next = steps.stream().skip(i).filter(s -> s.move() == Move.DELIVER).findFirst().orElseThrow();
            assertTrue(next.at().isAfter(steps.get(i - 1).at()));
          }
        }
        steps.forEach(s -> assertTrue(s.at().isBefore(PERIOD.end())));
      }
    }
  }

  @Test
  void onlyMicromanagersChaseWithinHours() {
    for (Party party : CAST.parties()) {
      int quickNudges = 0;
      for (int k = 0; k < 60; k++) {
        List<Step> steps = run(party, k, ThreadKind.PROJECT);
        for (int i = 1; i < steps.size(); i++) {
          long minutes = java.time.Duration.between(steps.get(i - 1).at(), steps.get(i).at()).toMinutes();
          if (steps.get(i).move() == Move.NUDGE && minutes <= 4 * 60) {
            quickNudges++;
          }
        }
      }
      if (party.archetype() == Archetype.HANDS_ON) {
        assertTrue(quickNudges >= 15, party.key() + ": " + quickNudges);
      } else {
        assertEquals(0, quickNudges, party.key());
      }
    }
  }

  @Test
  void dryRunCountsWhatTheWriterWrites() {
    Party party = CAST.party(0);
    for (int k = 0; k < 30; k++) {
      ThreadPlan plan = plan(party, k, ThreadKind.PROJECT);
      Conversation conversation = new Conversation(CAST, plan, PERIOD, US);
      int written = 0;
      while (conversation.hasNext()) {
        written += conversation.next().size();
      }
      assertEquals(ThreadScript.countFiles(party, plan, PERIOD, CAST.owner(), US), written);
    }
  }

  @Test
  void aHolidayDelaysTheClientsAnswerAndSendsOneNotice() {
    Party nordkraft = CAST.parties().stream().filter(p -> p.key().equals("nordkraft.no")).findFirst().orElseThrow();
    Away away = nordkraft.away().get(0);
    ThreadPlan plan = plan(nordkraft, 99, ThreadKind.INVOICE)
        .startingAt(away.first().plusDays(1).atTime(10, 0).atZone(PERIOD.home()).toInstant());
    List<Step> steps = run(nordkraft, plan);
    assertEquals(Move.INVOICE, steps.get(0).move());
    assertEquals(Move.AUTO_REPLY, steps.get(1).move());
    assertEquals(1, steps.stream().filter(s -> s.move() == Move.AUTO_REPLY).count());
    steps.stream().filter(s -> s.side() == Side.CLIENT).forEach(s ->
        assertFalse(away.covers(s.at().atZone(nordkraft.zone()).toLocalDate()), s.toString()));
  }

  private static List<Step> run(Party party, int k, ThreadKind kind) {
    return run(party, plan(party, k, kind));
  }

  private static List<Step> run(Party party, ThreadPlan plan) {
    ThreadScript script = new ThreadScript(party, plan, PERIOD, CAST.owner(), US);
    List<Step> steps = new ArrayList<>();
    for (Optional<Step> s = script.next(); s.isPresent(); s = script.next()) {
      steps.add(s.get());
    }
    return steps;
  }

  private static ThreadPlan plan(Party party, int k, ThreadKind kind) {
    Instant start = PERIOD.start().plusSeconds((long) (((k * 0.618034) % 1.0) * (PERIOD.seconds() - 86_400 * 30)));
    return new ThreadPlan(party.index(), k, k, kind, start, false, Dice.mix(99, party.index(), k));
  }
}
