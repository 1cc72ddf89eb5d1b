package dev.clientlens.analyse.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Language;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row: the message date, the sentence, and the deadlines it states, worked out by hand from a
 * 2026 calendar. April 2026: Mon 13, Wed 15, Fri 17, Mon 20, Fri 24, Thu 30; May: Fri 1, Tue 12, Fri
 * 15, Sun 31. Summer time starts Sun 29 March and ends Sun 25 October; 30 December 2026 is a Wednesday
 * and 4 January 2027 a Monday.
 */
class DeadlinesTest {
  private static final Deadlines DEADLINES = Analyser.Models.load().deadlines();

  /** Wednesday morning, mid-month, in summer time: the default message date. */
  private static final String WED = "2026-04-15T10:00+02:00";
  private static final String WED_EVENING = "2026-04-15T18:30+02:00";
  private static final String MON = "2026-04-13T09:00+02:00";
  private static final String FRI_MORNING = "2026-04-17T09:30+02:00";
  private static final String FRI_AFTERNOON = "2026-04-17T15:00+02:00";
  private static final String SAT = "2026-04-18T10:00+02:00";
  private static final String SUN_EVENING = "2026-04-19T20:00+02:00";
  private static final String MON_8 = "2026-04-20T08:00+02:00";
  private static final String MON_11 = "2026-04-20T11:00+02:00";
  /** The last day of April, a Thursday. */
  private static final String APR_30 = "2026-04-30T11:00+02:00";
  /** Friday 27 February 2026 (not a leap year), winter time. */
  private static final String FEB_27 = "2026-02-27T10:00+01:00";
  /** Wednesday 30 December 2026, winter time. */
  private static final String DEC_30 = "2026-12-30T10:00+01:00";
  /** Friday before summer time starts (Sunday 29 March). */
  private static final String BEFORE_SUMMER_TIME = "2026-03-27T10:00+01:00";
  /** Friday before summer time ends (Sunday 25 October). */
  private static final String BEFORE_WINTER_TIME = "2026-10-23T16:00+02:00";
  /** Wednesday evening in New York. */
  private static final String NEW_YORK = "2026-04-15T22:00-05:00";

