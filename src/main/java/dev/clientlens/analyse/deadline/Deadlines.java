package dev.clientlens.analyse.deadline;

import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.Language;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the deadlines a message states ("by Friday", "innen 12. mai", "within two days") and resolves
 * them against the message's own date, so a client's check-in before a promised moment can be told
 * apart. Immutable and thread-safe: build one per run and share it.
 *
 * <p>What counts. An expression needs a deadline sense: a trigger before it (by, before, until, no
 * later than, due, ready, deadline, within, in + a span; innen, før, til, senest, frist, klar, i
 * løpet av, om + a span), "at the latest"/"senest" after it, "at the end of"/"i slutten av" before a
 * week, month or year, or the jargon EOD, COB, EOW, EOM. A time with none of these counts when its
 * clause commits to a delivery: a future or modal form with a delivery word ("I'll send it Friday",
 * "we will have it done Monday", "you'll get it on the 12th", "expect the report next week"), or the
 * Norwegian present used for the future ("Jeg sender det fredag", "Dere får utkastet på mandag", "Vi
 * leverer i morgen tidlig"); there "next week" and "next month" run to their end, as after "within".
 * Precision comes before recall, so these are not deadlines: a bare date outside such a commitment
 * ("we met on Friday", "på fredag var vi på møte", "I sent it Friday", "see you Monday"), a commitment
 * that is a question, negated, conditional, habitual or past ("we were going to send it Friday",
 * "every Friday", "hvis vi leverer fredag"), a past mention ("it was due Friday", "last Friday", a
 * date already behind the message), the time of a call or meeting ("a call before Friday", "call me
 * before 5pm", "Friday works for a call", "free until 3pm"), a range ("from Monday until Friday"),
 * "until today", changed numbers ("increased by 3.5 million", "oppgradert til 2.10"), "twice in a
 * week", and urgency without a moment ("ASAP", "haster").
 *
 * <p>How a deadline resolves. The result is a local date-time with the message's own UTC offset:
 * that is the sender's wall clock, and a deadline across a daylight-saving change keeps the offset the
 * message was written in (17:00 on the other side of the change is 17:00 in the old offset). A day
 * with no time means 17:00. A deadline never lies before the message; what would is dropped.
 * <ul>
 *   <li>A weekday ("by Friday", "innen fredag") is the next such day after the message; the message's
 *       own day when a given time is still ahead, or, with no time, when the message was written before
 *       noon. "Next Friday" / "neste fredag" / "Friday next week" is the Friday of the calendar week
 *       (Monday to Sunday) after the message's: said on Tuesday that is 10 days on, said on Sunday 5.
 *       "This Friday", "på fredag", "kommende fredag" are the plain weekday.
 *   <li>A time ("by 5pm", "innen kl. 14") is today if still ahead, else tomorrow. 12-hour times need
 *       am/pm; a bare hour needs "kl."/"klokka"/"at" or "o'clock", and 1 to 6 without am/pm read as the
 *       afternoon ("kl. 3" is 15:00). "Noon", "lunch", "lunsj" are 12:00; "midnight" is 23:59;
 *       "morning"/"tidlig" 09:00, "formiddag" 12:00, "afternoon"/"ettermiddag" 17:00, "evening"/"kveld"
 *       23:59 after a day ("tomorrow morning", "i morgen tidlig").
 *   <li>"Today"/"i dag", "EOD", "end of day" are 17:00 today, or 23:59 once 17:00 has passed; "tomorrow"/
 *       "i morgen" 17:00 tomorrow; "tonight"/"i kveld" 23:59; "the day after tomorrow"/"overmorgen".
 *   <li>"The 12th"/"den 12." is the next 12th on or after the message day (skipping months without
 *       one). A day and month ("12 May", "May 12th", "12. mai", "15.05", "15/5") is this year's, or next
 *       year's when this year's is more than six months behind (so on 30 December "by 5 January" is
 *       next month); a date fewer months behind is a past mention. Numeric dates are day first, as in
 *       Norwegian and British usage; a slashed date reads month first (US) only when it cannot be day
 *       first ("5/15"), so "5/6" is 5 June. A dotted day and month needs a two-digit month or a closing
 *       dot ("15.05", "15.5."), so "3.5 million" and "version 2.1" stay numbers; a dotted pair that is
 *       a valid day and month is a date ("innen 12.05" is 12 May), otherwise a time ("innen 14.30").
 *       Years 2000-2099.
 *   <li>"End of the week", "slutten av uka", "by the weekend", "innen helgen", "EOW", "within the
 *       week", "i løpet av uka" are Friday 17:00 of the message's week (Sunday 23:59 once that has
 *       passed); "end of next week", "i slutten av neste uke", "i løpet av neste uke" the next week's
 *       Friday. "By next week", "innen neste uke", "before next week" are Monday 09:00 of next week.
 *   <li>"End of the month", "at the end of the month", "ved månedsslutt", "innen utgangen av måneden"
 *       are the month's last day 17:00 (23:59 once that has passed);
 *       "end of next month" next month's; "end of May" May's (year as for dates); "by next month" the
 *       1st of next month 09:00; "end of the year", "innen nyttår" 31 December 17:00.
 *   <li>"Week 20", "uke 20" (ISO weeks) are that week's Friday 17:00; "before week 20" its Monday 09:00.
 *   <li>Spans ("within two days", "innen to dager", "in a week", "om en uke", "3 working days") land on
 *       17:00 of the day reached, counting working days Monday to Friday; hours and minutes ("within 48
 *       hours", "innen et døgn") count from the message itself.
 * </ul>
 */
public final class Deadlines {
  /** Longer "sentences" are tables or run-on text; only their start is read. */
  static final int MAX_CHARS = 4_000;

  private final DeadlineLexicon english;
  private final DeadlineLexicon norwegian;

  static final String ENGLISH_WORDS = "/models/deadlines-en.txt";
  static final String NORWEGIAN_WORDS = "/models/deadlines-nb.txt";

  private Deadlines(DeadlineLexicon english, DeadlineLexicon norwegian) {
    this.english = english;
    this.norwegian = norwegian;
  }

  /**
   * Reads the word files of both languages.
   *
   * @throws IOException when one is missing or has a malformed line
   */
  public static Deadlines read(ModelResources files) throws IOException {
    return new Deadlines(LexiconReader.read(files.entries(ENGLISH_WORDS)),
        LexiconReader.read(files.entries(NORWEGIAN_WORDS)));
  }

  /**
   * The deadlines one sentence states, in text order, resolved against the date of the message it
   * comes from. Sentences in {@link Language#OTHER} state none.
   */
  public List<Deadline> find(String sentenceText, Language language, OffsetDateTime messageDate) {
    Objects.requireNonNull(sentenceText, "sentenceText");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(messageDate, "messageDate");
    DeadlineLexicon lexicon;
    switch (language) {
      case ENGLISH:
        lexicon = english;
        break;
      case NORWEGIAN:
        lexicon = norwegian;
        break;
      default:
        return List.of();
    }
    String text = sentenceText.length() > MAX_CHARS ? sentenceText.substring(0, MAX_CHARS) : sentenceText;
    DeadlineTokens tokens = DeadlineTokens.of(text);
    if (!lexicon.mayStateDeadline(tokens)) {
      return List.of();
    }
    List<Deadline> deadlines = new ArrayList<>();
    for (DeadlineGrammar.Mention mention : new DeadlineGrammar(lexicon, tokens).mentions()) {
      resolve(mention.spec(), messageDate)
          .ifPresent(due -> deadlines.add(new Deadline(due, tokens.span(mention.from(), mention.to()))));
    }
    return List.copyOf(deadlines);
  }

  /** The deadlines a message's sentences state, in order, each read in its sentence's language. */
  public List<Deadline> find(List<Sentence> sentences, OffsetDateTime messageDate) {
    Objects.requireNonNull(messageDate, "messageDate");
    List<Deadline> deadlines = new ArrayList<>();
    for (Sentence sentence : sentences) {
      deadlines.addAll(find(sentence.text(), sentence.language(), messageDate));
    }
    return List.copyOf(deadlines);
  }

  /** Dates at the far ends of the time line (a Date header of year 999999999) resolve to nothing. */
  private static Optional<OffsetDateTime> resolve(DueSpec spec, OffsetDateTime messageDate) {
    try {
      return spec.resolve(messageDate);
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
