package dev.clientlens.generate;

import static dev.clientlens.generate.Intent.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses the sentences of one message from the phrasebook: which intents a move calls for, flavoured by the
 * writer's archetype (a micromanager adds urgency and call requests, an untrusting client doubts and wants
 * sign-off, a self-declared expert gives orders). Slots are filled from the thread's context.
 */
final class Composer {
  private final Party party;
  private final Phrasebook book;
  private final Map<String, String> slots;
  private final boolean managerCopied;
  private final boolean morning;
  private final Dice dice;
  private final List<List<String>> paragraphs = new ArrayList<>();
  private final List<String> used = new ArrayList<>();

  /** @param morning whether the writer's local time is before ten, when "Good morning" fits */
  Composer(Party party, Language language, Map<String, String> slots, boolean managerCopied, boolean morning,
      Dice dice) {
    this.party = party;
    this.book = Phrasebook.of(language);
    this.slots = slots;
    this.managerCopied = managerCopied;
    this.morning = morning;
    this.dice = dice;
  }

  Composition compose(Move move, Side side) {
    if (side == Side.US) {
      ours(move);
    } else {
      theirs(move);
    }
    List<String> text = new ArrayList<>();
    for (List<String> sentences : paragraphs) {
      if (!sentences.isEmpty()) {
        text.add(String.join(" ", sentences));
      }
    }
    return new Composition(greeting(move, side), text, closing(move, side));
  }

  private void theirs(Move move) {
    Archetype a = party.archetype();
    switch (move) {
      case REQUEST -> {
        para(REQUEST);
        maybe(INFO, 0.7);
        flavour();
        tail();
      }
      case QUESTION -> {
        para(QUESTION);
        maybe(QUESTION, 0.3);
        if (a == Archetype.UNTRUSTING) {
          maybe(DISTRUST, 0.6);
        } else if (a == Archetype.HANDS_ON) {
          maybe(CALL_REQUEST, 0.4);
          maybe(URGENCY, 0.3);
        }
        tail();
      }
      case MEETING_REQUEST -> {
        para(MEETING_REQUEST);
        if (a == Archetype.HANDS_ON) {
          maybe(CALL_REQUEST, 0.5);
        }
        tail();
      }
      case ACCEPT -> {
        para(ACCEPT);
        flavour();
        courtesy(GRATITUDE, 0.5);
      }
      case FEEDBACK -> feedback();
      case APPROVAL -> {
        para(dice.chance(0.5) ? APPROVAL : thanks());
        if (party.fireRisk()) {
          maybe(SCOPE, 0.5);
        } else if (a == Archetype.UNTRUSTING) {
          maybe(CONTROL, 0.5);
        } else if (a == Archetype.DIY_EXPERT) {
          maybe(PRESCRIPTIVE, 0.3);
        } else if (a == Archetype.NONE) {
          maybe(thanks(), 0.3);
        }
        courtesy(GRATITUDE, 0.6);
      }
      case NUDGE -> {
        para(NUDGE);
        if (a == Archetype.HANDS_ON) {
          maybe(URGENCY, 0.4);
          maybe(CALL_REQUEST, 0.3);
        }
        courtesy(POLITE, 0.5);
      }
      case CHECKIN -> {
        para(CHECKIN_DEADLINE);
        if (a == Archetype.HANDS_ON) {
          maybe(CALL_REQUEST, 0.3);
          maybe(DAILY_UPDATE, 0.3);
        }
        courtesy(POLITE, 0.5);
      }
      case CONFIRM -> para(CONFIRM);
      case PAID -> {
        para(PAID);
        maybe(thanks(), 0.3);
      }
      case PAYMENT_PUSHBACK -> {
        para(PAYMENT);
        maybe(PAYMENT, 0.4);
      }
      case PAYMENT_DELAY -> para(PAYMENT_DELAY);
      case INTERNAL_NOTE -> para(INTERNAL_NOTE);
      case INTERNAL_REPLY -> para(INTERNAL_REPLY);
      default -> throw new IllegalArgumentException("composer: " + move + " is not written by a client");
    }
  }