  static Stream<Arguments> english() {
    return Stream.of(
        // weekdays
        row(WED, "I'll send it by Friday.", "2026-04-17T17:00+02:00"),
        row(WED, "Can you deliver by next Friday?", "2026-04-24T17:00+02:00"),
        row(MON, "Can you deliver by next Friday?", "2026-04-24T17:00+02:00"),
        row(MON, "Can you deliver by Friday?", "2026-04-17T17:00+02:00"),
        row(MON, "Can you deliver by this Friday?", "2026-04-17T17:00+02:00"),
        row(SUN_EVENING, "Please have it ready by next Monday.", "2026-04-20T17:00+02:00"),
        row(FRI_MORNING, "I need it by Friday.", "2026-04-17T17:00+02:00"),
        row(FRI_AFTERNOON, "I need it by Friday.", "2026-04-24T17:00+02:00"),
        row(MON_8, "We need it by Monday 10am.", "2026-04-20T10:00+02:00"),
        row(MON_11, "We need it by Monday 10am.", "2026-04-27T10:00+02:00"),
        row(WED, "We need it by Monday 10am.", "2026-04-20T10:00+02:00"),
        row(WED, "Send it by Fri.", "2026-04-17T17:00+02:00"),
        row(WED, "Please send the slides by Friday next week.", "2026-04-24T17:00+02:00"),
        // times of day
        row(WED, "Please deliver before 5 pm on the 12th.", "2026-05-12T17:00+02:00"),
        row(WED, "Could we have the draft by tomorrow morning?", "2026-04-16T09:00+02:00"),
        row(WED, "We need the numbers by tomorrow.", "2026-04-16T17:00+02:00"),
        row(WED, "Can you finish it by today?", "2026-04-15T17:00+02:00"),
        row(WED_EVENING, "Can you finish it by today?", "2026-04-15T23:59+02:00"),
        row(WED, "Can I have it before 5pm?", "2026-04-15T17:00+02:00"),
        row(WED_EVENING, "Can I have it before 5pm?", "2026-04-16T17:00+02:00"),
        row(WED, "We need it by 5 p.m. Thursday.", "2026-04-16T17:00+02:00"),
        row(WED, "Send it no later than 14:30 on Friday.", "2026-04-17T14:30+02:00"),
        row(WED, "The quote is valid until 3pm tomorrow.", "2026-04-16T15:00+02:00"),
        row(WED, "Can we have it by noon Friday?", "2026-04-17T12:00+02:00"),
        row(WED, "Please send it by end of day Thursday.", "2026-04-16T17:00+02:00"),
        row(WED, "Please send it by EOD.", "2026-04-15T17:00+02:00"),
        row(WED, "We need it by 4 o'clock.", "2026-04-15T16:00+02:00"),
        row(WED, "Please have it back to me by tonight.", "2026-04-15T23:59+02:00"),
        row(WED, "I need it by the day after tomorrow.", "2026-04-17T17:00+02:00"),
        // weeks, months, years
        row(WED, "Can you have it ready by end of next week?", "2026-04-24T17:00+02:00"),
        row(WED, "We need it by the end of the week.", "2026-04-17T17:00+02:00"),
        row(WED, "Can it be done by the weekend?", "2026-04-17T17:00+02:00"),
        row(WED, "The report is due by end of the month.", "2026-04-30T17:00+02:00"),
        row(WED, "We need the final version by the end of May.", "2026-05-31T17:00+02:00"),
        row(WED, "Let me have it by next week.", "2026-04-20T09:00+02:00"),
        row(WED, "The launch material is needed by week 20.", "2026-05-15T17:00+02:00"),
        row(WED, "We will pay the invoice at the end of the month.", "2026-04-30T17:00+02:00"),
        // dates
        row(WED, "Please send it by 12 May.", "2026-05-12T17:00+02:00"),
        row(WED, "Please send it by May 12th.", "2026-05-12T17:00+02:00"),
        row(WED, "Please send it by the 12th of May.", "2026-05-12T17:00+02:00"),
        row(WED, "Please send it by May 12, 2026.", "2026-05-12T17:00+02:00"),
        row(WED, "Please send it by the 3rd.", "2026-05-03T17:00+02:00"),
        row(WED, "The payment is due on the 30th.", "2026-04-30T17:00+02:00"),
        row(WED, "The translation is due 15/5.", "2026-05-15T17:00+02:00"),
        row(WED, "I need it by 5/15 (US style).", "2026-05-15T17:00+02:00"),
        row(WED, "I need it by 5/6.", "2026-06-05T17:00+02:00"),
        row(WED, "I need it by 2026-05-15.", "2026-05-15T17:00+02:00"),
        row(WED, "I need it by Tue 21st.", "2026-04-21T17:00+02:00"),
        // triggers other than "by"
        row(WED, "I need it Friday at the latest.", "2026-04-17T17:00+02:00"),
        row(WED, "The deadline is Tuesday 9am.", "2026-04-21T09:00+02:00"),
        row(WED, "The deadline for the second draft is next Tuesday.", "2026-04-21T17:00+02:00"),
        row(WED, "Deadline: 20/4.", "2026-04-20T17:00+02:00"),
        row(WED, "The deadline for the launch of the site is Friday.", "2026-04-17T17:00+02:00"),
        row(WED, "Deadline for comments on the draft: 20 April.", "2026-04-20T17:00+02:00"),
        row(WED, "Can you have it ready on Monday?", "2026-04-20T17:00+02:00"),
        row(WED, "Could you get this to me by COB Thursday?", "2026-04-16T17:00+02:00"),
        row(WED, "Need this by first thing Monday.", "2026-04-20T09:00+02:00"),
        row(WED, "Please send it over by Monday at 9.", "2026-04-20T09:00+02:00"),
        row(WED, "We need it by the 15th at 3pm.", "2026-04-15T15:00+02:00"),
        row(WED, "The site must be live before the 1st of June.", "2026-06-01T17:00+02:00"),
        row(WED, "ETA is Thursday afternoon.", "2026-04-16T17:00+02:00"),
        row(WED, "Payment is due within 30 days.", "2026-05-15T17:00+02:00"),
        row(WED, "Can you turn it around in 24h?", "2026-04-16T10:00+02:00"),
        row(WED, "Get back to me within the week.", "2026-04-17T17:00+02:00"),
        row(WED, "Please respond by Friday 17 April.", "2026-04-17T17:00+02:00"),
        row(WED, "The offer is valid until 31 December 2026.", "2026-12-31T17:00+02:00"),
        row(WED, "Send it by 12.00, not by 09.30.", "2026-04-15T12:00+02:00", "2026-04-16T09:30+02:00"),
        // spans
        row(WED, "Please reply within two days.", "2026-04-17T17:00+02:00"),
        row(WED, "I'll send it in a week.", "2026-04-22T17:00+02:00"),
        row(WED, "We expect the files in two weeks.", "2026-04-29T17:00+02:00"),
        row(WED, "Please confirm within 48 hours.", "2026-04-17T10:00+02:00"),
        row(WED, "Please fix it within 3 working days.", "2026-04-20T17:00+02:00"),
        row(WED, "Please answer within the next hour.", "2026-04-15T11:00+02:00"),
        // two in one sentence
        row(WED, "Please have the draft ready by Friday and the invoice by the end of the month.",
            "2026-04-17T17:00+02:00", "2026-04-30T17:00+02:00"),
        // across a week boundary
        row(FRI_AFTERNOON, "Can we have it by Monday?", "2026-04-20T17:00+02:00"),
        row(FRI_AFTERNOON, "Can we have it by Wednesday?", "2026-04-22T17:00+02:00"),
        row(FRI_AFTERNOON, "Can we have it by tomorrow?", "2026-04-18T17:00+02:00"),
        row(FRI_AFTERNOON, "Can we have it by the end of the week?", "2026-04-17T17:00+02:00"),
        row(SAT, "Can we have it by the end of the week?", "2026-04-19T23:59+02:00"),
        row(SAT, "Can we have it by the end of next week?", "2026-04-24T17:00+02:00"),
        // across a month boundary
        row(APR_30, "Send it by tomorrow.", "2026-05-01T17:00+02:00"),
        row(APR_30, "Send it by the end of the month.", "2026-04-30T17:00+02:00"),
        row(APR_30, "Send it within two days.", "2026-05-02T17:00+02:00"),
        row(APR_30, "Send it by the 1st.", "2026-05-01T17:00+02:00"),
        row(APR_30, "Send it by the 31st.", "2026-05-31T17:00+02:00"),
        row(APR_30, "Send it by end of next month.", "2026-05-31T17:00+02:00"),
        row(APR_30, "Send it by next month.", "2026-05-01T09:00+02:00"),
        row(FEB_27, "Send it by the end of the month.", "2026-02-28T17:00+01:00"),
        row(FEB_27, "Send it within 3 working days.", "2026-03-04T17:00+01:00"),
        row(FEB_27, "Send it by the 30th.", "2026-03-30T17:00+01:00"),
        // across a year boundary
        row(DEC_30, "Please send it by 5 January.", "2027-01-05T17:00+01:00"),
        row(DEC_30, "Please send it by Monday.", "2027-01-04T17:00+01:00"),
        row(DEC_30, "Please send it by the end of the year.", "2026-12-31T17:00+01:00"),
        row(DEC_30, "Please send it by end of next week.", "2027-01-08T17:00+01:00"),
        row(DEC_30, "Please send it within a week.", "2027-01-06T17:00+01:00"),
        row(DEC_30, "Please send it by 2/1.", "2027-01-02T17:00+01:00"),
        row(DEC_30, "Please send it by the 4th.", "2027-01-04T17:00+01:00"),
        row(DEC_30, "Please send it by next week.", "2027-01-04T09:00+01:00"),
        // daylight saving changes: the deadline keeps the message's offset
        row(BEFORE_SUMMER_TIME, "Please send it by Monday.", "2026-03-30T17:00+01:00"),
        row(BEFORE_SUMMER_TIME, "Please send it within 48 hours.", "2026-03-29T10:00+01:00"),
        row(BEFORE_WINTER_TIME, "Please send it by Tuesday 9am.", "2026-10-27T09:00+02:00"),
        row(NEW_YORK, "Please send it by tomorrow.", "2026-04-16T17:00-05:00"));
  }

