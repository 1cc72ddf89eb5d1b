package dev.clientlens.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a conversation's steps into mail: subjects with reply prefixes, Message-ID / In-Reply-To /
 * References, recipients and copies, words from the {@link Composer}, the quoted previous message, MIME in
 * the author's mail program's style, and where each copy is filed. Holds only this thread's state.
 */
final class ThreadWriter {
  private static final int MAX_REFERENCES = 10;
  private static final List<String> EN_TIMES = List.of("9:00", "10:00", "10:30", "13:00", "14:00", "15:30");
  private static final List<String> NO_TIMES = List.of("9", "10", "10.30", "13", "14", "15.30");

  private final Cast cast;
  private final Party party;
  private final ThreadScript script;
  private final Period period;
  private final Schedule us;
  private final Dice words;
  private final Language language;
  private final Thing thing;
  private final String project;
  private final String subject;
  private final String invoice;
  private final String amount;
  private final long threadId;
  private final List<String> references = new ArrayList<>();

  private Written previous;
  private Person lastClientAuthor;
  private String lastHeaders = "";
  private String promised = "";
  private int version;
  private String meetingDay;
  private String meetingTime;

  ThreadWriter(Cast cast, ThreadScript script, Period period, Schedule us) {
    this.cast = cast;
    this.party = script.party();
    this.script = script;
    this.period = period;
    this.us = us;
    ThreadPlan plan = script.plan();
    this.words = Dice.of(plan.seed(), 2);
    this.language = party.language();
    this.threadId = Dice.mix(plan.seed(), 3) >>> 1;
    this.invoice = String.format(Locale.ROOT, "FL-%d-%02d%02d",
        plan.start().atZone(us.zone()).getYear(), party.index() % 100 + 1, plan.ordinal() + 1);
    Topic topic = Topic.of(party, plan.kind(), plan.ordinal(), invoice);
    this.thing = topic.thing();
    this.project = topic.project();
    this.subject = topic.subject();
    this.amount = party.money().format(amount(party.money(), words));
    this.meetingDay = Calendars.weekday(us.addWorkingDays(us.dateOf(plan.start()), 2).getDayOfWeek(), language);
    this.meetingTime = (language == Language.EN ? EN_TIMES : NO_TIMES).get(1);
  }

  List<Letter> write(Step step) {
    return switch (step.move()) {
      case AUTO_REPLY -> List.of(autoReply(step));
      case BOUNCE -> List.of(bounce(step));
      default -> message(step);
    };
  }

  private List<Letter> message(Step step) {
    boolean ours = step.side() == Side.US;
    Person author = step.author();
    remember(step);
    List<Person> to = to(step);
    List<Person> cc = cc(step, to.get(0));
    String subjectLine = previous == null ? subject : replyPrefix(author) + subject;
    String messageId = MessageIds.create(author, words);
    ZoneId zone = ours ? us.zone() : party.zone();
    boolean morning = step.at().atZone(zone).getHour() < 10;
    Composition composition = new Composer(script.party(), language, slots(to.get(0)), script.ccManager(), morning, words)
        .compose(step.move(), step.side());
    boolean internal = !party.isClient();
    boolean mobile = author.mailer() == Mailer.APPLE_MAIL
        && (step.move() == Move.NUDGE || step.move() == Move.CHECKIN || words.chance(0.3));
    Optional<Written> quoted = previous != null && !step.unlinked() && words.chance(0.92)
        ? Optional.of(previous) : Optional.empty();
    String disclaimer = ours || internal || author.mailer() == Mailer.GMAIL && author.domain().equals("gmail.com")
        ? "" : party.disclaimer();
    Body body = new BodyWriter(author.mailer(), language, zone)
        .render(composition, author, !internal, mobile, disclaimer, quoted);
    Optional<Attachment> attachment = attachment(step);

    Headers h = new Headers();
    if (!ours) {
      Inbound.trace(h, author.address(), cast.owner().address(), step.at(), party.index(), words, us.zone());
    }
    h.raw("Date", Calendars.rfc5322(step.at().atZone(zone)));
    h.address("From", author);
    h.addresses("To", to);
    h.addresses("Cc", cc);
    h.text("Subject", subjectLine, author.mailer() == Mailer.GMAIL);
    h.raw("Message-ID", messageId);
    if (previous != null && !step.unlinked()) {
      h.raw("In-Reply-To", previous.messageId());
      h.ids("References", references);
    }
    MimeWriter.programHeaders(h, author.mailer(), language, subject, mobile, attachment.isPresent());
    byte[] bytes = MimeWriter.assemble(author.mailer(), body, attachment, words).message(h.toString());

    lastHeaders = h.toString();
    previous = new Written(author, step.at(), to, cc, subjectLine, messageId, body.own(), body.shallowQuote());
    references.add(messageId);
    if (references.size() > MAX_REFERENCES) {
      references.remove(1); // keep the root, as mail programs do when they trim References
    }
    if (step.side() == Side.CLIENT) {
      lastClientAuthor = author;
    }

    Category category = !party.isClient() ? Category.INTERNAL : ours ? Category.CLIENT_OUT : Category.CLIENT_IN;
    Folder folder = ours ? Folder.SENT : script.archived() && !step.duplicate() ? Folder.ARCHIVE : Folder.INBOX;
    Letter letter = new Letter(envelope(step.at(), folder, author.address(), category), bytes);
    if (!step.duplicate()) {
      return List.of(letter);
    }
    // The owner filed the same message twice: once in the inbox, once in the archive.
    Envelope copy = envelope(step.at(), Folder.ARCHIVE, author.address(), Category.DUPLICATE);
    return List.of(letter, new Letter(copy, bytes));
  }

