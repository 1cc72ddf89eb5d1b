package dev.clientlens.analyse.deadline;

import dev.clientlens.analyse.phrase.PhraseTable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of the deadline grammar in one language, read from its word file by {@link LexiconReader}; built
 * once, read by any number of threads.
 */
final class DeadlineLexicon {
  /** What a trigger word lets follow it. */
  enum Trigger {
    /** by, before, no later than, før, senest: a moment or a period. */
    POINT,
    /** until, till, til: as POINT, but not in "from ... until" nor "until today". */
    UNTIL,
    /** before, før: as POINT, but "before week 20" is its Monday morning. */
    BEFORE,
    /** innen: a moment, a period or a span. */
    EITHER,
    /** within, i løpet av: a span, a period ("the week") or a moment. */
    SPAN,
    /** in, om: a span only ("in two days"), and not "twice in a week" nor "snakke om en uke". */
    IN,
    /** ready, done, klar, ferdig: a moment, after an optional "on"/"for"/"på". */
    READY,
    /** due, forfaller: a moment, after an optional "on", "date is". */
    DUE,
    /** deadline, frist: a moment, after "is", ":", or "for the draft is". */
    DEADLINE,
    /** at, i: only "the end of the week/month/year/May", "slutten av uka". */
    AT_END,
    /**
     * No trigger word, in a clause that commits to a delivery ("I'll send it Friday"): a moment, or this
     * or next week, month or year, which run to their end; no span, no bare "the week" or weekend.
     */
    NONE
  }

  /** How a word takes part in a commitment to deliver, the reading of a time with no trigger word. */
  enum Delivery {
    /** send, deliver, sende, levere, get back to you: a delivery in itself. */
    ACT,
    /** ready, done, with you, be sent, bli ferdig: the state of something delivered. */
    STATE,
    /** have, get, expect, få, ha: a delivery only when the thing delivered follows ("get it"). */
    RECEIVE,
    /** kommer: a delivery only when a thing delivered comes ("utkastet kommer", "fredag kommer det"). */
    ARRIVE
  }

  /** How a word before a weekday or a period places it. */
  enum Modifier {
    THE,
    THIS,
    NEXT,
    PAST
  }

  enum Period {
    HOUR,
    DAY,
    WEEK,
    WEEKEND,
    MONTH,
    YEAR
  }

  record RelativeDay(int days, Optional<LocalTime> time) {}

  /** A named time of day; {@code alone} if it makes a deadline without a day ("by noon"). */
  record PartOfDay(LocalTime time, boolean alone, boolean endOfDay) {}

  record PeriodRef(Modifier modifier, Period period) {}

  record UnitAmount(int times, DueSpec.Unit unit) {}