  static Stream<Arguments> norwegian() {
    return Stream.of(
        // ukedager
        row(WED, "Kan du sende det innen fredag?", "2026-04-17T17:00+02:00"),
        row(WED, "Kan du sende det innen neste fredag?", "2026-04-24T17:00+02:00"),
        row(MON, "Kan du sende det innen neste fredag?", "2026-04-24T17:00+02:00"),
        row(MON, "Kan du sende det innen fredag?", "2026-04-17T17:00+02:00"),
        row(FRI_MORNING, "Vi må ha det innen fredag.", "2026-04-17T17:00+02:00"),
        row(FRI_AFTERNOON, "Vi må ha det innen fredag.", "2026-04-24T17:00+02:00"),
        row(WED, "Leveransen må være klar innen mandag kl. 10.", "2026-04-20T10:00+02:00"),
        row(MON_11, "Leveransen må være klar innen mandag kl. 10.", "2026-04-27T10:00+02:00"),
        row(WED, "Kan du ha det klart til fredag?", "2026-04-17T17:00+02:00"),
        row(WED, "Det blir ferdig på torsdag.", "2026-04-16T17:00+02:00"),
        row(WED, "Send det senest fredag.", "2026-04-17T17:00+02:00"),
        row(WED, "Gi beskjed fredag senest.", "2026-04-17T17:00+02:00"),
        row(WED, "Fristen er fredag kl. 12.", "2026-04-17T12:00+02:00"),
        row(WED, "Svar innen ons. kl 12, takk.", "2026-04-15T12:00+02:00"),
        row(WED, "Svar innen fre.", "2026-04-17T17:00+02:00"),
        row(WED, "Vi trenger svar innen fredag i neste uke.", "2026-04-24T17:00+02:00"),
        // klokkeslett og tider på døgnet
        row(WED, "Send det innen kl 14:00.", "2026-04-15T14:00+02:00"),
        row(WED, "Kan du sende det før kl. 16 på torsdag?", "2026-04-16T16:00+02:00"),
        row(WED, "Send det innen klokka 15.", "2026-04-15T15:00+02:00"),
        row(WED, "Send det innen kl 3.", "2026-04-15T15:00+02:00"),
        row(WED, "Send det innen 14.30.", "2026-04-15T14:30+02:00"),
        row(WED, "Kan jeg få det til i morgen tidlig?", "2026-04-16T09:00+02:00"),
        row(WED, "Vi må ha det innen i morgen.", "2026-04-16T17:00+02:00"),
        row(WED, "Vi må ha det innen kl. 12 i morgen.", "2026-04-16T12:00+02:00"),
        row(WED, "Vi må ha det innen i dag.", "2026-04-15T17:00+02:00"),
        row(WED_EVENING, "Vi må ha det innen i dag.", "2026-04-15T23:59+02:00"),
        row(WED, "Vi må ha det innen i kveld.", "2026-04-15T23:59+02:00"),
        row(WED, "Send det senest i ettermiddag.", "2026-04-15T17:00+02:00"),
        row(WED, "Send det før lunsj.", "2026-04-15T12:00+02:00"),
        row(WED, "Vi må ha det innen i overmorgen.", "2026-04-17T17:00+02:00"),
        // uker, måneder, år
        row(WED, "Vi trenger det i slutten av neste uke.", "2026-04-24T17:00+02:00"),
        row(WED, "Vi trenger det innen slutten av neste uke.", "2026-04-24T17:00+02:00"),
        row(WED, "Jeg trenger det innen slutten av uka.", "2026-04-17T17:00+02:00"),
        row(WED, "Kan det være klart innen helgen?", "2026-04-17T17:00+02:00"),
        row(WED, "Vi leverer i løpet av uka.", "2026-04-17T17:00+02:00"),
        row(WED, "Vi leverer i løpet av neste uke.", "2026-04-24T17:00+02:00"),
        row(WED, "Vi må ha det innen neste uke.", "2026-04-20T09:00+02:00"),
        row(WED, "Vi leverer i løpet av dagen.", "2026-04-15T17:00+02:00"),
        row(WED, "Fakturaen må betales innen utgangen av måneden.", "2026-04-30T17:00+02:00"),
        row(WED, "Fakturaen må betales innen månedsslutt.", "2026-04-30T17:00+02:00"),
        row(WED, "Vi fakturerer ved månedsslutt.", "2026-04-30T17:00+02:00"),
        row(WED, "Alt må være på plass innen utgangen av mai.", "2026-05-31T17:00+02:00"),
        row(WED, "Vi må ha det innen neste måned.", "2026-05-01T09:00+02:00"),
        row(WED, "Alt skal være ferdig innen nyttår.", "2026-12-31T17:00+02:00"),
        row(WED, "Leveranse innen uke 20.", "2026-05-15T17:00+02:00"),
        row(WED, "Vi må ha tekstene før uke 20.", "2026-05-11T09:00+02:00"),
        // datoer
        row(WED, "Vi må ha det innen 12. mai.", "2026-05-12T17:00+02:00"),
        row(WED, "Frist 15.05.", "2026-05-15T17:00+02:00"),
        row(WED, "Send det innen 15/5.", "2026-05-15T17:00+02:00"),
        row(WED, "Send det innen den 20.", "2026-04-20T17:00+02:00"),
        row(WED, "Send det innen 2. mai.", "2026-05-02T17:00+02:00"),
        row(WED, "Send det innen 1.6.", "2026-06-01T17:00+02:00"),
        row(WED, "Send det innen 01.06.2026.", "2026-06-01T17:00+02:00"),
        row(WED, "Send det innen tirsdag 21. april.", "2026-04-21T17:00+02:00"),
        row(WED, "Fakturaen forfaller 30.04.", "2026-04-30T17:00+02:00"),
        row(WED, "Vi trenger tilbakemelding senest torsdag 16. april kl. 12.00.", "2026-04-16T12:00+02:00"),
        row(WED, "Tilbudet gjelder til og med 30. april.", "2026-04-30T17:00+02:00"),
        row(WED, "Frist for innlevering: 20.04.2026 kl. 23.59", "2026-04-20T23:59+02:00"),
        row(WED, "Svarfrist er satt til 1. mai.", "2026-05-01T17:00+02:00"),
        row(WED, "Fristen for å melde seg på er fredag.", "2026-04-17T17:00+02:00"),
        row(WED, "Jeg sender det til deg før helgen.", "2026-04-17T17:00+02:00"),
        row(WED, "Kan du sende det over i løpet av morgendagen?", "2026-04-16T17:00+02:00"),
        row(WED, "Send meg en oppdatering innen torsdag ettermiddag.", "2026-04-16T17:00+02:00"),
        row(WED, "Har du mulighet til å sende det innen kl. 9 i morgen?", "2026-04-16T09:00+02:00"),
        row(WED, "Betalingsfrist 14 dager.", "2026-04-29T17:00+02:00"),
        row(WED, "Svar innen man. kl 10 eller innen tor 14:00.", "2026-04-20T10:00+02:00", "2026-04-16T14:00+02:00"),
        // tidsrom
        row(WED, "Vi trenger svar innen to dager.", "2026-04-17T17:00+02:00"),
        row(WED, "Vi leverer om en uke.", "2026-04-22T17:00+02:00"),
        row(WED, "Feilen må rettes innen tre virkedager.", "2026-04-20T17:00+02:00"),
        row(WED, "Vi må ha svar innen 24 timer.", "2026-04-16T10:00+02:00"),
        row(WED, "Vi må ha svar innen et døgn.", "2026-04-16T10:00+02:00"),
        row(WED, "Vi leverer i løpet av de neste to ukene.", "2026-04-29T17:00+02:00"),
        // to i samme setning
        row(WED, "Utkastet innen fredag og fakturaen innen utgangen av måneden.",
            "2026-04-17T17:00+02:00", "2026-04-30T17:00+02:00"),
        // over en ukegrense
        row(FRI_AFTERNOON, "Kan vi få det innen mandag?", "2026-04-20T17:00+02:00"),
        row(FRI_AFTERNOON, "Kan vi få det innen i morgen?", "2026-04-18T17:00+02:00"),
        row(SAT, "Kan vi få det innen slutten av uka?", "2026-04-19T23:59+02:00"),
        row(SUN_EVENING, "Kan vi få det innen neste mandag?", "2026-04-20T17:00+02:00"),
        // over en månedsgrense
        row(APR_30, "Send det innen i morgen.", "2026-05-01T17:00+02:00"),
        row(APR_30, "Send det innen utgangen av måneden.", "2026-04-30T17:00+02:00"),
        row(APR_30, "Send det innen den 1.", "2026-05-01T17:00+02:00"),
        row(APR_30, "Send det innen slutten av neste måned.", "2026-05-31T17:00+02:00"),
        row(FEB_27, "Send det innen månedsslutt.", "2026-02-28T17:00+01:00"),
        // over en årsgrense
        row(DEC_30, "Send det innen 5. januar.", "2027-01-05T17:00+01:00"),
        row(DEC_30, "Send det innen mandag.", "2027-01-04T17:00+01:00"),
        row(DEC_30, "Send det innen nyttår.", "2026-12-31T17:00+01:00"),
        row(DEC_30, "Send det innen uke 2.", "2027-01-15T17:00+01:00"),
        row(DEC_30, "Send det innen 2.1.", "2027-01-02T17:00+01:00"),
        row(DEC_30, "Send det innen neste uke.", "2027-01-04T09:00+01:00"),
        row(DEC_30, "Vi leverer om en uke.", "2027-01-06T17:00+01:00"),
        // sommertid og vintertid: fristen beholder meldingens offset
        row(BEFORE_SUMMER_TIME, "Send det innen mandag.", "2026-03-30T17:00+01:00"),
        row(BEFORE_SUMMER_TIME, "Send det innen 48 timer.", "2026-03-29T10:00+01:00"),
        row(BEFORE_WINTER_TIME, "Send det innen tirsdag kl 9.", "2026-10-27T09:00+02:00"));
  }

