package dev.clientlens.generate;

import static dev.clientlens.generate.Archetype.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-designed sample mailbox of Ingrid Solberg at Fjordlys Rådgivning: thirteen clients, each built to
 * show one thing clearly, plus the special cases the scan must get right (a freemail client, two .co.uk
 * clients, a subdomain, two people at one client, a copied manager).
 */
final class SampleCast {
  static final int CLIENTS = 13;

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private SampleCast() {}

  static Person owner() {
    return Person.of("Ingrid Solberg", "ingrid@fjordlys.no", Mailer.OWNER,
        "Ingrid Solberg", "Fjordlys Rådgivning AS", "+47 412 55 018 · fjordlys.no");
  }

  static Person colleague() {
    return Person.of("Per Haugen", "per@fjordlys.no", Mailer.THUNDERBIRD, "Per Haugen", "Fjordlys Rådgivning AS");
  }

  /** The cast is designed for 2026-03-02 onwards; another start date shifts the holidays with it. */
  static final LocalDate DESIGNED_START = LocalDate.of(2026, 3, 2);

  static Cast create(Period period) {
    LocalDate first = period.start().atZone(OSLO).toLocalDate();
    long shift = ChronoUnit.DAYS.between(DESIGNED_START, first);
    List<Party.Builder> clients = List.of(
        Party.client("harbourfoods.co.uk", "Harbour Foods Ltd", Language.EN, LONDON)
            .archetype(HANDS_ON).money(Money.GBP).threads(9)
            .person(Person.of("James Whitfield", "james.whitfield@harbourfoods.co.uk", Mailer.OUTLOOK,
                "James Whitfield", "Head of Marketing | Harbour Foods Ltd", "T: +44 20 7946 0321"))
            .projects("Summer menu launch", "Website refresh", "Trade show stand")
            .away(new Away(date(8, 3, shift), date(8, 14, shift), AutoReplyStyle.AUTO_SUBMITTED, "Automatic reply:"))
            .disclaimer("Harbour Foods Ltd, registered in England and Wales no. 04512398. This email may contain "
                + "confidential information.")
            .meant("Micromanager (EN, London): writes again within 1-4 hours when not answered, checks in before "
                + "promised deadlines (\"You said Friday\"), asks for calls and daily updates, evenings and weekends."),
        Party.client("nordkraft.no", "Nordkraft Energi AS", Language.NO, OSLO)
            .archetype(HANDS_ON).threads(8)
            .person(Person.of("Øyvind Rønning", "oyvind.ronning@mail.nordkraft.no", Mailer.OUTLOOK,
                "Øyvind Rønning", "Markedssjef", "Nordkraft Energi AS", "Tlf. 481 22 907"))
            .person(Person.of("Hanne Aas", "hanne.aas@nordkraft.no", Mailer.APPLE_MAIL,
                "Hanne Aas", "Kommunikasjonsrådgiver, Nordkraft Energi AS"))
            .formerContact(Person.of("Kjersti Lund", "kjersti.lund@nordkraft.no", Mailer.OUTLOOK))
            .projects("Kundemagasinet", "Ny nettside", "Årsrapport 2025")
            .away(new Away(date(7, 20, shift), date(8, 7, shift), AutoReplyStyle.SUBJECT_ONLY, "Automatisk svar:"))
            .disclaimer("Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten. "
                + "Har du mottatt den ved en feil, gi beskjed til avsender og slett den.")
            .meant("Micromanager (NO): chases within hours, checks in before deadlines (\"Du sa fredag\"), wants "
                + "calls and daily status, evenings and weekends. Writes from mail.nordkraft.no and nordkraft.no "
                + "(one client, two people); one mail to a former contact bounces."),
        Party.client("ashgrovepartners.com", "Ashgrove Partners LLC", Language.EN, NEW_YORK)
            .archetype(UNTRUSTING).money(Money.USD).threads(7)
            .person(Person.of("Margaret Doyle", "margaret.doyle@ashgrovepartners.com", Mailer.OUTLOOK,
                "Margaret Doyle", "Director of Investor Relations",
                "Ashgrove Partners LLC | 350 Park Avenue, New York, NY", "+1 212 555 0147")
                .withHeaderName("Doyle, Margaret"))
            .manager(Person.of("Rajiv Patel", "rajiv.patel@ashgrovepartners.com", Mailer.APPLE_MAIL,
                "Rajiv Patel", "Managing Partner, Ashgrove Partners LLC"))
            .projects("Investor deck", "Fund brochure", "Quarterly letter")
            .away(new Away(date(5, 22, shift), date(5, 29, shift), AutoReplyStyle.AUTO_SUBMITTED, "Automatic reply:"))
            .disclaimer("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
                + "addressee and may contain confidential information. If you have received it in error, please "
                + "notify the sender and delete it.")
            .meant("Untrusting (EN, New York, US DST): asks for references and proof, how numbers were calculated, "
                + "sign-off on every step; copies her manager Rajiv Patel, who sometimes writes himself."),
        Party.client("bergvik.no", "Bergvik Eiendom AS", Language.NO, OSLO)
            .archetype(UNTRUSTING).threads(6)
            .person(Person.of("Sigrid Ødegård", "sigrid.odegard@bergvik.no", Mailer.THUNDERBIRD,
                "Sigrid Ødegård", "Prosjektleder | Bergvik Eiendom AS", "Tlf. 915 40 226"))
            .manager(Person.of("Terje Bakke", "terje.bakke@bergvik.no", Mailer.OUTLOOK,
                "Terje Bakke", "Administrerende direktør", "Bergvik Eiendom AS"))
            .projects("Salgsprospekt Bjørvika", "Leietakermagasinet", "Ny visuell profil")
            .away(new Away(date(9, 28, shift), date(10, 9, shift), AutoReplyStyle.X_AUTOREPLY, "Fraværsmelding:"))
            .meant("Untrusting (NO): doubts the figures (\"Hvordan kom du frem til det tallet?\"), asks for "
                + "references and documentation, wants to approve every step, copies manager Terje Bakke."),
        Party.client("pennineprint.co.uk", "Pennine Print & Design", Language.EN, LONDON)
            .archetype(DIY_EXPERT).money(Money.GBP).threads(6).field("graphic design")
            .person(Person.of("Gareth Holmes", "gareth@pennineprint.co.uk", Mailer.THUNDERBIRD,
                "Gareth Holmes", "Owner, Pennine Print & Design", "www.pennineprint.co.uk"))
            .projects("Catalogue 2026", "Brand refresh", "Trade price list")
            .away(new Away(date(4, 3, shift), date(4, 10, shift), AutoReplyStyle.SUBJECT_ONLY, "Out of Office:"))
            .meant("\"I could do it better myself\" (EN): \"I studied graphic design\", \"in my experience\", "
                + "step-by-step imperative instructions, rewrites our copy. A second .co.uk client, keyed apart."),
        Party.client("tor.berg@gmail.com", "Tor Berg", Language.NO, OSLO)
            .archetype(DIY_EXPERT).threads(6).field("design")
            .person(Person.of("Tor Berg", "tor.berg@gmail.com", Mailer.GMAIL, "Tor Berg Foto", "torbergfoto.no"))
            .projects("Nettsiden min", "Porteføljen", "Fotoboka")
            .meant("Freemail client keyed by full address (NO, Gmail): \"Jeg har selv studert design\", tells us "
                + "how to do the work in imperatives, rewrites our texts."),
        Party.client("solstad-interior.no", "Solstad Interiør AS", Language.NO, OSLO)
            .fireRisk(true).threads(9)
            .person(Person.of("Marianne Solstad", "marianne@solstad-interior.no", Mailer.APPLE_MAIL,
                "Marianne Solstad", "Daglig leder, Solstad Interiør AS"))
            .projects("Vårkolleksjonen", "Nettbutikken", "Høstkatalogen")
            .away(new Away(date(7, 20, shift), date(8, 7, shift), AutoReplyStyle.SUBJECT_ONLY, "Fraværsmelding:"))
            .meant("Fire risk (NO, no archetype): endless revision rounds, scope grows "
                + "(\"når du først holder på\"), "
                + "disputes invoices and pays late; a large share of our outbound mail."),
        Party.client("brightwavemedia.com", "Brightwave Media Ltd", Language.EN, LONDON)
            .archetype(HANDS_ON).fireRisk(true).money(Money.GBP).threads(7)
            .person(Person.of("Chloe Bennett", "chloe@brightwavemedia.com", Mailer.APPLE_MAIL,
                "Chloe Bennett", "Founder & CEO, Brightwave Media", "brightwavemedia.com"))
            .person(Person.of("Sam Okafor", "sam.okafor@brightwavemedia.com", Mailer.GMAIL,
                "Sam Okafor", "Producer, Brightwave Media"))
            .projects("Podcast launch", "Client showreel", "New website")
            .away(new Away(date(8, 24, shift), date(8, 28, shift), AutoReplyStyle.AUTO_SUBMITTED, "Automatic reply:"))
            .meant("Fire risk (EN) with micromanaging habits: constant revisions and \"while you're at it\" "
                + "additions, late payment, many messages from two people; a large share of our outbound mail."),
        Party.client("havbris.no", "Havbris Sjømat AS", Language.NO, OSLO)
            .threads(6)
            .person(Person.of("Åse Nygård", "ase.nygard@havbris.no", Mailer.OUTLOOK,
                "Åse Nygård", "Markedsansvarlig", "Havbris Sjømat AS", "Tlf. 930 11 482"))
            .projects("Sjømatfestivalen", "Ny emballasje", "Nyhetsbrevet")
            .away(new Away(date(6, 22, shift), date(7, 3, shift), AutoReplyStyle.AUTO_SUBMITTED, "Automatisk svar:"))
            .meant("Easy client (NO): polite and grateful, answers after a day or two in office hours."),
        Party.client("meridianhealth.org", "Meridian Health Partners", Language.EN, NEW_YORK)
            .money(Money.USD).threads(5)
            .person(Person.of("Dana Kowalski", "dana.kowalski@meridianhealth.org", Mailer.WEBMAIL_HTML,
                "Dana Kowalski", "Communications Manager, Meridian Health Partners", "(212) 555-0199"))
            .projects("Patient guide", "Annual report", "Recruitment campaign")
            .away(new Away(date(9, 7, shift), date(9, 11, shift), AutoReplyStyle.X_AUTOREPLY, "Out of Office:"))
            .meant("Easy client (EN, New York): sends HTML-only mail, polite, replies after 1-3 days in US "
                + "office hours."),
        Party.client("nordlysbryggeri.no", "Nordlys Bryggeri AS", Language.NO, OSLO)
            .threads(5)
            .person(Person.of("Mette Kjærnes", "mette@nordlysbryggeri.no", Mailer.APPLE_MAIL,
                "Mette Kjærnes", "Nordlys Bryggeri AS"))
            .projects("Juleølet", "Nye etiketter", "Puben i Tromsø")
            .away(new Away(date(10, 12, shift), date(10, 16, shift), AutoReplyStyle.X_AUTOREPLY, "Automatisk svar:"))
            .meant("Easy client (NO): grateful, pays promptly, writes in office hours."),
        Party.client("ellen.strand@online.no", "Ellen Strand", Language.NO, OSLO)
            .threads(4)
            .person(Person.of("Ellen Strand", "ellen.strand@online.no", Mailer.THUNDERBIRD, "Ellen Strand"))
            .projects("Bokprosjektet", "Hjemmesiden")
            .meant("Easy client on an ISP address (online.no, keyed per address): small jobs, thankful, answers "
                + "after a day or two."),
        Party.client("lindqvistarchitects.com", "Lindqvist Architects", Language.EN, LONDON)
            .money(Money.GBP).threads(5)
            .person(Person.of("Erik Lindqvist", "erik@lindqvistarchitects.com", Mailer.GMAIL,
                "Erik Lindqvist RIBA", "Lindqvist Architects", "+44 20 7946 0854"))
            .projects("Studio website", "Competition entry", "Portfolio book")
            .meant("Easy client (EN, London, Google Workspace): friendly, answers within a couple of days, "
                + "business hours."));

    List<Party> parties = new ArrayList<>();
    for (Party.Builder b : clients) {
      parties.add(b.build(parties.size()));
    }
    List<String> companies = parties.stream().map(Party::displayName).toList();
    parties.add(Party.colleague("fjordlys.no", "Fjordlys Rådgivning AS", OSLO)
        .person(colleague()).projects(companies).threads(10).build(parties.size()));

    LocalDate last = period.end().atZone(OSLO).toLocalDate();
    return new Cast(owner(), colleague(), "Fjordlys Rådgivning AS", List.of("fjordlys.no"),
        Holidays.norway(first, last), parties, newsletters());
  }