  private void ours(Move move) {
    switch (move) {
      case PROMISE -> {
        para();
        maybe(ACK, 0.7);
        say(PROMISE);
        if (party.archetype() == Archetype.UNTRUSTING) {
          maybe(EXPLAIN, 0.5);
        }
        if ((party.fireRisk() || party.archetype() == Archetype.HANDS_ON) && dice.chance(0.25)) {
          para(BOUNDARY);
        }
        maybeParagraph(OUR_POLITE, 0.25);
      }
      case REASSURE -> para(REASSURE);
      case DELIVER -> {
        para(DELIVER);
        maybe(DELIVER_NOTE, 0.7);
        maybeParagraph(OUR_POLITE, 0.2);
      }
      case ADDENDUM -> para(ADDENDUM);
      case ANSWER -> {
        para(ANSWER);
        maybe(ANSWER, 0.5);
        if (party.archetype() == Archetype.UNTRUSTING) {
          maybeParagraph(EXPLAIN, 0.6);
        }
      }
      case MEETING_PROPOSAL -> para(MEETING_PROPOSAL);
      case INVOICE -> {
        para(INVOICE);
        maybeParagraph(OUR_POLITE, 0.3);
      }
      case REMINDER -> para(REMINDER);
      case EXPLAIN_INVOICE -> {
        para(INVOICE_EXPLAIN);
        maybe(INVOICE_EXPLAIN, 0.5);
        if (party.fireRisk()) {
          maybeParagraph(BOUNDARY, 0.4);
        }
      }
      case WRAP_UP -> para(WRAP_UP);
      case PROPOSAL -> {
        para(PROPOSAL);
        maybe(DELIVER_NOTE, 0.4);
      }
      case REACH_OUT -> para(REACH_OUT);
      case INTERNAL_NOTE -> para(INTERNAL_NOTE);
      case INTERNAL_REPLY -> para(INTERNAL_REPLY);
      default -> throw new IllegalArgumentException("composer: " + move + " is not written by us");
    }
  }

  /** What a client's reaction to a delivery looks like is where the archetypes differ most. */
  private void feedback() {
    if (party.tone() == Tone.COURTEOUS) {
      para();
      maybe(GRATITUDE, 0.7);
    }
    if (party.fireRisk()) {
      para();
      maybe(REVISION, 0.85);
      maybe(SCOPE, 0.6);
      maybeParagraph(PAYMENT, 0.1);
    }
    switch (party.archetype()) {
      case NONE -> {
        para();
        maybe(thanks(), 0.6);
        maybe(SMALL_CHANGE, 0.6);
        tail();
      }
      case HANDS_ON -> {
        para(dice.chance(0.35) ? REVISION : SMALL_CHANGE);
        para();
        maybe(URGENCY, 0.5);
        maybe(CALL_REQUEST, 0.5);
        maybe(DAILY_UPDATE, 0.3);
      }
      case UNTRUSTING -> {
        para();
        maybe(DISTRUST, 0.85);
        maybe(CONTROL, 0.7);
        maybeParagraph(DISTRUST, 0.3);
      }
      case DIY_EXPERT -> {
        para();
        maybe(EXPERTISE, 0.6);
        para();
        int orders = dice.between(2, 4);
        for (int i = 0; i < orders; i++) {
          say(PRESCRIPTIVE);
        }
        if (dice.chance(0.35)) {
          para(REWRITE);
          para(REWRITE_TEXT);
        }
      }
    }
    secondary();
    courtesy(POLITE, 0.5);
    if (paragraphs.stream().allMatch(List::isEmpty)) {
      para(SMALL_CHANGE);
    }
  }

  /** The archetype's mark on a message that opens or accepts a piece of work. */
  private void flavour() {
    switch (party.archetype()) {
      case HANDS_ON -> {
        para();
        maybe(URGENCY, 0.5);
        maybe(CALL_REQUEST, 0.35);
        maybe(DAILY_UPDATE, 0.3);
      }
      case UNTRUSTING -> {
        para();
        maybe(CONTROL, 0.55);
        maybe(DISTRUST, 0.4);
      }
      case DIY_EXPERT -> {
        para();
        maybe(EXPERTISE, 0.5);
        if (dice.chance(0.5)) {
          para(PRESCRIPTIVE);
          say(PRESCRIPTIVE);
        }
      }
      case NONE -> { }
    }
    secondary();
    if (party.fireRisk()) {
      maybeParagraph(SCOPE, 0.3);
    }
  }

  /**
   * A mixed client's second archetype, shown weakly: in about {@code secondaryRate} of the messages that carry
   * the primary's mark, and then with fewer sentences than the primary would write. Nothing for a client
   * without one (every sample client), so no dice are thrown for it.
   */
  private void secondary() {
    if (party.secondary() == Archetype.NONE || !dice.chance(party.secondaryRate())) {
      return;
    }
    para();
    switch (party.secondary()) {
      case HANDS_ON -> {
        maybe(URGENCY, 0.5);
        maybe(CALL_REQUEST, 0.4);
      }
      case UNTRUSTING -> {
        maybe(CONTROL, 0.5);
        maybe(DISTRUST, 0.4);
      }
      case DIY_EXPERT -> {
        maybe(EXPERTISE, 0.4);
        maybe(PRESCRIPTIVE, 0.6);
      }
      case NONE -> { }
    }
  }