  /** No trigger word: the time counts because the clause commits to a delivery. */
  static Stream<Arguments> englishCommitments() {
    return Stream.of(
        row(WED, "I'll send it Friday.", "2026-04-17T17:00+02:00"),
        row(WED, "We will have the draft ready Monday morning.", "2026-04-20T09:00+02:00"),
        row(WED, "We will have the draft done Monday morning.", "2026-04-20T09:00+02:00"),
        row(WED, "You'll get it on the 12th.", "2026-05-12T17:00+02:00"),
        // a bare "next week" or "next month" runs to its end, as after "within"
        row(WED, "Expect the report next week.", "2026-04-24T17:00+02:00"),
        row(WED, "I will send you the final version on Monday.", "2026-04-20T17:00+02:00"),
        row(WED, "We'll deliver the files tomorrow.", "2026-04-16T17:00+02:00"),
        row(WED, "The invoice will be sent Thursday.", "2026-04-16T17:00+02:00"),
        row(WED, "We're going to ship it next Tuesday.", "2026-04-21T17:00+02:00"),
        row(WED, "We plan to deliver the first draft on 12 May.", "2026-05-12T17:00+02:00"),
        row(WED, "We aim to have it done this week.", "2026-04-17T17:00+02:00"),
        row(WED, "You should have the numbers Friday afternoon.", "2026-04-17T17:00+02:00"),
        row(WED, "We can have it over to you Monday.", "2026-04-20T17:00+02:00"),
        row(WED, "I'll get back to you tomorrow morning.", "2026-04-16T09:00+02:00"),
        row(WED, "Friday I'll send it over.", "2026-04-17T17:00+02:00"),
        row(WED, "On Monday we will publish the new site.", "2026-04-20T17:00+02:00"),
        row(WED, "I shall submit the report at 3pm.", "2026-04-15T15:00+02:00"),
        row(WED, "We will pay the invoice next month.", "2026-05-31T17:00+02:00"),
        row(WED, "We'll have everything finished week 18.", "2026-05-01T17:00+02:00"),
        row(WED, "I'll send the draft Friday and the invoice Monday.",
            "2026-04-17T17:00+02:00", "2026-04-20T17:00+02:00"),
        row(WED, "I don't read email in the evenings, but I'll reply first thing tomorrow.",
            "2026-04-16T09:00+02:00"),
        row(WED, "Sorry for the delay, the invoice will be paid next week.", "2026-04-24T17:00+02:00"),
        row(WED, "Thanks, I'll send it today.", "2026-04-15T17:00+02:00"),
        row(WED, "I'll give you an answer Friday.", "2026-04-17T17:00+02:00"),
        row(WED, "It'll be done on the 3rd.", "2026-05-03T17:00+02:00"),
        row(WED, "The site will be live Monday at 9am.", "2026-04-20T09:00+02:00"),
        row(WED, "We will pay 12.50 tomorrow.", "2026-04-16T17:00+02:00"),
        row(WED, "We met on Monday and will send it Friday.", "2026-04-17T17:00+02:00"),
        row(FRI_AFTERNOON, "I'll send it Monday.", "2026-04-20T17:00+02:00"),
        row(WED_EVENING, "I'll send it tonight.", "2026-04-15T23:59+02:00"),
        row(APR_30, "I'll send it tomorrow.", "2026-05-01T17:00+02:00"),
        row(DEC_30, "We will deliver it next week.", "2027-01-08T17:00+01:00"));
  }

