package dev.clientlens.analyse;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The words of the deadline grammar in one language; built once, read by any number of threads. */
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

  private DeadlineLexicon(Builder b) {
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

  private static final LocalTime MORNING = DueSpec.MORNING;
  private static final LocalTime NOON = DueSpec.NOON;
  private static final LocalTime END_OF_DAY = DueSpec.END_OF_DAY;
  private static final LocalTime LATE = DueSpec.LATE;

  static DeadlineLexicon english() {
    Builder b = new Builder();
    b.triggers
        .add(Trigger.BEFORE, "before", "prior to", "ahead of")
        .add(Trigger.POINT, "by", "no later than", "not later than", "latest", "at the latest", "at the very latest")
        .add(Trigger.UNTIL, "until", "till", "untill")
        .add(Trigger.SPAN, "within", "over the next", "over the coming")
        .add(Trigger.IN, "in")
        .add(Trigger.READY, "ready")
        .add(Trigger.DUE, "due", "eta")
        .add(Trigger.DEADLINE, "deadline", "new deadline")
        .add(Trigger.AT_END, "at");
    b.deadlineWordEndings.add("deadline");
    b.postfixTriggers.add(true, "at the latest", "at the very latest", "latest");
    b.jargon.addAll(Set.of("eod", "cob", "eow", "eom", "eob"));
    b.readyConnectors.add(true, "on", "for");
    b.dueConnectors.add(true, "on", "date", "date is", "date of", "date :", "is", ":", "is on");
    b.deadlineConnectors.add(true, "is", "is on", ":", "on", "of", "is set for", "set for", "will be");
    b.relativeDays
        .add(new RelativeDay(0, Optional.empty()), "today", "end of today", "the end of today")
        .add(new RelativeDay(0, Optional.of(LATE)), "tonight", "this evening")
        .add(new RelativeDay(0, Optional.of(END_OF_DAY)), "this afternoon")
        .add(new RelativeDay(1, Optional.empty()), "tomorrow", "tmrw", "tomorow", "tommorow", "tommorrow")
        .add(new RelativeDay(2, Optional.empty()), "the day after tomorrow", "day after tomorrow");
    b.partsOfDay
        .add(new PartOfDay(NOON, true, false), "noon", "midday", "lunch", "lunchtime", "lunch time", "12 noon")
        .add(new PartOfDay(LATE, true, false), "midnight")
        .add(new PartOfDay(END_OF_DAY, true, true),
            "eod", "cob", "eob", "end of day", "end of the day", "the end of the day", "the end of day",
            "end-of-day", "close of business", "end of business", "close of play", "end of play",
            "the close of business", "the end of business")
        .add(new PartOfDay(MORNING, false, false),
            "morning", "in the morning", "first thing", "first thing in the morning")
        .add(new PartOfDay(END_OF_DAY, false, false), "afternoon", "in the afternoon")
        .add(new PartOfDay(LATE, false, false), "evening", "in the evening", "night");
    b.clockPrefixes.add(true, "at");
    b.dayConnectors.add(true, "on", ",");
    week(b.weekdays, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    week(b.weekdayAbbreviations, "mon", "tue", "wed", "thu", "fri", "sat", "sun");
    b.weekdayAbbreviations.putAll(Map.of("tues", DayOfWeek.TUESDAY, "weds", DayOfWeek.WEDNESDAY,
        "thur", DayOfWeek.THURSDAY, "thurs", DayOfWeek.THURSDAY));
    year(b.months, "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december");
    year(b.months, "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    b.months.put("sept", Month.SEPTEMBER);
    b.weekdayModifiers
        .add(Modifier.THIS, "this", "this coming", "coming", "on", "on this", "on the coming")
        .add(Modifier.NEXT, "next", "on next")
        .add(Modifier.PAST, "last", "past", "previous", "on last");
    b.weekSuffixes
        .add(Modifier.NEXT, "next week", "of next week", "the following week")
        .add(Modifier.THIS, "this week", "of this week")
        .add(Modifier.PAST, "last week", "of last week", "ago");
    b.dateArticles.add(true, "the", "on the", "on");
    b.ordinalSuffixes.addAll(Set.of("st", "nd", "rd", "th"));
    b.endOf.add(true, "end of", "the end of", "the close of");
    b.periods
        .add(new PeriodRef(Modifier.THE, Period.HOUR), "the hour")
        .add(new PeriodRef(Modifier.THE, Period.DAY), "the day")
        .add(new PeriodRef(Modifier.THE, Period.WEEK), "the week", "week")
        .add(new PeriodRef(Modifier.THIS, Period.WEEK), "this week", "the current week")
        .add(new PeriodRef(Modifier.NEXT, Period.WEEK), "next week", "the following week")
        .add(new PeriodRef(Modifier.THE, Period.WEEKEND), "the weekend", "weekend")
        .add(new PeriodRef(Modifier.THIS, Period.WEEKEND), "this weekend")
        .add(new PeriodRef(Modifier.THE, Period.MONTH), "the month", "month")
        .add(new PeriodRef(Modifier.THIS, Period.MONTH), "this month", "the current month")
        .add(new PeriodRef(Modifier.NEXT, Period.MONTH), "next month", "the following month")
        .add(new PeriodRef(Modifier.THE, Period.YEAR), "the year", "year")
        .add(new PeriodRef(Modifier.THIS, Period.YEAR), "this year");
    b.periodWords
        .add(new DueSpec.EndOfWeek(0), "eow", "end-of-week", "week-end")
        .add(new DueSpec.EndOfMonth(0), "eom", "month-end", "month end", "end-of-month")
        .add(new DueSpec.EndOfYear(), "year-end", "year end", "end-of-year", "eoy");
    b.amounts
        .add(1, "a", "an", "one", "a single")
        .add(2, "two", "a couple of", "couple of", "a couple")
        .add(3, "three").add(4, "four").add(5, "five").add(6, "six").add(7, "seven").add(8, "eight")
        .add(9, "nine").add(10, "ten").add(11, "eleven").add(12, "twelve").add(14, "fourteen")
        .add(24, "twenty-four", "twenty four").add(48, "forty-eight", "forty eight");
    b.units
        .add(new UnitAmount(1, DueSpec.Unit.MINUTES), "minute", "minutes", "min", "mins")
        .add(new UnitAmount(1, DueSpec.Unit.HOURS), "hour", "hours", "hrs", "hr", "h")
        .add(new UnitAmount(1, DueSpec.Unit.DAYS), "day", "days", "calendar days")
        .add(new UnitAmount(1, DueSpec.Unit.WORKING_DAYS),
            "working day", "working days", "business day", "business days", "work day", "work days",
            "workday", "workdays")
        .add(new UnitAmount(1, DueSpec.Unit.WEEKS), "week", "weeks")
        .add(new UnitAmount(2, DueSpec.Unit.WEEKS), "fortnight")
        .add(new UnitAmount(1, DueSpec.Unit.MONTHS), "month", "months");
    b.spanFillers.add(true, "the next", "the coming", "the following");
    b.singularUnits.addAll(Set.of("minute", "hour", "day", "week", "month", "fortnight", "working", "business"));
    b.weekNumbers.add(true, "week", "wk", "w");
    b.pastWords.addAll(Set.of("was", "were", "had", "did", "got", "went", "came", "sent", "delivered", "met"));
    b.changeWords.addAll(Set.of("increase", "increased", "increases", "reduce", "reduced", "reduces", "cut",
        "raise", "raised", "rise", "rose", "risen", "drop", "dropped", "grow", "grew", "grown", "fall", "fell",
        "fallen", "decrease", "decreased", "up", "down", "exceed", "exceeded", "multiply", "multiplied",
        "divide", "divided", "upgrade", "upgraded", "update", "updated", "version", "v", "off", "short"));
    b.meetingWords.addAll(Set.of("call", "calls", "meeting", "meetings", "meet", "chat", "talk", "speak",
        "catch-up", "catchup", "zoom", "phone", "ring", "appointment", "interview", "lunch", "coffee", "see"));
    b.awayWords.addAll(Set.of("available", "free", "away", "vacation", "holiday", "holidays", "leave", "office",
        "ooo", "closed", "busy", "travelling", "traveling", "offline"));
    b.objectWords.addAll(Set.of("me", "us", "you", "him", "her", "them", "back", "again", "up", "briefly",
        "quickly", "together"));
    b.countingWords.addAll(Set.of("times", "once", "twice", "thrice", "per", "every", "each"));
    b.rangeWords.addAll(Set.of("from", "between"));
    b.quantityWords.addAll(Set.of("million", "millions", "mill", "mln", "m", "bn", "billion", "billions", "k",
        "thousand", "hundred", "percent", "%", "$", "€", "£", "kr", "nok", "usd", "eur", "gbp", "sek",
        "dkk", "dollars", "dollar", "euros", "euro", "pounds", "units", "pcs", "users", "people", "items",
        "pages", "words", "lines", "x", "points", "pts", "ms", "mb", "gb", "kb"));
    b.forWords.add(true, "for a", "for an", "for the", "for", "for a quick", "for a short", "for a brief");
    b.futureMarkers.add(true, "will", "shall", "going to", "gonna", "plan to", "plans to", "planning to", "aim to",
        "aims to", "aiming to", "intend to", "intends to", "expect to", "expects to", "expecting to");
    b.futureSuffixes.add("'ll");
    b.deliveries
        .add(Delivery.ACT, "send", "deliver", "submit", "share", "provide", "ship", "upload", "forward",
            "email", "e-mail", "mail", "post", "publish", "release", "hand over", "hand in", "pay", "transfer",
            "resend", "finish", "complete", "finalise", "finalize", "wrap up", "fix", "deploy", "launch",
            "turn around", "reply", "respond", "answer", "confirm", "get back to you", "come back to you",
            "let you know")
        .add(Delivery.STATE, "ready", "done", "finished", "complete", "completed", "sorted", "fixed", "live",
            "in your inbox", "over to you", "across to you", "be sent", "be delivered", "be shipped",
            "be uploaded", "be shared", "be published", "be released", "be paid", "be returned", "be submitted",
            "be provided", "be finalised", "be finalized", "be fixed", "be deployed", "be launched")
        .add(Delivery.RECEIVE, "have", "get", "receive", "return", "give you", "give u");
    b.ownCommitments.add(Delivery.RECEIVE, "expect", "expects", "expecting", "should have", "can have");
    b.deliverables.addAll(Set.of("it", "them", "this", "that", "these", "those", "everything", "something",
        "anything", "copies", "analyses", "minutes", "info", "information", "data", "feedback", "paperwork",
        "documentation", "artwork", "content", "material", "details"));
    nouns(b.deliverables, "draft", "report", "file", "document", "doc", "invoice", "bill", "quote", "quotation",
        "offer", "proposal", "estimate", "update", "result", "number", "figure", "design", "mockup", "mock-up",
        "sketch", "slide", "deck", "presentation", "copy", "text", "translation", "version", "build", "release",
        "contract", "agreement", "delivery", "deliverable", "package", "parcel", "order", "sample", "answer",
        "reply", "response", "summary", "plan", "budget", "analysis", "spec", "specification", "payment",
        "code", "patch", "fix", "list", "overview", "change", "site", "website", "page", "photo", "image",
        "picture", "logo", "pdf", "link", "asset", "video", "article", "manuscript", "statement", "receipt",
        "certificate", "form", "note", "comment", "correction", "edit", "revision", "account", "credential");
    b.receiveBreakers.addAll(Set.of("to", "started", "going", "together", "back", "in", "rid", "used", "away",
        "off", "out", "around", "round", "ahead", "on", "over", "time", "fun", "lunch"));
    b.persons.addAll(Set.of("i", "we", "you", "he", "she", "they"));
    b.pastForms.addAll(Set.of("said", "told", "spoke", "saw", "took", "gave", "made", "found", "thought",
        "brought", "bought", "wrote", "knew", "felt", "left", "kept", "meant", "paid", "put", "read", "set",
        "agreed", "been", "done", "gone", "seen", "taken", "given", "written", "known", "gotten"));
    b.pastEndings.add("ed");
    b.participleEndings.add("ed");
    b.negations.addAll(Set.of("not", "never", "no", "cannot", "unable", "nothing"));
    b.negationSuffixes.add("n't");
    b.habitWords.addAll(Set.of("always", "usually", "normally", "typically", "generally", "often", "weekly",
        "daily", "monthly", "regularly", "sometimes"));
    b.subordinators.add(true, "if", "unless", "when", "whenever", "once", "after", "before", "until", "since",
        "while", "whether", "because", "as soon as", "as long as", "provided", "assuming");
    b.conjunctions.addAll(Set.of("and", "but", "or"));
    b.bareBlockers.addAll(Set.of("from", "since", "after", "for", "of", "about", "regarding", "re", "than",
        "between", "during", "like", "per", "every", "each", "last", "past", "through", "throughout", "till",
        "until", "untill", "by", "before", "due", "within", "in", "to", "prior", "ahead", "around", "as", "or",
        "the", "a", "an", "our", "your", "my", "their", "his", "her", "its", "except", "besides", "latest",
        "deadline", "eta"));
    b.weekNumberPrepositions.add("in");
    b.rangeEnds.addAll(Set.of("to", "through", "thru", "till", "until", "-", "\u2013", "and"));
    return new DeadlineLexicon(b);
  }

  static DeadlineLexicon norwegian() {
    Builder b = new Builder();
    b.triggers
        .add(Trigger.POINT, "senest", "seinest", "ikke senere enn", "ikke seinere enn")
        .add(Trigger.BEFORE, "før", "i forkant av")
        .add(Trigger.UNTIL, "til", "frem til", "fram til", "til og med")
        .add(Trigger.EITHER, "innen")
        .add(Trigger.SPAN, "i løpet av", "i løpet av de neste", "i løpet av de kommende")
        .add(Trigger.IN, "om")
        .add(Trigger.READY, "klar", "klart", "klare", "ferdig", "ferdige")
        .add(Trigger.DUE, "forfaller", "forfall", "forfallsdato", "forfallsdatoen")
        .add(Trigger.DEADLINE, "deadline", "deadlinen", "ny deadline")
        .add(Trigger.AT_END, "i", "ved");
    b.deadlineWordEndings.addAll(Set.of("frist", "fristen", "deadline", "deadlinen"));
    b.postfixTriggers.add(true, "senest", "seinest", "på det seneste", "på det seineste");
    b.jargon.addAll(Set.of("eod", "cob", "eow", "eom"));
    b.readyConnectors.add(true, "på");
    b.dueConnectors.add(true, "på", "den", "er", ":", "til betaling");
    b.deadlineConnectors.add(true, "er", ":", "på", "satt til", "settes til", "blir", "er satt til", "blir satt til");
    b.relativeDays
        .add(new RelativeDay(0, Optional.empty()), "i dag", "idag", "dagen i dag", "slutten av dagen i dag")
        .add(new RelativeDay(0, Optional.of(LATE)), "i kveld", "ikveld", "i natt")
        .add(new RelativeDay(0, Optional.of(END_OF_DAY)), "i ettermiddag")
        .add(new RelativeDay(0, Optional.of(NOON)), "i formiddag")
        .add(new RelativeDay(1, Optional.empty()), "i morgen", "imorgen", "i morra", "imorra", "i mårra",
            "morgendagen", "i morgon")
        .add(new RelativeDay(2, Optional.empty()), "i overmorgen", "overmorgen");
    b.partsOfDay
        .add(new PartOfDay(NOON, true, false), "lunsj", "lunsjtid", "lunch", "lunsjen", "lunchen")
        .add(new PartOfDay(LATE, true, false), "midnatt")
        .add(new PartOfDay(END_OF_DAY, true, true),
            "eod", "cob", "arbeidsdagens slutt", "dagens slutt", "slutten av dagen", "slutten av arbeidsdagen",
            "dagen er omme", "arbeidstidens slutt", "stengetid")
        .add(new PartOfDay(MORNING, false, false), "morgen", "tidlig", "om morgenen", "morgenen")
        .add(new PartOfDay(NOON, false, false), "formiddag", "på formiddagen", "formiddagen")
        .add(new PartOfDay(END_OF_DAY, false, false), "ettermiddag", "på ettermiddagen", "ettermiddagen")
        .add(new PartOfDay(LATE, false, false), "kveld", "om kvelden", "kvelden");
    b.clockPrefixes.add(true, "kl", "klokka", "klokken", "kl .", "ved kl", "ved kl .");
    b.dayConnectors.add(true, "på", ",", "den");
    week(b.weekdays, "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag");
    week(b.weekdayAbbreviations, "man", "tir", "ons", "tor", "fre", "lør", "søn");
    b.weekdayAbbreviations.putAll(Map.of("tirs", DayOfWeek.TUESDAY, "tors", DayOfWeek.THURSDAY));
    year(b.months, "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "desember");
    year(b.months, "jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des");
    b.months.put("sept", Month.SEPTEMBER);
    b.weekdayModifiers
        .add(Modifier.THIS, "på", "denne", "kommende", "førstkommende", "nå på", "nærmeste")
        .add(Modifier.NEXT, "neste", "på neste")
        .add(Modifier.PAST, "forrige", "sist", "siste", "på forrige", "i forrige", "i går", "igår");
    b.weekSuffixes
        .add(Modifier.NEXT, "neste uke", "i neste uke", "uka etter", "uken etter")
        .add(Modifier.THIS, "denne uka", "denne uken", "i denne uka", "i denne uken", "i uka", "i uken")
        .add(Modifier.PAST, "forrige uke", "i forrige uke", "siden");
    b.dateArticles.add(true, "den", "på den", "på");
    b.dotOrdinals = true;
    b.endOf.add(true, "slutten av", "utgangen av", "slutten på");
    b.periods
        .add(new PeriodRef(Modifier.THE, Period.HOUR), "timen")
        .add(new PeriodRef(Modifier.THE, Period.DAY), "dagen")
        .add(new PeriodRef(Modifier.THE, Period.WEEK), "uka", "uken", "uke")
        .add(new PeriodRef(Modifier.THIS, Period.WEEK), "denne uka", "denne uken", "denne uke", "inneværende uke")
        .add(new PeriodRef(Modifier.NEXT, Period.WEEK), "neste uke", "neste veke", "uka etter", "uken etter")
        .add(new PeriodRef(Modifier.THE, Period.WEEKEND), "helgen", "helga", "helg")
        .add(new PeriodRef(Modifier.THIS, Period.WEEKEND), "denne helgen", "denne helga")
        .add(new PeriodRef(Modifier.THE, Period.MONTH), "måneden", "måned", "mnd")
        .add(new PeriodRef(Modifier.THIS, Period.MONTH), "denne måneden", "denne måned", "inneværende måned")
        .add(new PeriodRef(Modifier.NEXT, Period.MONTH), "neste måned", "neste mnd")
        .add(new PeriodRef(Modifier.THE, Period.YEAR), "året")
        .add(new PeriodRef(Modifier.THIS, Period.YEAR), "i år", "dette året", "inneværende år");
    b.periodWords
        .add(new DueSpec.EndOfWeek(0), "ukeslutt", "ukas slutt", "ukens slutt", "eow")
        .add(new DueSpec.EndOfMonth(0), "månedsslutt", "månedens slutt", "månedsskiftet", "månedsskifte",
            "mnd-slutt", "eom", "utgangen av måneden")
        .add(new DueSpec.EndOfYear(), "årsslutt", "årets slutt", "årsskiftet", "årsskifte", "nyttår", "nyår");
    b.amounts
        .add(1, "en", "ett", "ei", "én", "et", "èn")
        .add(2, "to", "et par", "par", "ett par", "noen få")
        .add(3, "tre").add(4, "fire").add(5, "fem").add(6, "seks").add(7, "sju", "syv").add(8, "åtte")
        .add(9, "ni").add(10, "ti").add(11, "elleve").add(12, "tolv").add(14, "fjorten")
        .add(24, "tjuefire", "tjue fire", "tjuefem").add(48, "førtiåtte");
    b.units
        .add(new UnitAmount(1, DueSpec.Unit.MINUTES), "minutt", "minutter", "minuttene", "min")
        .add(new UnitAmount(1, DueSpec.Unit.HOURS), "time", "timer", "timene", "timers", "t")
        .add(new UnitAmount(24, DueSpec.Unit.HOURS), "døgn", "døgnet", "døgns")
        .add(new UnitAmount(1, DueSpec.Unit.DAYS), "dag", "dager", "dagene", "dagers")
        .add(new UnitAmount(1, DueSpec.Unit.WORKING_DAYS),
            "virkedag", "virkedager", "virkedagene", "virkedagers", "arbeidsdag", "arbeidsdager",
            "arbeidsdagene", "arbeidsdagers", "yrkedager")
        .add(new UnitAmount(1, DueSpec.Unit.WEEKS), "uke", "uker", "ukene", "ukers", "ukes", "veke", "veker")
        .add(new UnitAmount(1, DueSpec.Unit.MONTHS), "måned", "måneder", "månedene", "måneders", "måneds", "mnd");
    b.spanFillers.add(true, "de neste", "de kommende", "de nærmeste", "det neste", "den neste",
        "det kommende", "den kommende", "den nærmeste", "det nærmeste");
    b.singularUnits.addAll(Set.of("minutt", "minuttet", "time", "timen", "døgn", "døgnet", "dag", "dagen", "uke", "uka",
        "uken",
        "måned", "måneden", "virkedag", "arbeidsdag"));
    b.weekNumbers.add(true, "uke", "veke", "u", "uke nr", "uke nr .", "week");
    b.pastWords.addAll(Set.of("var", "ble", "hadde", "fikk", "gikk", "kom", "sendte", "leverte", "møttes"));
    b.changeWords.addAll(Set.of("økt", "øke", "øker", "økes", "økte", "redusert", "redusere", "reduseres",
        "reduserte", "senket", "senke", "senkes", "hevet", "heve", "heves", "steget", "stiger", "steg", "falt",
        "faller", "ned", "opp", "oppgrader", "oppgradere", "oppgradert", "oppgraderer", "oppdater", "oppdatere",
        "oppdatert", "oppdaterer", "versjon", "v", "gått", "prisen", "beløpet", "summen", "ganger", "dele"));
    b.meetingWords.addAll(Set.of("møte", "møtet", "møtes", "møter", "treffes", "treffe", "prat", "prate",
        "snakke", "snakkes", "ringe", "ring", "ringer", "telefon", "samtale", "teamsmøte", "lunsj", "kaffe",
        "avtale", "ses", "sees"));
    b.awayWords.addAll(Set.of("ledig", "tilgjengelig", "borte", "ferie", "fri", "permisjon", "kontoret",
        "stengt", "opptatt", "bortreist", "reise", "utilgjengelig", "syk", "sykmeldt"));
    b.objectWords.addAll(Set.of("meg", "oss", "deg", "dere", "ham", "han", "henne", "dem", "igjen", "tilbake",
        "opp", "kort", "raskt", "sammen"));
    b.countingWords.addAll(Set.of("ganger", "gang", "per", "hver", "hvert"));
    b.aboutWords.addAll(Set.of("snakke", "snakket", "snakker", "snakkes", "prate", "pratet", "prater", "spør",
        "spørre", "spurte", "spurt", "fortelle", "fortalte", "forteller", "tenke", "tenkte", "tenker", "høre",
        "hørte", "hører", "lese", "leste", "skrive", "skrev", "skriver", "handler", "gjelder", "mer", "noe",
        "info", "informasjon", "artikkel", "spørsmål", "historien", "mener", "lurer", "usikker", "enige",
        "avtalt", "avtale", "ble", "vite", "vet"));
    b.rangeWords.addAll(Set.of("fra", "mellom"));
    b.quantityWords.addAll(Set.of("millioner", "million", "mill", "mrd", "milliarder", "milliard", "tusen",
        "hundre", "prosent", "%", "$", "€", "£", "kr", "nok", "usd", "eur", "sek", "dkk", "kroner", "krone",
        "stk", "enheter", "brukere", "personer", "sider", "ord", "linjer", "poeng", "x", "ms", "mb", "gb", "kb", "k",
        "m"));
    b.forWords.add(true, "for en", "for et", "for", "til en", "til et", "til", "for en kort", "til en kort");
    b.futureMarkers.add(true, "skal", "vil", "kommer til å", "regner med å", "planlegger å", "tar sikte på å",
        "satser på å");
    b.deliveries
        .add(Delivery.ACT, "sende", "levere", "oversende", "returnere", "dele", "publisere", "betale",
            "ferdigstille", "laste opp", "gi svar", "gi beskjed", "gi tilbakemelding", "komme tilbake til deg",
            "komme tilbake til dere")
        .add(Delivery.STATE, "bli sendt", "bli levert", "bli oversendt", "bli publisert", "bli betalt",
            "bli ferdigstilt", "bli ferdig", "bli klar", "bli klart", "være ferdig", "være klar", "være klart",
            "være på plass", "ligge klart", "ligge ute")
        .add(Delivery.RECEIVE, "få", "ha", "gi deg", "gi dere", "komme med");
    b.ownCommitments
        .add(Delivery.ACT, "sender", "leverer", "oversender", "returnerer", "publiserer", "betaler",
            "ferdigstiller", "laster opp", "gir svar", "gir beskjed", "gir tilbakemelding", "kommer tilbake til deg",
            "kommer tilbake til dere", "sendes", "leveres", "oversendes", "publiseres", "betales", "ferdigstilles",
            "utbetales")
        .add(Delivery.STATE, "blir sendt", "blir levert", "blir oversendt", "blir publisert", "blir betalt",
            "blir ferdigstilt", "blir ferdig", "blir ferdige", "blir klar", "blir klart", "blir klare")
        .add(Delivery.RECEIVE, "får", "gir deg", "gir dere", "kommer med")
        .add(Delivery.ARRIVE, "kommer");
    b.deliverables.addAll(Set.of("det", "den", "dem", "dette", "disse", "alt", "noe",
        "utkast", "utkastet", "utkastene", "rapport", "rapporten", "rapportene", "fil", "filen", "fila", "filene",
        "filer", "dokument", "dokumentet", "dokumentene", "dokumenter", "faktura", "fakturaen", "fakturaene",
        "fakturaer", "regning", "regningen", "tilbud", "tilbudet", "pristilbud", "pristilbudet", "forslag",
        "forslaget", "forslagene", "oppdatering", "oppdateringen", "oppdateringer", "resultat", "resultatet",
        "resultatene", "resultater", "tall", "tallene", "design", "designet", "designen", "skisse", "skissen",
        "skissene", "skisser", "presentasjon", "presentasjonen", "tekst", "teksten", "tekstene", "tekster",
        "oversettelse", "oversettelsen", "versjon", "versjonen", "kontrakt", "kontrakten", "leveranse",
        "leveransen", "leveransene", "materiell", "materiellet", "materialet", "innhold", "innholdet", "pakke",
        "pakken", "pakka", "svar", "svaret", "tilbakemelding", "tilbakemeldingen", "tilbakemeldinger",
        "beskjed", "oppsummering", "oppsummeringen", "referat", "referatet", "plan", "planen", "budsjett",
        "budsjettet", "analyse", "analysen", "kode", "koden", "data", "dataene", "liste", "listen", "lista",
        "oversikt", "oversikten", "endringer", "endringene", "endringen", "nettside", "nettsiden", "nettsida",
        "bilder", "bildene", "bildet", "logo", "logoen", "pdf", "pdf-en", "lenke", "lenken", "lenka", "estimat",
        "estimatet", "prisoverslag", "betaling", "betalingen", "kvittering", "kvitteringen", "bestilling",
        "bestillingen", "varene", "manus", "manuset", "artikkel", "artikkelen", "video", "videoen", "avtalen",
        "tilgang", "tilgangen", "info", "informasjon", "informasjonen"));
    b.receiveBreakers.addAll(Set.of("se", "ta", "vente", "prøve", "snakke", "høre", "vite", "gjøre", "tenke",
        "sjekke", "komme", "gå", "finne", "sette", "til", "besøk", "ferie", "fri", "lov", "tid",
        "hjelp", "bare", "jo", "vel", "med"));
    b.persons.addAll(Set.of("jeg", "vi", "du", "dere", "han", "hun", "man"));
    b.pastForms.addAll(Set.of("sa", "så", "tok", "ga", "gav", "fant", "skrev", "sto", "stod", "satt", "lå",
        "visste", "skulle", "kunne", "ville", "måtte", "burde", "traff", "sendt", "levert", "gjort", "vært",
        "avtalt", "nevnt", "sagt", "diskutert", "bestilt", "mottatt", "fått", "hørt"));
    b.pastEndings.addAll(Set.of("et", "te", "de"));
    b.negations.addAll(Set.of("ikke", "aldri", "ingen", "intet", "ikkje"));
    b.habitWords.addAll(Set.of("alltid", "vanligvis", "normalt", "pleier", "ofte", "ukentlig", "daglig",
        "månedlig", "jevnlig"));
    b.subordinators.add(true, "hvis", "dersom", "når", "etter at", "før", "siden", "mens",
        "fordi", "så snart", "selv om", "enten", "såfremt", "forutsatt at");
    b.conjunctions.addAll(Set.of("og", "men", "eller", "så"));
    b.bareBlockers.addAll(Set.of("fra", "siden", "etter", "for", "av", "om", "angående", "mellom", "per", "hver",
        "hvert", "sist", "siste", "forrige", "innen", "før", "senest", "til", "ved", "i", "gjennom", "under",
        "en", "et", "ei", "eller", "som", "enn", "utenom", "seinest", "frist", "fristen", "forfaller",
        "deadline"));
    b.weekNumberPrepositions.add("i");
    b.rangeEnds.addAll(Set.of("til", "-", "\u2013", "og", "til og med"));
    return new DeadlineLexicon(b);
  }

  /** Each noun and its plural in -s. */
  private static void nouns(Set<String> into, String... singulars) {
    for (String noun : singulars) {
      into.add(noun);
      into.add(noun + "s");
    }
  }

  private static void week(Map<String, DayOfWeek> into, String... names) {
    for (int i = 0; i < names.length; i++) {
      into.put(names[i], DayOfWeek.of(i + 1));
    }
  }

  private static void year(Map<String, Month> into, String... names) {
    for (int i = 0; i < names.length; i++) {
      into.put(names[i], Month.of(i + 1));
    }
  }

  private static final class Builder {
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
  }
}