  /** Thread facts that later messages refer to: the promised day, the version sent, the meeting slot. */
  private void remember(Step step) {
    switch (step.move()) {
      case PROMISE -> promised = Calendars.dueExpression(us.dateOf(step.at()), step.due().orElseThrow(), language);
      case CHECKIN, REASSURE -> {
        if (promised.isEmpty()) {
          promised = Calendars.dueExpression(us.dateOf(step.at()), step.due().orElseThrow(), language);
        }
      }
      case DELIVER -> version++;
      case MEETING_PROPOSAL -> {
        LocalDate day = us.addWorkingDays(us.dateOf(step.at()), 1 + words.below(4));
        meetingDay = Calendars.weekday(day.getDayOfWeek(), language);
        meetingTime = words.pick(language == Language.EN ? EN_TIMES : NO_TIMES);
      }
      default -> { }
    }
  }

  private List<Person> to(Step step) {
    if (step.move() == Move.REACH_OUT) {
      return List.of(party.formerContact().orElseThrow());
    }
    if (step.side() != Side.US) {
      return List.of(cast.owner());
    }
    if (!party.isClient()) {
      return List.of(cast.colleague());
    }
    return List.of(lastClientAuthor != null ? lastClientAuthor : party.primary());
  }

  private List<Person> cc(Step step, Person to) {
    List<Person> cc = new ArrayList<>();
    if (!party.isClient() || step.move() == Move.REACH_OUT) {
      return cc;
    }
    Person author = step.author();
    if (script.ccManager()) {
      Person manager = party.manager().orElseThrow();
      if (!manager.equals(to) && !manager.equals(author)) {
        cc.add(manager);
      }
    }
    Person primary = party.primary();
    if (!primary.equals(to) && !primary.equals(author)) {
      cc.add(primary);
    }
    if (step.side() == Side.US && script.ccColleague()) {
      cc.add(cast.colleague());
    }
    return cc;
  }

  private Map<String, String> slots(Person recipient) {
    boolean en = language == Language.EN;
    Map<String, String> slots = new HashMap<>();
    slots.put("name", recipient.firstName());
    slots.put("a_thing", thing.a(language));
    slots.put("the_thing", thing.the(language));
    slots.put("project", project);
    slots.put("day", promised.isEmpty() ? Calendars.weekday(java.time.DayOfWeek.FRIDAY, language) : promised);
    slots.put("version", "v" + Math.max(1, version));
    slots.put("invoice", invoice);
    slots.put("amount", amount);
    slots.put("manager", party.manager().map(Person::firstName).orElse(en ? "my manager" : "lederen min"));
    slots.put("field", !party.field().isEmpty() ? party.field() : en ? "marketing" : "markedsføring");
    slots.put("weekday", meetingDay);
    slots.put("time", meetingTime);
    slots.put("company", party.isClient() ? party.displayName() : project);
    slots.put("colleague", cast.colleague().firstName());
    return slots;
  }

  private Optional<Attachment> attachment(Step step) {
    String ext = ".pdf";
    if (step.move() == Move.INVOICE) {
      String name = (language == Language.EN ? "Invoice " : "Faktura ") + invoice;
      return Optional.of(new Attachment(name + ext, name + " - " + cast.company()));
    }
    if (step.move() == Move.DELIVER && words.chance(0.5)) {
      String name = capitalise(thing.name(language)) + " v" + version;
      return Optional.of(new Attachment(name + ext, project + ": " + name));
    }
    return Optional.empty();
  }

  private Letter autoReply(Step step) {
    byte[] bytes = Notices.autoReply(step.author(), cast.owner(), party, step.away().orElseThrow(), previous,
        step.at(), words, us.zone());
    return new Letter(envelope(step.at(), Folder.INBOX, step.author().address(), Category.AUTO_REPLY), bytes);
  }

  private Letter bounce(Step step) {
    byte[] bytes = Notices.bounce(cast.owner(), previous, lastHeaders, step.at(), words, us.zone());
    return new Letter(envelope(step.at(), Folder.INBOX, "MAILER-DAEMON", Category.BOUNCE), bytes);
  }

  private String replyPrefix(Person author) {
    return author.mailer() == Mailer.OUTLOOK && language == Language.NO ? "SV: " : "Re: ";
  }

  private Envelope envelope(Instant at, Folder folder, String sender, Category category) {
    boolean unread = folder == Folder.INBOX && category != Category.DUPLICATE && period.isRecent(at);
    return new Envelope(at, folder, unread, sender, category, party.index(), threadId);
  }

  private static int amount(Money money, Dice dice) {
    return switch (money) {
      case NOK -> 500 * dice.between(36, 190);
      case GBP, USD -> 50 * dice.between(24, 190);
    };
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