  static Stream<Arguments> norwegianCommitments() {
    return Stream.of(
        row(WED, "Jeg sender det fredag.", "2026-04-17T17:00+02:00"),
        row(WED, "Dere får utkastet på mandag.", "2026-04-20T17:00+02:00"),
        row(WED, "Vi leverer i morgen tidlig.", "2026-04-16T09:00+02:00"),
        row(WED, "Jeg skal sende rapporten på torsdag.", "2026-04-16T17:00+02:00"),
        row(WED, "Vi kommer til å levere neste uke.", "2026-04-24T17:00+02:00"),
        row(WED, "Utkastet kommer på fredag.", "2026-04-17T17:00+02:00"),
        row(WED, "Fakturaen sendes 30.04.", "2026-04-30T17:00+02:00"),
        row(WED, "Du får svar i morgen.", "2026-04-16T17:00+02:00"),
        row(WED, "Fredag sender vi det over.", "2026-04-17T17:00+02:00"),
        row(WED, "Vi regner med å levere den 12. mai.", "2026-05-12T17:00+02:00"),
        row(WED, "Jeg gir deg beskjed i morgen.", "2026-04-16T17:00+02:00"),
        row(WED, "Vi vil publisere nettsiden neste mandag.", "2026-04-20T17:00+02:00"),
        row(WED, "Du skal få det i kveld.", "2026-04-15T23:59+02:00"),
        row(WED, "Vi leverer i uke 20.", "2026-05-15T17:00+02:00"),
        row(WED, "Det blir sendt på mandag.", "2026-04-20T17:00+02:00"),
        row(WED, "Vi kommer med et forslag i morgen.", "2026-04-16T17:00+02:00"),
        row(WED, "Jeg kommer tilbake til deg på fredag.", "2026-04-17T17:00+02:00"),
        row(WED, "Pakken leveres onsdag 22. april.", "2026-04-22T17:00+02:00"),
        row(WED, "Vi betaler neste måned.", "2026-05-31T17:00+02:00"),
        row(WED, "Vi har møte fredag og sender referatet mandag.", "2026-04-20T17:00+02:00"),
        row(WED, "Sender det over i ettermiddag.", "2026-04-15T17:00+02:00"),
        row(WED, "Jeg sender det kl. 14.", "2026-04-15T14:00+02:00"),
        row(WED, "Regningen kommer i posten neste uke.", "2026-04-24T17:00+02:00"),
        row(SAT, "Jeg sender det mandag.", "2026-04-20T17:00+02:00"),
        row(DEC_30, "Vi leverer fredag.", "2027-01-01T17:00+01:00"));
  }

