package dev.clientlens.analyse.deadline;

import dev.clientlens.analyse.deadline.DeadlineLexicon.Modifier;
import dev.clientlens.analyse.deadline.DeadlineLexicon.PartOfDay;
import dev.clientlens.analyse.deadline.DeadlineLexicon.PeriodRef;
import dev.clientlens.analyse.deadline.DeadlineLexicon.Trigger;
import dev.clientlens.analyse.deadline.DeadlineTokens.Kind;
import dev.clientlens.analyse.phrase.PhraseTable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline grammar over one sentence: a trigger with a deadline sense ("by", "innen", "due",
 * "deadline", ...) followed by a moment, a period or a span, or a moment followed by "at the latest"
 * / "senest"; between those, a moment with no trigger that a delivery commitment states ("I'll send it
 * Friday", read by {@link Commitments}). Vetoes drop past mentions, call and meeting times, ranges and
 * quantities. One instance per sentence; the lexicon is shared.
 */
final class DeadlineGrammar {
  /** A deadline expression: what it means, and the tokens {@code [from, to)} that say it. */
  record Mention(DueSpec spec, int from, int to) {}

  private record Parse(DueSpec spec, int end) {}

  private record DayParse(DueSpec.Day day, int end) {}

  private record WeekdayParse(DayOfWeek day, int end) {}

  private record TimeParse(LocalTime time, int end, boolean alone, boolean endOfDay) {}

  private static final Pattern HOUR = Pattern.compile("\\d{1,2}");
  private static final Pattern HOUR_MINUTE = Pattern.compile("(\\d{1,2})([:.])(\\d{2})");
  private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2}))?");
  private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3})(?:-\\d{1,3})?");
  private static final Set<String> AM_PM = Set.of("am", "pm");
  private static final Set<String> O_CLOCK = Set.of("o'clock", "oclock");
  /** How far back the vetoes look for a past-tense word, an away word, a range start. */
  private static final int PAST_WINDOW = 3;
  private static final int AWAY_WINDOW = 5;
  private static final int RANGE_WINDOW = 8;
  /** How far "the deadline for ... is" may look for its "is". */
  private static final int DEADLINE_SUBJECT_WINDOW = 9;

  private final DeadlineLexicon lex;
  private final DeadlineTokens t;
  /** Whether "at the latest"/"senest" occurs at all: otherwise no token needs the postfix look. */
  private final boolean anyPostfix;
  private final Commitments commitments;

  DeadlineGrammar(DeadlineLexicon lexicon, DeadlineTokens tokens) {
    this.lex = lexicon;
    this.t = tokens;
    boolean postfix = false;
    for (int i = 0; i < tokens.size() && !postfix; i++) {
      postfix = lexicon.postfixTriggers.startsAt(tokens, i);
    }
    this.anyPostfix = postfix;
    this.commitments = new Commitments(lexicon, tokens);
  }

  List<Mention> mentions() {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Optional<Mention> mention = mentionAt(i);
      if (mention.isPresent()) {
        found.add(mention.get());
        i = mention.get().to();
      } else {
        i++;
      }
    }
    return commitments.anyCue() ? withCommitted(found) : found;
  }

  /** The triggered mentions, with the committed times ("I'll send it Friday") in the gaps between them. */
  private List<Mention> withCommitted(List<Mention> triggered) {
    List<Mention> all = new ArrayList<>();
    int next = 0;
    int i = 0;
    while (i < t.size()) {
      if (next < triggered.size() && i >= triggered.get(next).from()) {
        Mention mention = triggered.get(next++);
        all.add(mention);
        i = mention.to();
        continue;
      }
      int limit = next < triggered.size() ? triggered.get(next).from() : t.size();
      Optional<Mention> committed = committed(i, limit);
      if (committed.isPresent()) {
        all.add(committed.get());
        i = committed.get().to();
      } else {
        i++;
      }
    }
    return all;
  }

  /**
   * "I'll send it Friday", "Jeg sender det fredag": a moment with no trigger before it, in a clause
   * that commits to a delivery. It ends before the next triggered mention and does not run into it
   * ("Friday by 5pm" is read as the trigger reads it).
   */
  private Optional<Mention> committed(int i, int limit) {
    Optional<Parse> parse = point(i, Trigger.NONE);
    if (parse.isEmpty()) {
      return Optional.empty();
    }
    DueSpec spec = parse.get().spec();
    int end = parse.get().end();
    if (end > limit || (end == limit && limit < t.size())
        || blockedBefore(i, spec) || !statesItself(i, end, spec) || rangeAfter(end)
        || changedBefore(i, parse.get()) || (t.is(end - 1, Kind.NUMBER) && lex.quantityWords.contains(t.word(end)))) {
      return Optional.empty();
    }
    return commitments.commitsAt(i, end) ? Optional.of(new Mention(spec, i, end)) : Optional.empty();
  }

  /**
   * "From Friday", "the Friday report", "i fredag" (last Friday), "every Monday", or the time after a
   * trigger whose reading was vetoed: the time plays another part. "In week 20" / "i uke 20" is fine.
   */
  private boolean blockedBefore(int i, DueSpec spec) {
    String previous = t.word(i - 1);
    return lex.bareBlockers.contains(previous)
        && !(spec instanceof DueSpec.InWeek && lex.weekNumberPrepositions.contains(previous));
  }

  /**
   * Numbers alone state a time only as a full date ("15.05", "15/5"), and a dotted number opens one
   * only as a date: "we will send 2." or "pay 12.50 tomorrow" hold no clock time. An ordinal day
   * opened by "the"/"den" or a bare number must end the phrase: "the 2nd version" is not the 2nd.
   */
  private boolean statesItself(int from, int to, DueSpec spec) {
    if (t.is(from, Kind.NUMBER) && t.word(from).contains(".") && !(spec instanceof DueSpec.OnDate)) {
      return false; // "12.50 tomorrow" is an amount, then a day
    }
    boolean word = false;
    for (int i = from; i < to && !word; i++) {
      word = t.is(i, Kind.WORD);
    }
    if (!word) {
      return spec instanceof DueSpec.OnDate;
    }
    boolean opensWithArticle = t.is(from, Kind.NUMBER) || t.word(from).equals("the") || t.word(from).equals("den");
    return !(spec instanceof DueSpec.OnDayOfMonth && opensWithArticle && t.is(to, Kind.WORD));
  }

  /** "Monday to Friday", "mandag til fredag": the time opens a range. */
  private boolean rangeAfter(int end) {
    int k = lex.rangeEnds.contains(t.word(end)) ? end + 1 : end;
    return k > end && point(k, Trigger.NONE).isPresent();
  }

  private Optional<Mention> mentionAt(int i) {
    Optional<Mention> triggered = triggered(i);
    if (triggered.isPresent()) {
      return triggered;
    }
    if (lex.jargon.contains(t.word(i))) {
      Optional<Parse> jargon = point(i, Trigger.POINT);
      if (jargon.isPresent() && !pastBefore(i)) {
        return Optional.of(new Mention(jargon.get().spec(), i, jargon.get().end()));
      }
    }
    return postfixed(i);
  }

  /** "By Friday", "innen to dager", "due on the 12th", "the deadline for the draft is Friday". */
  private Optional<Mention> triggered(int i) {
    Trigger kind;
    int after;
    Optional<PhraseTable.Match<Trigger>> hit = lex.triggers.longestAt(t, i);
    if (hit.isPresent()) {
      kind = hit.get().value();
      after = hit.get().end();
    } else if (lex.isDeadlineWord(t.word(i))) {
      kind = Trigger.DEADLINE;
      after = i + 1;
    } else {
      return Optional.empty();
    }
    return afterTrigger(kind, after)
        .filter(parse -> !vetoed(kind, i, parse))
        .map(parse -> new Mention(parse.spec(), i, parse.end()));
  }

  /** "Friday at the latest", "fredag senest". */
  private Optional<Mention> postfixed(int i) {
    if (!anyPostfix || (!t.is(i, Kind.WORD) && !t.is(i, Kind.NUMBER))) {
      return Optional.empty();
    }
    Optional<Parse> parse = point(i, Trigger.POINT);
    if (parse.isEmpty()) {
      return Optional.empty();
    }
    int end = parse.get().end();
    Optional<PhraseTable.Match<Boolean>> postfix = lex.postfixTriggers.longestAt(t, end);
    if (postfix.isEmpty()) {
      return Optional.empty();
    }
    int to = postfix.get().end();
    // a lone "latest"/"senest" must end the clause: "Friday latest news" is not a deadline
    if (to == end + 1 && t.is(to, Kind.WORD)) {
      return Optional.empty();
    }
    Parse whole = new Parse(parse.get().spec(), to);
    return vetoed(Trigger.POINT, i, whole) ? Optional.empty() : Optional.of(new Mention(whole.spec(), i, to));
  }

  private Optional<Parse> afterTrigger(Trigger kind, int at) {
    return switch (kind) {
      case POINT, BEFORE, UNTIL -> point(at, kind);
      case EITHER -> point(at, kind).or(() -> span(at));
      case SPAN -> span(at).or(() -> point(at, kind));
      case IN -> span(at);
      case READY -> point(lex.readyConnectors.skip(t, at), kind);
      case DUE -> point(lex.dueConnectors.skip(t, at), kind);
      case DEADLINE -> deadline(at);
      case AT_END -> endOf(at, kind);
      case NONE -> point(at, kind);
    };
  }

  /** "Deadline: Friday", "fristen er fredag", "the deadline for the draft is Friday". */
  private Optional<Parse> deadline(int at) {
    int connected = lex.deadlineConnectors.skip(t, at);
    Optional<Parse> direct = point(connected, Trigger.DEADLINE).or(() -> span(connected));
    if (direct.isPresent() || connected != at) {
      return direct;
    }
    for (int i = at; i < at + DEADLINE_SUBJECT_WINDOW && i < t.size(); i++) {
      if (t.is(i, Kind.MARK) && !t.word(i).equals(":")) {
        return Optional.empty();
      }
      int linked = lex.deadlineConnectors.skip(t, i);
      Optional<Parse> parse = linked == i ? Optional.empty() : point(linked, Trigger.DEADLINE);
      if (parse.isPresent()) {
        return parse;
      }
    }
    return Optional.empty();
  }

  /** A moment: a time, a day, a day and a time, or a period end. */
  private Optional<Parse> point(int at, Trigger kind) {
    // "first thing" and "morning" may come first when a day follows ("first thing Monday")
    Optional<TimeParse> time = time(at, true);
    if (time.isPresent()) {
      int next = lex.dayConnectors.skip(t, time.get().end());
      Optional<DayParse> day = day(next);
      if (day.isPresent()) {
        return Optional.of(new Parse(day.get().day().at(time.get().time()), day.get().end()));
      }
      if (time.get().endOfDay()) {
        return Optional.of(new Parse(new DueSpec.RelativeDay(0, Optional.empty()), time.get().end()));
      }
      if (time.get().alone()) {
        return Optional.of(new Parse(new DueSpec.AtClock(time.get().time()), time.get().end()));
      }
    }
    Optional<DayParse> day = day(at);
    if (day.isPresent()) {
      int next = t.word(day.get().end()).equals(",") ? day.get().end() + 1 : day.get().end();
      Optional<TimeParse> later = time(next, true);
      if (later.isPresent()) {
        return Optional.of(new Parse(day.get().day().at(later.get().time()), later.get().end()));
      }
      return Optional.of(new Parse(day.get().day(), day.get().end()));
    }
    return period(at, kind);
  }

  /** "5pm", "17:00", "kl. 14", "klokka 17", "noon", "EOD"; "morning" and the like only after a day. */
  private Optional<TimeParse> time(int at, boolean afterDay) {
    Optional<PhraseTable.Match<PartOfDay>> part = lex.partsOfDay.longestAt(t, at);
    if (part.isPresent() && (part.get().value().alone() || afterDay)) {
      PartOfDay value = part.get().value();
      return Optional.of(new TimeParse(value.time(), part.get().end(), value.alone(), value.endOfDay()));
    }
    int k = at;
    boolean prefixed = false;
    Optional<PhraseTable.Match<Boolean>> prefix = lex.clockPrefixes.longestAt(t, at);
    if (prefix.isPresent()) {
      prefixed = true;
      k = prefix.get().end();
      if (t.word(k).equals(".")) {
        k++;
      }
      Optional<PhraseTable.Match<PartOfDay>> named = lex.partsOfDay.longestAt(t, k);
      if (named.isPresent() && named.get().value().alone()) { // "at noon"
        PartOfDay value = named.get().value();
        return Optional.of(new TimeParse(value.time(), named.get().end(), true, value.endOfDay()));
      }
    }
    if (!t.is(k, Kind.NUMBER)) {
      return Optional.empty();
    }
    String number = t.word(k);
    int hour;
    int minute = 0;
    boolean dotted = false;
    boolean minutes = false;
    Matcher hm = HOUR_MINUTE.matcher(number);
    if (hm.matches()) {
      hour = Integer.parseInt(hm.group(1));
      minute = Integer.parseInt(hm.group(3));
      dotted = hm.group(2).equals(".");
      minutes = true;
    } else if (HOUR.matcher(number).matches()) {
      hour = Integer.parseInt(number);
    } else {
      return Optional.empty();
    }
    int end = k + 1;
    boolean pm = false;
    boolean am = false;
    if (AM_PM.contains(t.word(end))) {
      pm = t.word(end).equals("pm");
      am = !pm;
      end++;
    } else if (t.word(end).equals("noon") && hour == 12 && !minutes) {
      end++;
    }
    boolean oClock = O_CLOCK.contains(t.word(end));
    if (oClock) {
      end++;
    }
    if (!minutes && !am && !pm && !oClock && !prefixed) {
      return Optional.empty();
    }
    if (dotted && !prefixed && !am && !pm && isDayMonth(hour, minute)) {
      return Optional.empty(); // "12.05" is the 12th of May
    }
    if (minute > 59) {
      return Optional.empty();
    }
    if (am || pm) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (pm ? 12 : 0);
    } else {
      if (hour > 24 || (hour == 24 && minute != 0)) {
        return Optional.empty();
      }
      if (hour == 24) {
        return Optional.of(new TimeParse(DueSpec.LATE, end, true, false));
      }
      if (hour >= 1 && hour <= 6 && !number.startsWith("0")) {
        hour += 12; // "kl. 3", "by 5:30": business hours, so the afternoon
      }
    }
    return Optional.of(new TimeParse(LocalTime.of(hour, minute), end, true, false));
  }

  /** "Today", "Friday", "next Friday", "Friday next week", "the 12th", "12 May", "15.05". */
  private Optional<DayParse> day(int at) {
    Optional<PhraseTable.Match<DeadlineLexicon.RelativeDay>> relative = lex.relativeDays.longestAt(t, at);
    if (relative.isPresent()) {
      DeadlineLexicon.RelativeDay value = relative.get().value();
      return Optional.of(new DayParse(new DueSpec.RelativeDay(value.days(), value.time()), relative.get().end()));
    }
    Optional<PhraseTable.Match<Modifier>> modifier = lex.weekdayModifiers.longestAt(t, at);
    int k = modifier.map(PhraseTable.Match::end).orElse(at);
    Optional<WeekdayParse> weekday = weekday(k);
    if (weekday.isPresent()) {
      Modifier mod = modifier.map(PhraseTable.Match::value).orElse(Modifier.THIS);
      if (mod == Modifier.PAST) {
        return Optional.empty();
      }
      int end = weekday.get().end();
      boolean nextWeek = mod == Modifier.NEXT;
      Optional<PhraseTable.Match<Modifier>> suffix = lex.weekSuffixes.longestAt(t, end);
      if (suffix.isPresent()) {
        if (suffix.get().value() == Modifier.PAST) {
          return Optional.empty();
        }
        nextWeek |= suffix.get().value() == Modifier.NEXT;
        end = suffix.get().end();
      }
      Optional<DayParse> date = date(lex.dayConnectors.skip(t, end));
      if (date.isPresent()) {
        return date; // "Friday 15 May": the date decides
      }
      return Optional.of(new DayParse(new DueSpec.OnWeekday(weekday.get().day(), nextWeek, Optional.empty()), end));
    }
    if (modifier.isPresent() && modifier.get().value() == Modifier.PAST) {
      return Optional.empty();
    }
    return date(at);
  }

  /** A weekday name, or an abbreviation that is not the start of an ordinary word ("man", "sat"). */
  private Optional<WeekdayParse> weekday(int at) {
    String word = t.word(at);
    DayOfWeek full = lex.weekdays.get(word);
    if (full != null) {
      return Optional.of(new WeekdayParse(full, at + 1));
    }
    DayOfWeek abbreviated = lex.weekdayAbbreviations.get(word);
    if (abbreviated == null || !t.is(at, Kind.WORD)) {
      return Optional.empty();
    }
    int next = at + 1;
    if (t.word(next).equals(".") && t.touchesPrevious(next)) {
      return Optional.of(new WeekdayParse(abbreviated, next + 1));
    }
    boolean timeFollows = lex.clockPrefixes.startsAt(t, next) || lex.partsOfDay.startsAt(t, next);
    if (t.is(next, Kind.WORD) && !timeFollows) {
      return Optional.empty();
    }
    return Optional.of(new WeekdayParse(abbreviated, next));
  }

  /** "12 May", "12th of May", "May 12th, 2026", "the 3rd", "den 12.", "12. mai", "15.05", "15/5". */
  private Optional<DayParse> date(int at) {
    int k = lex.dateArticles.skip(t, at);
    if (t.is(k, Kind.NUMBER)) {
      String number = t.word(k);
      if (number.length() <= 2) {
        return dayFirst(k, Integer.parseInt(number));
      }
      return numericDate(k);
    }
    Month month = lex.months.get(t.word(k));
    if (month == null || !t.is(k, Kind.WORD)) {
      return Optional.empty();
    }
    int n = k + 1;
    if (t.word(n).equals(".") && t.touchesPrevious(n)) {
      n++;
    }
    if (t.word(n).equals("the")) {
      n++;
    }
    if (!t.is(n, Kind.NUMBER) || t.word(n).length() > 2) {
      return Optional.empty();
    }
    int day = Integer.parseInt(t.word(n));
    int end = ordinalEnd(n + 1);
    return onDate(day, month, end);
  }

  private Optional<DayParse> dayFirst(int k, int day) {
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    int afterOrdinal = ordinalEnd(k + 1);
    boolean ordinal = afterOrdinal > k + 1;
    int m = t.word(afterOrdinal).equals("of") ? afterOrdinal + 1 : afterOrdinal;
    Month month = lex.months.get(t.word(m));
    if (month != null && t.is(m, Kind.WORD)) {
      return onDate(day, month, m + 1);
    }
    if (ordinal) {
      return Optional.of(new DayParse(new DueSpec.OnDayOfMonth(day, Optional.empty()), afterOrdinal));
    }
    return Optional.empty();
  }

  /** The token after an ordinal mark ("th", or "." in Norwegian) that touches token {@code at - 1}. */
  private int ordinalEnd(int at) {
    if (!t.touchesPrevious(at)) {
      return at;
    }
    String word = t.word(at);
    if (lex.ordinalSuffixes.contains(word) || (lex.dotOrdinals && word.equals("."))) {
      return at + 1;
    }
    return at;
  }

  /** A day and month with an optional year after them ("12 May 2026", "May 12, 2026"). */
  private Optional<DayParse> onDate(int day, Month month, int at) {
    if (day > month.maxLength()) {
      return Optional.empty();
    }
    int y = t.word(at).equals(",") ? at + 1 : at;
    if (t.is(y, Kind.NUMBER) && YEAR.matcher(t.word(y)).matches()) {
      int year = Integer.parseInt(t.word(y));
      if (year >= 2000 && year <= 2099) {
        DueSpec.Day date = new DueSpec.OnDate(day, month, OptionalInt.of(year), Optional.empty());
        return Optional.of(new DayParse(date, y + 1));
      }
    }
    return Optional.of(new DayParse(new DueSpec.OnDate(day, month, OptionalInt.empty(), Optional.empty()), at));
  }

  /**
   * "15.05", "15.5.", "15.05.2026", "15/5", "15/05/26", "2026-05-15". Day first; a slashed date reads
   * month first only when it cannot be day first ("5/15"). A dotted day and month needs a two-digit
   * month or a closing dot, so "3.5 million" and "version 2.1" stay numbers.
   */
  private Optional<DayParse> numericDate(int k) {
    String number = t.word(k);
    int end = k + 1;
    boolean closingDot = t.word(end).equals(".") && t.touchesPrevious(end);
    Matcher dotted = DOTTED_DATE.matcher(number);
    if (dotted.matches()) {
      if (dotted.group(3) == null && dotted.group(2).length() < 2 && !closingDot) {
        return Optional.empty();
      }
      return numericDay(dotted.group(1), dotted.group(2), dotted.group(3), closingDot ? end + 1 : end);
    }
    Matcher slashed = SLASHED_DATE.matcher(number);
    if (slashed.matches()) {
      int first = Integer.parseInt(slashed.group(1));
      int second = Integer.parseInt(slashed.group(2));
      if (second > 12 && first <= 12) {
        return numericDay(slashed.group(2), slashed.group(1), slashed.group(3), end);
      }
      return numericDay(slashed.group(1), slashed.group(2), slashed.group(3), end);
    }
    Matcher iso = ISO_DATE.matcher(number);
    if (iso.matches()) {
      return numericDay(iso.group(3), iso.group(2), iso.group(1), end);
    }
    return Optional.empty();
  }

  private static Optional<DayParse> numericDay(String day, String month, String year, int end) {
    int d = Integer.parseInt(day);
    int m = Integer.parseInt(month);
    if (!isDayMonth(d, m)) {
      return Optional.empty();
    }
    OptionalInt y = OptionalInt.empty();
    if (year != null) {
      int value = Integer.parseInt(year);
      value = year.length() == 2 ? 2000 + value : value;
      if (value < 2000 || value > 2099) {
        return Optional.empty();
      }
      y = OptionalInt.of(value);
    }
    return Optional.of(new DayParse(new DueSpec.OnDate(d, Month.of(m), y, Optional.empty()), end));
  }

  private static boolean isDayMonth(int day, int month) {
    return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength();
  }

  /**
   * "The end of the week", "end of May", "EOW", "the weekend", "next week", "week 20"; the bare forms
   * "the week", "uka", "the day", "the hour" only after a span trigger ("within the week", "innen
   * uka", "i løpet av dagen").
   */
  private Optional<Parse> period(int at, Trigger kind) {
    Optional<Parse> end = endOf(at, kind);
    if (end.isPresent() || lex.endOf.startsAt(t, at)) {
      return end;
    }
    Optional<PhraseTable.Match<DueSpec>> word = lex.periodWords.longestAt(t, at);
    if (word.isPresent()) {
      return Optional.of(new Parse(word.get().value(), word.get().end()));
    }
    Optional<PhraseTable.Match<Boolean>> weekNumber = lex.weekNumbers.longestAt(t, at);
    if (weekNumber.isPresent()) {
      int n = weekNumber.get().end();
      if (t.is(n, Kind.NUMBER) && t.word(n).length() <= 2) {
        int week = Integer.parseInt(t.word(n));
        return Optional.of(new Parse(new DueSpec.InWeek(week, kind == Trigger.BEFORE), n + 1));
      }
    }
    Optional<PhraseTable.Match<PeriodRef>> ref = lex.periods.longestAt(t, at);
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    Modifier modifier = ref.get().value().modifier();
    boolean span = kind == Trigger.SPAN || kind == Trigger.EITHER;
    // "within next week" and a commitment's "I'll send it next week" run to the week's end
    boolean toItsEnd = kind == Trigger.SPAN || kind == Trigger.NONE;
    int after = ref.get().end();
    DueSpec spec;
    switch (ref.get().value().period()) {
      case WEEKEND:
        spec = span || kind == Trigger.POINT || kind == Trigger.BEFORE ? new DueSpec.EndOfWeek(0) : null;
        break;
      case HOUR:
        spec = span ? new DueSpec.After(1, DueSpec.Unit.HOURS) : null;
        break;
      case DAY:
        spec = span ? new DueSpec.RelativeDay(0, Optional.empty()) : null;
        break;
      case WEEK:
        if (modifier == Modifier.NEXT) {
          spec = toItsEnd ? new DueSpec.EndOfWeek(1) : new DueSpec.StartOfNextWeek();
        } else {
          spec = modifier == Modifier.THIS || span ? new DueSpec.EndOfWeek(0) : null;
        }
        break;
      case MONTH:
        if (modifier == Modifier.NEXT) {
          spec = toItsEnd ? new DueSpec.EndOfMonth(1) : new DueSpec.StartOfNextMonth();
        } else {
          spec = modifier == Modifier.THIS || span ? new DueSpec.EndOfMonth(0) : null;
        }
        break;
      case YEAR:
        spec = modifier == Modifier.THIS || span ? new DueSpec.EndOfYear() : null;
        break;
      default:
        spec = null;
    }
    return Optional.ofNullable(spec).map(s -> new Parse(s, after));
  }

  /**
   * "The end of the week / next week / the month / May / the year", "månedsslutt"; "the end of the
   * day" not after "at".
   */
  private Optional<Parse> endOf(int at, Trigger kind) {
    Optional<PhraseTable.Match<Boolean>> end = lex.endOf.longestAt(t, at);
    if (end.isEmpty()) {
      return kind == Trigger.AT_END
          ? lex.periodWords.longestAt(t, at).map(word -> new Parse(word.value(), word.end()))
          : Optional.empty();
    }
    int k = end.get().end();
    Month month = lex.months.get(t.word(k));
    if (month != null && t.is(k, Kind.WORD)) {
      return Optional.of(new Parse(new DueSpec.EndOfNamedMonth(month), k + 1));
    }
    Optional<PhraseTable.Match<PeriodRef>> ref = lex.periods.longestAt(t, k);
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    boolean next = ref.get().value().modifier() == Modifier.NEXT;
    int after = ref.get().end();
    switch (ref.get().value().period()) {
      case WEEK:
        return Optional.of(new Parse(new DueSpec.EndOfWeek(next ? 1 : 0), after));
      case MONTH:
        return Optional.of(new Parse(new DueSpec.EndOfMonth(next ? 1 : 0), after));
      case YEAR:
        return Optional.of(new Parse(new DueSpec.EndOfYear(), after));
      case DAY:
        // "at the end of the day" is an idiom ("all things considered"), not a time
        return kind == Trigger.AT_END
            ? Optional.empty()
            : Optional.of(new Parse(new DueSpec.RelativeDay(0, Optional.empty()), after));
      default:
        return Optional.empty();
    }
  }

  /** "Two days", "48 hours", "a week", "et par dager", "3 working days", "the next hour". */
  private Optional<Parse> span(int at) {
    int k = lex.spanFillers.skip(t, at);
    boolean filler = k != at;
    int amount;
    int unitAt;
    Matcher digits = AMOUNT.matcher(t.word(k));
    Optional<PhraseTable.Match<Integer>> word = lex.amounts.longestAt(t, k);
    if (t.is(k, Kind.NUMBER) && digits.matches()) {
      amount = Integer.parseInt(digits.group(1));
      unitAt = k + 1;
    } else if (word.isPresent()) {
      amount = word.get().value();
      unitAt = word.get().end();
    } else if (filler && lex.singularUnits.contains(t.word(k))) {
      amount = 1;
      unitAt = k;
    } else {
      return Optional.empty();
    }
    Optional<PhraseTable.Match<DeadlineLexicon.UnitAmount>> unit = lex.units.longestAt(t, unitAt);
    if (amount < 1 || unit.isEmpty()) {
      return Optional.empty();
    }
    DeadlineLexicon.UnitAmount value = unit.get().value();
    return Optional.of(new Parse(new DueSpec.After(amount * value.times(), value.unit()), unit.get().end()));
  }

  // ---- vetoes: precision over recall ----

  private boolean vetoed(Trigger kind, int trigger, Parse parse) {
    if (pastBefore(trigger) || changedBefore(trigger, parse) || meetingAround(trigger, parse.end())) {
      return true;
    }
    if (kind == Trigger.UNTIL) {
      // "from Monday until Friday" is a range; "until today" looks back
      if (t.anyBefore(trigger, RANGE_WINDOW, lex.rangeWords)) {
        return true;
      }
      if (parse.spec() instanceof DueSpec.RelativeDay day && day.days() == 0 && day.time().isEmpty()) {
        return true;
      }
    }
    if (kind == Trigger.IN
        && (t.anyBefore(trigger, PAST_WINDOW, lex.countingWords) || t.anyBefore(trigger, 2, lex.aboutWords))) {
      return true; // "twice in a week", "snakke om en uke"
    }
    int last = parse.end() - 1;
    return t.is(last, Kind.NUMBER) && lex.quantityWords.contains(t.word(parse.end()));
  }

  /** "It was due Friday", "det ble levert før fredag": a past mention. */
  private boolean pastBefore(int trigger) {
    return t.anyBefore(trigger, PAST_WINDOW, lex.pastWords);
  }

  /** "Increased by 12.5", "oppgradert til 2.10": a change of a number, not a date. */
  private boolean changedBefore(int trigger, Parse parse) {
    return t.is(parse.end() - 1, Kind.NUMBER) && t.anyBefore(trigger, 2, lex.changeWords);
  }

  /**
   * A time for a call or a meeting, or when someone is away or free, is not a delivery deadline: "a
   * call before Friday", "call me before 5pm", "free until 3pm", "Friday at 10 for a quick call".
   */
  private boolean meetingAround(int trigger, int end) {
    String previous = t.word(trigger - 1);
    if (lex.meetingWords.contains(previous)) {
      return true;
    }
    if (lex.objectWords.contains(previous) && lex.meetingWords.contains(t.word(trigger - 2))) {
      return true;
    }
    if (t.anyBefore(trigger, AWAY_WINDOW, lex.awayWords)) {
      return true;
    }
    Optional<PhraseTable.Match<Boolean>> purpose = lex.forWords.longestAt(t, end);
    return purpose.isPresent() && lex.meetingWords.contains(t.word(purpose.get().end()));
  }
}