  final PhraseTable<Trigger> triggers;
  final Set<String> deadlineWordEndings;
  final PhraseTable<Boolean> postfixTriggers;
  final Set<String> jargon;
  final PhraseTable<Boolean> readyConnectors;
  final PhraseTable<Boolean> dueConnectors;
  final PhraseTable<Boolean> deadlineConnectors;
  final PhraseTable<RelativeDay> relativeDays;
  final PhraseTable<PartOfDay> partsOfDay;
  final PhraseTable<Boolean> clockPrefixes;
  final PhraseTable<Boolean> dayConnectors;
  final Map<String, DayOfWeek> weekdays;
  final Map<String, DayOfWeek> weekdayAbbreviations;
  final Map<String, Month> months;
  final PhraseTable<Modifier> weekdayModifiers;
  final PhraseTable<Modifier> weekSuffixes;
  final PhraseTable<Boolean> dateArticles;
  final Set<String> ordinalSuffixes;
  /** Whether "12." is an ordinal ("innen 12."), as in Norwegian. */
  final boolean dotOrdinals;
  final PhraseTable<Boolean> endOf;
  final PhraseTable<PeriodRef> periods;
  final PhraseTable<DueSpec> periodWords;
  final PhraseTable<Integer> amounts;
  final PhraseTable<UnitAmount> units;
  final PhraseTable<Boolean> spanFillers;
  final Set<String> singularUnits;
  final PhraseTable<Boolean> weekNumbers;
  final Set<String> pastWords;
  final Set<String> changeWords;
  final Set<String> meetingWords;
  final Set<String> awayWords;
  final Set<String> objectWords;
  final Set<String> countingWords;
  final Set<String> aboutWords;
  final Set<String> rangeWords;
  final Set<String> quantityWords;
  final PhraseTable<Boolean> forWords;
  /** will, shall, going to, skal, vil, kommer til å: a future that needs a delivery after it. */
  final PhraseTable<Boolean> futureMarkers;
  /** Endings that make a word a future marker ("I'll", "we'll"). */
  final Set<String> futureSuffixes;
  /** Delivery words after a future marker: "send", "have it", "ready", "sende", "få det". */
  final PhraseTable<Delivery> deliveries;
  /** Words that commit without a future marker: "expect", "should have", "sender", "får", "kommer". */
  final PhraseTable<Delivery> ownCommitments;
  /** Things delivered, nouns and pronouns: "it", "the report", "det", "utkastet". */
  final Set<String> deliverables;
  /** Words after "get"/"have"/"få" that make them something else: "get started", "får se". */
  final Set<String> receiveBreakers;
  /** Subject pronouns, for "we met" and for a person who comes rather than a thing. */
  final Set<String> persons;
  /** Past forms that do not follow the regular endings ("sent", "met", "sa", "fikk"). */
  final Set<String> pastForms;
  /** Regular past endings ("discussed", "snakket", "sendte"), read only after a subject pronoun. */
  final Set<String> pastEndings;
  /** Regular participle endings that nouns do not share ("discussed"; Norwegian "-et" is also "utkastet"). */
  final Set<String> participleEndings;
  final Set<String> negations;
  /** Endings that negate a word ("won't", "can't"). */
  final Set<String> negationSuffixes;
  /** Words of a habit, not one delivery: "every Friday", "usually", "vanligvis". */
  final Set<String> habitWords;
  /** if, when, once, hvis, når, så snart: a condition or another event, not a commitment. */
  final PhraseTable<Boolean> subordinators;
  /** and, but, og, men: before a subject pronoun they start another clause. */
  final Set<String> conjunctions;
  /** Words right before a time that give it another role: "from Friday", "the Friday report", "i fredag". */
  final Set<String> bareBlockers;
  /** Blockers that may stand before a week number ("in week 20", "i uke 20"). */
  final Set<String> weekNumberPrepositions;
  /** Words that join a time to the end of a range ("Monday to Friday"). */
  final Set<String> rangeEnds;
  /** The first words of triggers: a sentence without one states no deadline. */
  private final Set<String> triggerWords;
  /** Words a moment or span cannot do without: a sentence without one, or a digit, states none. */
  private final Set<String> anchorWords;

  DeadlineLexicon(Builder b) {
    triggers = b.triggers.build();
    deadlineWordEndings = Set.copyOf(b.deadlineWordEndings);
    postfixTriggers = b.postfixTriggers.build();
    jargon = Set.copyOf(b.jargon);
    readyConnectors = b.readyConnectors.build();
    dueConnectors = b.dueConnectors.build();
    deadlineConnectors = b.deadlineConnectors.build();
    relativeDays = b.relativeDays.build();
    partsOfDay = b.partsOfDay.build();
    clockPrefixes = b.clockPrefixes.build();
    dayConnectors = b.dayConnectors.build();
    weekdays = Map.copyOf(b.weekdays);
    weekdayAbbreviations = Map.copyOf(b.weekdayAbbreviations);
    months = Map.copyOf(b.months);
    weekdayModifiers = b.weekdayModifiers.build();
    weekSuffixes = b.weekSuffixes.build();
    dateArticles = b.dateArticles.build();
    ordinalSuffixes = Set.copyOf(b.ordinalSuffixes);
    dotOrdinals = b.dotOrdinals;
    endOf = b.endOf.build();
    periods = b.periods.build();
    periodWords = b.periodWords.build();
    amounts = b.amounts.build();
    units = b.units.build();
    spanFillers = b.spanFillers.build();
    singularUnits = Set.copyOf(b.singularUnits);
    weekNumbers = b.weekNumbers.build();
    pastWords = Set.copyOf(b.pastWords);
    changeWords = Set.copyOf(b.changeWords);
    meetingWords = Set.copyOf(b.meetingWords);
    awayWords = Set.copyOf(b.awayWords);
    objectWords = Set.copyOf(b.objectWords);
    countingWords = Set.copyOf(b.countingWords);
    aboutWords = Set.copyOf(b.aboutWords);
    rangeWords = Set.copyOf(b.rangeWords);
    quantityWords = Set.copyOf(b.quantityWords);
    forWords = b.forWords.build();
    futureMarkers = b.futureMarkers.build();
    futureSuffixes = Set.copyOf(b.futureSuffixes);
    deliveries = b.deliveries.build();
    ownCommitments = b.ownCommitments.build();
    deliverables = Set.copyOf(b.deliverables);
    receiveBreakers = Set.copyOf(b.receiveBreakers);
    persons = Set.copyOf(b.persons);
    pastForms = union(b.pastForms, pastWords);
    pastEndings = Set.copyOf(b.pastEndings);
    participleEndings = Set.copyOf(b.participleEndings);
    negations = Set.copyOf(b.negations);
    negationSuffixes = Set.copyOf(b.negationSuffixes);
    habitWords = union(b.habitWords, countingWords);
    subordinators = b.subordinators.build();
    conjunctions = Set.copyOf(b.conjunctions);
    bareBlockers = Set.copyOf(b.bareBlockers);
    weekNumberPrepositions = Set.copyOf(b.weekNumberPrepositions);
    rangeEnds = Set.copyOf(b.rangeEnds);
    triggerWords = union(triggers.firstWords(), postfixTriggers.firstWords(), jargon, futureMarkers.firstWords(),
        ownCommitments.firstWords());
    anchorWords = union(weekdays.keySet(), weekdayAbbreviations.keySet(), months.keySet(), relativeDays.lastWords(),
        partsOfDay.lastWords(), periods.lastWords(), periodWords.lastWords(), units.lastWords(),
        weekNumbers.firstWords(), jargon);
  }