  /** A time with no trigger in a clause that does not commit to a delivery. */
  static Stream<Arguments> englishNonCommitments() {
    return Stream.of(
        row(WED, "I sent it Friday."),
        row(WED, "On Friday we discussed the budget."),
        row(WED, "The office is closed Monday."),
        row(WED, "See you Monday."),
        row(WED, "I'll see you Monday."),
        row(WED, "We will meet on Monday."),
        row(WED, "I'll call you Friday."),
        row(WED, "Our CEO will have lunch with you Friday."),
        row(WED, "I should have sent it Friday."),
        row(WED, "We were going to send it Friday."),
        row(WED, "I will not send it Friday."),
        row(WED, "I won't have it Friday."),
        row(WED, "Will you send it Friday?"),
        row(WED, "I'll send the agenda for the meeting on Monday."),
        row(WED, "I'll send what we discussed on Monday."),
        row(WED, "We'll deliver the remaining items as discussed on Monday."),
        row(WED, "We will send the invoice on the 12th of each month."),
        row(WED, "I'll be out of the office Monday."),
        row(WED, "We'll have a look Monday."),
        row(WED, "I'll get started Monday."),
        row(WED, "I'll give this a try tomorrow."),
        row(WED, "The team will discuss it Friday."),
        row(WED, "We will deliver from Monday until Friday."),
        row(WED, "We'll deliver Monday to Friday."),
        row(WED, "We will send the 2nd version."),
        row(WED, "I'll send the Friday report."),
        row(WED, "If we send it Friday, it will be late."),
        row(WED, "I'll send it when I'm back Monday."));
  }

  static Stream<Arguments> norwegianNonCommitments() {
    return Stream.of(
        row(WED, "Jeg sendte det fredag."),
        row(WED, "Vi møttes på mandag."),
        row(WED, "På fredag diskuterte vi budsjettet."),
        row(WED, "Kontoret er stengt mandag."),
        row(WED, "Vi ses mandag."),
        row(WED, "Skal jeg sende det fredag?"),
        row(WED, "Vi sender nyhetsbrev hver fredag."),
        row(WED, "Vi leverer vanligvis på fredag."),
        row(WED, "Hvis vi leverer fredag, rekker vi det."),
        row(WED, "Jeg sender ikke noe fredag."),
        row(WED, "Jeg kommer på mandag."),
        row(WED, "Kunden kommer fredag."),
        row(WED, "Vi får se på mandag."),
        row(WED, "Vi får besøk på mandag."),
        row(WED, "Jeg sender deg det vi snakket om på fredag."),
        row(WED, "Vi skal ha møte fredag."),
        row(WED, "Jeg skal på ferie fredag."),
        row(WED, "Vi sender 2."),
        row(WED, "Jeg leverte det i fredag."),
        row(WED, "Vi leverer fra mandag til fredag."),
        row(WED, "Vi skulle levere fredag."),
        row(WED, "Vi leverer resten som avtalt på fredag."),
        row(WED, "Store deler av behovet er i dag dekket med strøm."));
  }