  /** Thanks, or from a curt client a bare acknowledgement. */
  private Intent thanks() {
    return party.tone() == Tone.CURT ? CURT : GRATITUDE;
  }

  /** A courteous client's extra pleasantry; nothing (and no dice) for any other tone. */
  private void courtesy(Intent intent, double p) {
    if (party.tone() == Tone.COURTEOUS) {
      maybeParagraph(intent, p);
    }
  }

  private void tail() {
    switch (party.tone()) {
      case COURTEOUS -> maybeParagraph(POLITE, 0.6);
      case CURT -> { }
      case PLAIN -> {
        if (party.archetype() == Archetype.NONE) {
          maybeParagraph(POLITE, 0.5);
        }
      }
    }
  }

  private String greeting(Move move, Side side) {
    boolean chasing = move == Move.NUDGE || move == Move.CHECKIN || move == Move.ADDENDUM;
    double p;
    if (move == Move.INTERNAL_NOTE || move == Move.INTERNAL_REPLY) {
      p = 0.4;
    } else if (side == Side.US) {
      p = move == Move.ADDENDUM ? 0.5 : 0.95;
    } else if (chasing) {
      p = party.archetype() == Archetype.HANDS_ON ? 0.3 : 0.6;
    } else {
      p = 0.92;
    }
    if (side == Side.CLIENT && move != Move.INTERNAL_NOTE && move != Move.INTERNAL_REPLY) {
      p = switch (party.tone()) {
        case COURTEOUS -> 0.97;
        case CURT -> 0.25;
        case PLAIN -> p;
      };
    }
    if (!dice.chance(p)) {
      return "";
    }
    List<String> options = new ArrayList<>();
    for (String phrasing : book.all(side == Side.US ? OUR_GREETING : GREETING)) {
      if (morning || !(phrasing.contains("morning") || phrasing.contains("morgen"))) {
        options.add(phrasing);
      }
    }
    return fill(dice.pick(options));
  }

  private String closing(Move move, Side side) {
    if (move == Move.INTERNAL_NOTE || move == Move.INTERNAL_REPLY) {
      return "";
    }
    if (side == Side.US) {
      return book.pick(OUR_CLOSING, dice);
    }
    boolean chasing = move == Move.NUDGE || move == Move.CHECKIN;
    double p = switch (party.tone()) {
      case COURTEOUS -> 0.98;
      case CURT -> 0.3;
      case PLAIN -> chasing && party.archetype() == Archetype.HANDS_ON ? 0.5 : 0.9;
    };
    return dice.chance(p) ? book.pick(CLOSING, dice) : "";
  }

  private void para(Intent... intents) {
    paragraphs.add(new ArrayList<>());
    for (Intent intent : intents) {
      say(intent);
    }
  }

  private void maybe(Intent intent, double p) {
    if (dice.chance(p)) {
      say(intent);
    }
  }

  private void maybeParagraph(Intent intent, double p) {
    if (dice.chance(p)) {
      para(intent);
    }
  }

  /**
   * Adds one sentence for the intent, never the same one twice in a message. A sentence starting with
   * "From " begins its own paragraph, so such body lines exist (they exercise mbox From-escaping).
   */
  private void say(Intent intent) {
    List<String> options = new ArrayList<>();
    for (String phrasing : book.all(intent)) {
      if ((managerCopied || !phrasing.contains("{manager}")) && !used.contains(phrasing)) {
        options.add(phrasing);
      }
    }
    if (options.isEmpty()) {
      return;
    }
    String phrasing = dice.pick(options);
    used.add(phrasing);
    String sentence = fill(phrasing);
    if (paragraphs.isEmpty()) {
      paragraphs.add(new ArrayList<>());
    }
    List<String> current = paragraphs.get(paragraphs.size() - 1);
    if (sentence.startsWith("From ") && !current.isEmpty()) {
      current = new ArrayList<>();
      paragraphs.add(current);
    }
    current.add(sentence);
  }

  private String fill(String template) {
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        sb.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      String name = template.substring(open + 1, close);
      String value = slots.get(name);
      if (value == null) {
        throw new IllegalStateException("composer: no value for slot {" + name + "} in \"" + template + "\"");
      }
      sb.append(template, i, open).append(value);
      i = close + 1;
    }
    if (sb.length() > 0 && Character.isLowerCase(sb.charAt(0))) {
      sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    }
    return sb.toString();
  }
}