  /**
   * The cheap first look that spares most sentences the grammar: a deadline needs a trigger word and
   * a number or a word that names a time.
   */
  boolean mayStateDeadline(DeadlineTokens tokens) {
    boolean trigger = false;
    boolean anchor = false;
    for (int i = 0; i < tokens.size() && !(trigger && anchor); i++) {
      if (tokens.is(i, DeadlineTokens.Kind.NUMBER)) {
        anchor = true;
      } else if (tokens.is(i, DeadlineTokens.Kind.WORD)) {
        String word = tokens.word(i);
        trigger |= triggerWords.contains(word) || isDeadlineWord(word) || isFutureMarker(word);
        anchor |= anchorWords.contains(word);
      }
    }
    return trigger && anchor;
  }

  /** "I'll", "we'll": a word that ends in a future marker. */
  boolean isFutureMarker(String word) {
    return endsWithAny(word, futureSuffixes);
  }

  /** A past form: an irregular one, or a regular ending ("discussed", "snakket"). */
  boolean isPast(String word) {
    return pastForms.contains(word) || (word.length() > 4 && endsWithAny(word, pastEndings));
  }

  /** A participle or past form whatever precedes it: a listed one, or a regular ending nouns lack. */
  boolean isParticiple(String word) {
    return pastForms.contains(word) || (word.length() > 4 && endsWithAny(word, participleEndings));
  }

  /** "not", "ikke", "won't". */
  boolean isNegation(String word) {
    return negations.contains(word) || endsWithAny(word, negationSuffixes);
  }