  static Stream<Arguments> englishNonDeadlines() {
    return Stream.of(
        row(WED, "We met on Friday."),
        row(WED, "Send it ASAP please."),
        row(WED, "This is urgent, asap!"),
        row(WED, "Friday works for a call."),
        row(WED, "Can we do a call before Friday?"),
        row(WED, "Call me before 5pm."),
        row(WED, "Can we meet before 5 pm?"),
        row(WED, "The 5 pm meeting was great."),
        row(WED, "Let's talk on Monday at 10am."),
        row(WED, "Revenue increased by 3.5 million."),
        row(WED, "Sales grew by 12% in 2025."),
        row(WED, "We are on version 2.1 now."),
        row(WED, "You can reach me on 555-0123 or +47 22 33 44 55."),
        row(WED, "It was due last Friday."),
        row(WED, "The files were sent before Friday."),
        row(WED, "We delivered it by Friday last week."),
        row(WED, "Our deadline was Friday."),
        row(WED, "I'm available until 3pm."),
        row(WED, "I'm out of the office until Monday."),
        row(WED, "We work from Monday until Friday."),
        row(WED, "Until today I had not seen it."),
        row(WED, "We ship twice in a week."),
        row(WED, "Thanks for the update on the 12th of May."),
        row(WED, "At the end of the day, it's your call."),
        row(WED, "The delivery was delayed by two days."),
        row(WED, "That happened 2 days ago."),
        row(WED, "The next meeting is at 5pm."),
        row(WED, "I'll be free in an hour for a chat."),
        row(WED, "Please read section 2.10 before the review."),
        row(WED, "The score was 3.5 by the end."),
        row(WED, "I sat by Sun Lee at dinner."),
        row(WED, "We paid the invoice on 12 May."),
        row(WED, "I'm done for today."),
        row(WED, "I'll call you in 10 minutes."),
        row(WED, "See you in two weeks."),
        row(WED, "Are you free Friday before 3pm?"),
        row(WED, "By the way, on Friday we'll be closed."),
        row(WED, "Written by John on May 12."),
        row(WED, "Please return the contract by April 10."),
        row(WED, "Due to Friday's holiday we are late."),
        row(WED, "I'm here until 5."),
        row(WED, "Sent by 3 people; by 2027 we'll have grown."),
        row(WED, "It grew by 10.5 and then by 1.5x."),
        row(WED, "I'll be in touch in a few days."));
  }

  static Stream<Arguments> norwegianNonDeadlines() {
    return Stream.of(
        row(WED, "På fredag var vi på møte."),
        row(WED, "Dette haster!"),
        row(WED, "ASAP, takk."),
        row(WED, "Fredag passer fint for en prat."),
        row(WED, "Kan vi ta en telefon før fredag?"),
        row(WED, "Ring meg før kl 16."),
        row(WED, "Kan vi møtes før kl 12 på fredag?"),
        row(WED, "Møtet kl 17 var veldig bra."),
        row(WED, "Omsetningen økte til 3.5 millioner."),
        row(WED, "Prisen ble økt til 12.50 kroner."),
        row(WED, "Vi bruker versjon 2.1."),
        row(WED, "Ring oss på 22 33 44 55 eller 912 34 567."),
        row(WED, "Det var frist forrige fredag."),
        row(WED, "Filene ble sendt før fredag."),
        row(WED, "Han kom før fredag."),
        row(WED, "Jeg er ledig til kl 15."),
        row(WED, "Jeg er på ferie til mandag."),
        row(WED, "Vi jobber fra mandag til fredag."),
        row(WED, "Til i dag har vi ikke hørt noe."),
        row(WED, "Vi snakket om en uke på hytta."),
        row(WED, "Vi leverer to ganger om dagen."),
        row(WED, "Før man leverer, må vi teste."),
        row(WED, "Dette skjedde for to dager siden."),
        row(WED, "I morges var alt klart."),
        row(WED, "Til slutt vil jeg si takk."),
        row(WED, "Oppdatert til 2.10 i går."),
        row(WED, "I slutten av forrige uke var vi opptatt."),
        row(WED, "Vi betalte fakturaen 12. mai."),
        row(WED, "Jeg er ferdig for i dag."),
        row(WED, "Vi ses om to uker."),
        row(WED, "Husk møtet før helgen."),
        row(WED, "Fristen gikk ut i går."),
        row(WED, "God helg til alle!"),
        row(WED, "Innen 2027 vil vi ha vokst, og innen IT er det travelt."),
        row(WED, "Send det innen 1. april."),
        row(WED, "Vi må ha dette på plass snart, det haster veldig."));
  }

  @Test
  void keepsTheWordsThatStateEachDeadline() {
    List<String> expressions =
        DEADLINES.find("Please have the draft ready by Friday 10am and the rest by the end of May at the latest.",
                Language.ENGLISH, OffsetDateTime.parse(WED))
            .stream()
            .map(Deadline::expression)
            .toList();
    assertEquals(List.of("by Friday 10am", "by the end of May"), expressions);
    assertEquals(
        List.of(new Deadline(OffsetDateTime.parse("2026-04-20T10:00+02:00"), "innen mandag kl. 10")),
        DEADLINES.find("Leveransen må være klar innen mandag kl. 10.", Language.NORWEGIAN, OffsetDateTime.parse(WED)));
  }

  @Test
  void keepsTheWordsOfACommittedTimeBesideATriggeredOne() {
    List<String> expressions =
        DEADLINES.find("I'll send the draft Friday and the rest by the end of May.", Language.ENGLISH,
                OffsetDateTime.parse(WED))
            .stream()
            .map(Deadline::expression)
            .toList();
    assertEquals(List.of("Friday", "by the end of May"), expressions);
    assertEquals(
        List.of(new Deadline(OffsetDateTime.parse("2026-04-16T09:00+02:00"), "i morgen tidlig")),
        DEADLINES.find("Vi leverer i morgen tidlig.", Language.NORWEGIAN, OffsetDateTime.parse(WED)));
  }

