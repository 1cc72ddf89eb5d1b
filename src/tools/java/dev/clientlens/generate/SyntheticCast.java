package dev.clientlens.generate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cast of any size for demos and benchmarks: the same owner and colleague, clients with archetypes drawn at
 * random (about 40% none), English or Norwegian, some on freemail, each with individual timing noise and an
 * activity weight that decides its share of the threads.
 */
final class SyntheticCast {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static final List<String> EN_FIRST = List.of("James", "Emma", "Oliver", "Sophie", "Daniel", "Laura",
      "Michael", "Hannah", "David", "Rachel", "Thomas", "Grace", "Andrew", "Megan", "Robert", "Alice", "Simon",
      "Julia", "Mark", "Natalie");
  private static final List<String> EN_LAST = List.of("Taylor", "Brown", "Wilson", "Evans", "Thompson", "Walker",
      "Wright", "Robinson", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke", "Turner", "Baker",
      "Cooper", "Ward", "Morgan");
  private static final List<String> NO_FIRST = List.of("Ole", "Kari", "Lars", "Ingrid", "Bjørn", "Silje", "Håkon",
      "Marte", "Øystein", "Ragnhild", "Jørgen", "Solveig", "Anders", "Åsne", "Geir", "Tone", "Espen", "Hilde",
      "Kåre", "Line");
  private static final List<String> NO_LAST = List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen",
      "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Bakken", "Sæther",
      "Dahl", "Lie", "Strøm", "Aas", "Ødegaard");
  private static final List<String> EN_PREFIX = List.of("Harbour", "Bright", "North", "Silver", "Oak", "Cedar",
      "Granite", "Blue", "Summit", "River", "Maple", "Iron", "Copper", "Falcon", "Willow", "Kestrel", "Lark",
      "Meadow", "Stone", "Pine");
  private static final List<String> EN_SUFFIX = List.of("Foods", "Print", "Analytics", "Media", "Logistics",
      "Health", "Labs", "Works", "Studio", "Partners", "Consulting", "Systems", "Retail", "Energy", "Travel");
  private static final List<String> NO_PREFIX = List.of("Fjell", "Havbris", "Nordlys", "Bergvik", "Solstad",
      "Lysaker", "Tind", "Skog", "Elve", "Vik", "Fossen", "Måke", "Øya", "Bre", "Strand", "Furu", "Ask", "Lyng",
      "Sjø", "Dal");
  private static final List<String> NO_SUFFIX = List.of("Bygg", "Eiendom", "Sjømat", "Energi", "Regnskap",
      "Reiseliv", "Bryggeri", "Interiør", "Transport", "Helse", "Data", "Mat", "Media", "Arkitekter", "Hytter");
  private static final List<String> EN_PROJECTS = List.of("website refresh", "spring campaign", "annual report",
      "product launch", "trade fair", "brand refresh", "customer magazine", "recruitment campaign", "newsletter",
      "sales deck");
  private static final List<String> NO_PROJECTS = List.of("ny nettside", "vårkampanje", "årsrapport",
      "produktlansering", "messe", "ny profil", "kundemagasin", "rekrutteringskampanje", "nyhetsbrev",
      "salgspresentasjon");

  private SyntheticCast() {}

  static Cast create(GeneratorSettings settings, Period period) {
    List<Party> parties = new ArrayList<>();
    Set<String> keys = new TreeSet<>();
    LocalDate first = period.start().atZone(OSLO).toLocalDate();
    LocalDate last = period.end().atZone(OSLO).toLocalDate();
    double totalWeight = 0;
    List<Archetype> archetypes = deck(settings.clients(), Dice.of(settings.seed(), 10));
    List<Boolean> fireRisks = fireDeck(settings.clients(), Dice.of(settings.seed(), 11));
    for (int i = 0; i < settings.clients(); i++) {
      Party p = client(Dice.of(settings.seed(), 9, i), Dice.of(settings.seed(), 12, i), i, archetypes.get(i),
          fireRisks.get(i), keys, first, last);
      parties.add(p);
      totalWeight += p.weight();
    }
    List<String> companies = parties.stream().map(Party::displayName).limit(40).toList();
    // About one thread in twenty is internal, whatever the number of clients.
    parties.add(Party.colleague("fjordlys.no", "Fjordlys Rådgivning AS", OSLO)
        .person(SampleCast.colleague()).projects(companies).weight(totalWeight / 19).build(parties.size()));
    return new Cast(SampleCast.owner(), SampleCast.colleague(), "Fjordlys Rådgivning AS", List.of("fjordlys.no"),
        Holidays.norway(first, last), parties, newsletters());
  }

  /**
   * Archetypes dealt from a shuffled deck rather than drawn one by one, so that even a small cast has about
   * 40% easy clients and the other three archetypes in equal parts.
   */
  static List<Archetype> deck(int n, Dice dice) {
    List<Archetype> deck = new ArrayList<>();
    int none = (int) Math.round(n * 0.4);
    for (int i = 0; i < n; i++) {
      deck.add(i < none ? Archetype.NONE : Archetype.values()[1 + (i - none) % 3]);
    }
    shuffle(deck, dice);
    return deck;
  }

  /** About one client in eight is a fire risk (at least one once there are four clients). */
  static List<Boolean> fireDeck(int n, Dice dice) {
    int fire = n >= 4 ? Math.max(1, (int) Math.round(n * 0.12)) : 0;
    List<Boolean> deck = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      deck.add(i < fire);
    }
    shuffle(deck, dice);
    return deck;
  }

  private static <T> void shuffle(List<T> list, Dice dice) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = dice.below(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  /** Share of difficult clients that also show a second difficult archetype, weakly. */
  static final double MIXED_SHARE = 0.3;
  /** Share of difficult clients that word their mail courteously (polite difficult clients). */
  static final double COURTEOUS_SHARE = 0.3;
  /** Share of easy clients without fire risk that word their mail curtly (blunt easy clients). */
  static final double CURT_SHARE = 0.35;

  /**
   * How a client departs from its archetype's textbook picture, drawn from its own dice stream so that the
   * rest of the cast (names, timing noise, weights) is the same with or without it. The label stays the
   * primary archetype: a mixed client shows a second difficult archetype in 25-45% of the messages that carry
   * the primary's mark; a courteous difficult client behaves as its archetype but thanks and greets; a curt
   * easy client behaves as an easy client (timing, chasing, no difficult cues) but skips greetings and thanks.
   */
  record Variation(Archetype secondary, double secondaryRate, Tone tone) {
    static Variation draw(Dice v, Archetype archetype, boolean fireRisk) {
      boolean mixed = v.chance(MIXED_SHARE);
      int k = 1 + v.below(2);
      double rate = v.uniform(0.25, 0.45);
      boolean courteous = v.chance(COURTEOUS_SHARE);
      boolean curt = v.chance(CURT_SHARE);
      if (archetype == Archetype.NONE) {
        return new Variation(Archetype.NONE, 0, curt && !fireRisk ? Tone.CURT : Tone.PLAIN);
      }
      Archetype other = Archetype.values()[k >= archetype.ordinal() ? k + 1 : k];
      return new Variation(mixed ? other : Archetype.NONE, mixed ? rate : 0,
          courteous ? Tone.COURTEOUS : Tone.PLAIN);
    }
  }

  private static Party client(Dice d, Dice v, int index, Archetype archetype, boolean fireRisk, Set<String> keys,
      LocalDate first, LocalDate last) {
    Variation variation = Variation.draw(v, archetype, fireRisk);
    Language language = d.chance(0.5) ? Language.EN : Language.NO;
    boolean en = language == Language.EN;
    ZoneId zone = en ? List.of(LONDON, NEW_YORK, OSLO).get(d.weighted(0.5, 0.35, 0.15)) : OSLO;
    boolean freemail = d.chance(0.1);

    String firstName = d.pick(en ? EN_FIRST : NO_FIRST);
    String lastName = d.pick(en ? EN_LAST : NO_LAST);
    String shortName = d.pick(en ? EN_PREFIX : NO_PREFIX) + d.pick(en ? EN_SUFFIX : NO_SUFFIX).toLowerCase(Locale.ROOT);
    String key;
    String display;
    String domain;
    if (freemail) {
      domain = en ? d.pick(List.of("gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com"))
          : d.pick(List.of("gmail.com", "online.no", "hotmail.com", "icloud.com"));
      key = unique(keys, local(firstName) + "." + local(lastName), "@" + domain);
      display = firstName + " " + lastName;
    } else {
      String tld = en ? zone.equals(LONDON) ? d.pick(List.of(".co.uk", ".co.uk", ".com", ".io"))
          : d.pick(List.of(".com", ".com", ".io", ".org")) : ".no";
      domain = unique(keys, local(shortName), tld);
      key = domain;
      display = shortName + (en ? zone.equals(LONDON) ? " Ltd" : " Inc." : " AS");
    }
    if (freemail) {
      domain = key.substring(key.indexOf('@') + 1);
    }
    String address = freemail ? key : local(firstName) + "." + local(lastName) + "@"
        + (d.chance(0.05) ? "mail." : "") + domain;

    Party.Builder b = Party.client(key, display, language, zone)
        .archetype(archetype).fireRisk(fireRisk)
        .secondary(variation.secondary(), variation.secondaryRate()).tone(variation.tone())
        .behaviour(thanks(Behaviour.of(archetype, fireRisk).jitter(d), variation.tone()))
        .money(en ? zone.equals(NEW_YORK) ? Money.USD : Money.GBP : Money.NOK)
        .weight(d.logNormal(1, 0.7) * (fireRisk ? 1.8 : 1))
        .field(en ? d.pick(List.of("graphic design", "marketing", "communications", "copywriting"))
            : d.pick(List.of("grafisk design", "markedsføring", "kommunikasjon", "tekstforfatting")))
        .person(person(d, firstName + " " + lastName, address, domain, freemail, display))
        .meant(meant(archetype, fireRisk, language, freemail, variation));
    List<String> pool = new ArrayList<>(en ? EN_PROJECTS : NO_PROJECTS);
    for (int i = 0; i < 3; i++) {
      b.projects(shortName + " " + pool.remove(d.below(pool.size())));
    }
    if (!freemail) {
      if (d.chance(0.25)) {
        String n2 = d.pick(en ? EN_FIRST : NO_FIRST) + " " + d.pick(en ? EN_LAST : NO_LAST);
        b.person(person(d, n2, local(n2.replace(' ', '.')) + "@" + domain, domain, false, display));
      }
      if (archetype == Archetype.UNTRUSTING) {
        String boss = d.pick(en ? EN_FIRST : NO_FIRST) + " " + d.pick(en ? EN_LAST : NO_LAST);
        b.manager(person(d, boss, local(boss.replace(' ', '.')) + "@" + domain, domain, false, display));
      }
      b.formerContact(Person.of("Anne Moe", "anne.moe@" + domain, Mailer.OUTLOOK));
      int windows = d.below(3);
      int span = (int) Math.max(1, last.toEpochDay() - first.toEpochDay() - 20);
      for (int w = 0; w < windows; w++) {
        LocalDate from = first.plusDays(d.below(span));
        b.away(new Away(from, from.plusDays(4 + d.below(12)), AutoReplyStyle.values()[d.below(3)],
            en ? d.pick(List.of("Automatic reply:", "Out of Office:"))
                : d.pick(List.of("Fraværsmelding:", "Automatisk svar:"))));
      }
      if (en && zone.equals(NEW_YORK) || !en && d.chance(0.3)) {
        b.disclaimer(en ? "This email and any attachments are confidential and intended only for the addressee."
            : "Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten.");
      }
    }
    return b.build(index);
  }

  private static Person person(Dice d, String name, String address, String domain, boolean freemail, String company) {
    Mailer mailer;
    if (freemail) {
      mailer = switch (domain) {
        case "gmail.com" -> Mailer.GMAIL;
        case "outlook.com", "hotmail.com" -> Mailer.OUTLOOK;
        case "icloud.com" -> Mailer.APPLE_MAIL;
        case "online.no" -> Mailer.THUNDERBIRD;
        default -> Mailer.WEBMAIL_HTML;
      };
      return Person.of(name, address, mailer, name);
    }
    mailer = Mailer.values()[d.weighted(0.25, 0.3, 0.15, 0.15, 0.15)];
    return Person.of(name, address, mailer, name, company);
  }

  private static Behaviour thanks(Behaviour b, Tone tone) {
    return switch (tone) {
      case COURTEOUS -> b.withThanks(Math.max(b.pThanks(), 0.75));
      case CURT -> b.withThanks(b.pThanks() * 0.4);
      case PLAIN -> b;
    };
  }

  private static String meant(Archetype archetype, boolean fireRisk, Language language, boolean freemail,
      Variation variation) {
    String what = switch (archetype) {
      case NONE -> fireRisk ? "no archetype" : "easy client";
      case HANDS_ON -> "micromanager: nudges, check-ins, evenings and weekends";
      case UNTRUSTING -> "untrusting: proof, references, sign-off, copied manager";
      case DIY_EXPERT -> "self-declared expert: own background, instructions, rewrites";
    };
    return "Synthetic " + language.code() + (freemail ? " freemail" : "") + " client, " + what
        + (variation.secondary() != Archetype.NONE ? "; mixed: some " + variation.secondary().label()
            + " wording (" + Math.round(variation.secondaryRate() * 100) + "% of marked messages)" : "")
        + (variation.tone() == Tone.COURTEOUS ? "; polite wording despite the behaviour" : "")
        + (variation.tone() == Tone.CURT ? "; curt wording, few pleasantries, easy behaviour" : "")
        + (fireRisk ? "; fire risk: revisions, scope growth, payment trouble" : "");
  }

  private static String unique(Set<String> used, String stem, String tail) {
    String candidate = stem + tail;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = stem + n + tail;
    }
    return candidate;
  }

  /** An address-safe lower-case form of a name: "Ødegaard" becomes "odegaard", "Sæther" "saether". */
  static String local(String name) {
    return Pdf.ascii(name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("å", "a").replace("ø", "o"))
        .replaceAll("[^a-z0-9.\\-]", "");
  }

  static List<Newsletter> newsletters() {
    return SampleCast.newsletters();
  }
}