  static List<Newsletter> newsletters() {
    return List.of(
        new Newsletter("Designnytt", "Designnytt", "nyhetsbrev@designnytt.no",
            "Designnytt <nyhetsbrev.designnytt.no>", Language.NO, OSLO, LocalTime.of(7, 30), 28, false,
            List.of("Årets vinnere av designprisen", "Slik lykkes du med merkevarebygging",
                "Fem trender innen emballasjedesign", "Universell utforming: dette må du vite",
                "Prising av kreative tjenester", "Trykksaken er tilbake", "Nye regler for markedsføring på nett",
                "Kunstig intelligens i designprosessen", "Bærekraft som konkurransefortrinn")),
        new Newsletter("The Brief", "The Brief by Studio Weekly", "hello@thebrief-weekly.com",
            "The Brief <weekly.thebrief-weekly.com>", Language.EN, LONDON, LocalTime.of(6, 0), 14, true,
            List.of("Why brand consistency pays", "Five trends in packaging design", "How to write a creative brief",
                "Pricing your services without apology", "The return of print", "Accessibility is not optional",
                "Designing for dark mode", "What clients really want from a kickoff", "When to say no to a client",
                "Scope creep, and how to stop it")));
  }

  private static LocalDate date(int month, int day, long shift) {
    return LocalDate.of(2026, month, day).plusDays(shift);
  }
}