  @Test
  void readsEachSentenceOfAMessageInItsOwnLanguage() {
    List<Sentence> message = List.of(
        sentence("Hei! Kan du sende utkastet innen fredag?", Language.NORWEGIAN),
        sentence("Also, the invoice is due on the 30th.", Language.ENGLISH),
        sentence("Bis Freitag, bitte.", Language.OTHER),
        sentence("Thanks!", Language.ENGLISH));
    List<OffsetDateTime> dues = DEADLINES.find(message, OffsetDateTime.parse(WED)).stream().map(Deadline::due).toList();
    assertEquals(parsed(List.of("2026-04-17T17:00+02:00", "2026-04-30T17:00+02:00")), dues);
  }

  @Test
  void statesNoDeadlineInOtherLanguages() {
    assertEquals(List.of(), DEADLINES.find("by Friday", Language.OTHER, OffsetDateTime.parse(WED)));
  }

  @Test
  void neverThrowsOnOddInput() {
    OffsetDateTime[] dates = {
      OffsetDateTime.parse(WED), OffsetDateTime.MAX, OffsetDateTime.MIN,
      OffsetDateTime.parse("+999999999-12-31T10:00+18:00"), OffsetDateTime.parse("2024-02-29T23:59:59.999+14:00"),
      OffsetDateTime.parse("2026-12-31T23:59:30-12:00")
    };
    String[] pieces = {
      "by", "innen", "før", "til", "the", "12", "12.", "15.05", "3.5", "/", ":", "kl", ".", "fredag", "Friday",
      "next", "neste", "end", "of", "week", "uke", "slutten", "av", "in", "om", "a", "en", "days", "dager", "at",
      "latest", "senest", "pm", "am", "2026-02-30", "31/2", "99:99", "24:00", "0:00", "00.00", "53", "week 0",
      "\u0130", "\uD83D\uDE00", "'", "\u2019", "-", "man", "tor", "frist", "deadline", "due", "ready", "i",
      "morgen", "dag", "EOD", "999999999999", "0", "00", "31", "32", "february 29", "29 feb", "nyttår",
      "helgen", "\u00A0", "\n", "\t"
    };
    java.util.Random random = new java.util.Random(20260415);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      Language language = random.nextBoolean() ? Language.ENGLISH : Language.NORWEGIAN;
      neverBefore(text.toString(), language, dates[random.nextInt(dates.length)]);
    }
    String[] commitments = {
      "I'll", "will", "send", "sender", "får", "kommer", "skal", "sende", "det", "it", "expect", "the",
      "report", "utkastet", "get", "have", "going", "to", "not", "ikke", "?", ",", "when", "hvis", "on", "på"
    };
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        String[] from = random.nextBoolean() ? commitments : pieces;
        text.append(from[random.nextInt(from.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      Language language = random.nextBoolean() ? Language.ENGLISH : Language.NORWEGIAN;
      neverBefore(text.toString(), language, dates[random.nextInt(dates.length)]);
    }
    DEADLINES.find("", Language.ENGLISH, OffsetDateTime.parse(WED));
    DEADLINES.find("I'll send it Friday ".repeat(100_000), Language.ENGLISH, OffsetDateTime.parse(WED));
    DEADLINES.find("by Friday ".repeat(100_000), Language.ENGLISH, OffsetDateTime.parse(WED));
    DEADLINES.find("12.".repeat(100_000), Language.NORWEGIAN, OffsetDateTime.parse(WED));
  }

  /** Finds the deadlines of a text without throwing; none lies before the message. */
  private static void neverBefore(String text, Language language, OffsetDateTime date) {
    for (Deadline deadline : DEADLINES.find(text, language, date)) {
      assertFalse(deadline.due().isBefore(date), () -> text + " at " + date + ": " + deadline);
    }
  }

  @Test
  void readsOnlyTheStartOfAVeryLongSentence() {
    String text = "by Friday ".repeat(100_000);
    int found = DEADLINES.find(text, Language.ENGLISH, OffsetDateTime.parse(WED)).size();
    assertEquals(Deadlines.MAX_CHARS / "by Friday ".length(), found);
  }

  private static Sentence sentence(String text, Language language) {
    List<String> words = List.of(text.split(" "));
    return new Sentence(text, words, words.stream().map(w -> "X").toList(), language);
  }

  private static Arguments row(String messageDate, String sentence, String... expected) {
    return Arguments.of(messageDate, sentence, Arrays.asList(expected));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} -> {2}")
  @MethodSource({"english", "englishNonDeadlines", "englishCommitments", "englishNonCommitments"})
  void resolvesEnglish(String messageDate, String sentence, List<String> expected) {
    assertEquals(parsed(expected), dues(sentence, Language.ENGLISH, messageDate));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} -> {2}")
  @MethodSource({"norwegian", "norwegianNonDeadlines", "norwegianCommitments", "norwegianNonCommitments"})
  void resolvesNorwegian(String messageDate, String sentence, List<String> expected) {
    assertEquals(parsed(expected), dues(sentence, Language.NORWEGIAN, messageDate));
  }

  private static List<OffsetDateTime> dues(String sentence, Language language, String messageDate) {
    return DEADLINES.find(sentence, language, OffsetDateTime.parse(messageDate)).stream().map(Deadline::due).toList();
  }

  private static List<OffsetDateTime> parsed(List<String> expected) {
    return expected.stream().map(OffsetDateTime::parse).toList();
  }
}