  private static boolean endsWithAny(String word, Set<String> endings) {
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** "deadline", "frist", "fristen", and compounds such as "svarfrist". */
  boolean isDeadlineWord(String word) {
    return endsWithAny(word, deadlineWordEndings);
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }

  /** The lists while a word file is read (see {@link LexiconReader}). */
  static final class Builder {
    final PhraseTable.Builder<Trigger> triggers = PhraseTable.builder();
    final Set<String> deadlineWordEndings = new HashSet<>();
    final PhraseTable.Builder<Boolean> postfixTriggers = PhraseTable.builder();
    final Set<String> jargon = new HashSet<>();
    final PhraseTable.Builder<Boolean> readyConnectors = PhraseTable.builder();
    final PhraseTable.Builder<Boolean> dueConnectors = PhraseTable.builder();
    final PhraseTable.Builder<Boolean> deadlineConnectors = PhraseTable.builder();
    final PhraseTable.Builder<RelativeDay> relativeDays = PhraseTable.builder();
    final PhraseTable.Builder<PartOfDay> partsOfDay = PhraseTable.builder();
    final PhraseTable.Builder<Boolean> clockPrefixes = PhraseTable.builder();
    final PhraseTable.Builder<Boolean> dayConnectors = PhraseTable.builder();
    final Map<String, DayOfWeek> weekdays = new HashMap<>();
    final Map<String, DayOfWeek> weekdayAbbreviations = new HashMap<>();
    final Map<String, Month> months = new HashMap<>();
    final PhraseTable.Builder<Modifier> weekdayModifiers = PhraseTable.builder();
    final PhraseTable.Builder<Modifier> weekSuffixes = PhraseTable.builder();
    final PhraseTable.Builder<Boolean> dateArticles = PhraseTable.builder();
    final Set<String> ordinalSuffixes = new HashSet<>();
    boolean dotOrdinals;
    final PhraseTable.Builder<Boolean> endOf = PhraseTable.builder();
    final PhraseTable.Builder<PeriodRef> periods = PhraseTable.builder();
    final PhraseTable.Builder<DueSpec> periodWords = PhraseTable.builder();
    final PhraseTable.Builder<Integer> amounts = PhraseTable.builder();
    final PhraseTable.Builder<UnitAmount> units = PhraseTable.builder();
    final PhraseTable.Builder<Boolean> spanFillers = PhraseTable.builder();
    final Set<String> singularUnits = new HashSet<>();
    final PhraseTable.Builder<Boolean> weekNumbers = PhraseTable.builder();
    final Set<String> pastWords = new HashSet<>();
    final Set<String> changeWords = new HashSet<>();
    final Set<String> meetingWords = new HashSet<>();
    final Set<String> awayWords = new HashSet<>();
    final Set<String> objectWords = new HashSet<>();
    final Set<String> countingWords = new HashSet<>();
    final Set<String> aboutWords = new HashSet<>();
    final Set<String> rangeWords = new HashSet<>();
    final Set<String> quantityWords = new HashSet<>();
    final PhraseTable.Builder<Boolean> forWords = PhraseTable.builder();
    final PhraseTable.Builder<Boolean> futureMarkers = PhraseTable.builder();
    final Set<String> futureSuffixes = new HashSet<>();
    final PhraseTable.Builder<Delivery> deliveries = PhraseTable.builder();
    final PhraseTable.Builder<Delivery> ownCommitments = PhraseTable.builder();
    final Set<String> deliverables = new HashSet<>();
    final Set<String> receiveBreakers = new HashSet<>();
    final Set<String> persons = new HashSet<>();
    final Set<String> pastForms = new HashSet<>();
    final Set<String> pastEndings = new HashSet<>();
    final Set<String> participleEndings = new HashSet<>();
    final Set<String> negations = new HashSet<>();
    final Set<String> negationSuffixes = new HashSet<>();
    final Set<String> habitWords = new HashSet<>();
    final PhraseTable.Builder<Boolean> subordinators = PhraseTable.builder();
    final Set<String> conjunctions = new HashSet<>();
    final Set<String> bareBlockers = new HashSet<>();
    final Set<String> weekNumberPrepositions = new HashSet<>();
    final Set<String> rangeEnds = new HashSet<>();

    /** The phrase lists that have no value, by directive name. */
    Map<String, PhraseTable.Builder<Boolean>> phraseLists() {
      return Map.ofEntries(Map.entry("postfix-triggers", postfixTriggers),
          Map.entry("ready-connectors", readyConnectors), Map.entry("due-connectors", dueConnectors),
          Map.entry("deadline-connectors", deadlineConnectors), Map.entry("clock-prefixes", clockPrefixes),
          Map.entry("day-connectors", dayConnectors), Map.entry("date-articles", dateArticles),
          Map.entry("end-of", endOf), Map.entry("span-fillers", spanFillers), Map.entry("week-numbers", weekNumbers),
          Map.entry("for-words", forWords), Map.entry("future-markers", futureMarkers),
          Map.entry("subordinators", subordinators));
    }

    /** The word sets, by directive name. */
    Map<String, Set<String>> wordLists() {
      return Map.ofEntries(Map.entry("deadline-word-endings", deadlineWordEndings), Map.entry("jargon", jargon),
          Map.entry("ordinal-suffixes", ordinalSuffixes), Map.entry("singular-units", singularUnits),
          Map.entry("past-words", pastWords), Map.entry("change-words", changeWords),
          Map.entry("meeting-words", meetingWords), Map.entry("away-words", awayWords),
          Map.entry("object-words", objectWords), Map.entry("counting-words", countingWords),
          Map.entry("about-words", aboutWords), Map.entry("range-words", rangeWords),
          Map.entry("quantity-words", quantityWords), Map.entry("future-suffixes", futureSuffixes),
          Map.entry("deliverables", deliverables), Map.entry("receive-breakers", receiveBreakers),
          Map.entry("persons", persons), Map.entry("past-forms", pastForms), Map.entry("past-endings", pastEndings),
          Map.entry("participle-endings", participleEndings), Map.entry("negations", negations),
          Map.entry("negation-suffixes", negationSuffixes), Map.entry("habit-words", habitWords),
          Map.entry("conjunctions", conjunctions), Map.entry("bare-blockers", bareBlockers),
          Map.entry("week-number-prepositions", weekNumberPrepositions), Map.entry("range-ends", rangeEnds));
    }
  }
}
