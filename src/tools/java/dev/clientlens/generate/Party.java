package dev.clientlens.generate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One correspondent organisation: a client (or, with role {@code COLLEAGUE}, our own colleague). Holds who
 * writes for it, how it behaves, what it is meant to show, and how much mail it gets (a fixed number of
 * threads in the sample cast, a weight in a synthetic one).
 */
record Party(
    int index,
    Role role,
    String key,
    String displayName,
    Language language,
    ZoneId zone,
    List<Person> people,
    Optional<Person> manager,
    Optional<Person> formerContact,
    Archetype archetype,
    Archetype secondary,
    double secondaryRate,
    Tone tone,
    boolean fireRisk,
    Behaviour behaviour,
    Money money,
    List<String> projects,
    List<Away> away,
    String field,
    String disclaimer,
    String meantToShow,
    int threads,
    double weight) {

  enum Role {
    CLIENT,
    COLLEAGUE
  }

  Party {
    if (key == null || key.isBlank() || people.isEmpty() || projects.isEmpty()) {
      throw new IllegalArgumentException("party " + key + ": key, people and projects are required");
    }
    if (secondary == null || tone == null || secondaryRate < 0 || secondaryRate > 1) {
      throw new IllegalArgumentException("party " + key + ": secondary archetype, its rate and tone are required");
    }
    people = List.copyOf(people);
    projects = List.copyOf(projects);
    away = List.copyOf(away);
  }

  /**
   * The same people, language and share of the mail behaving as {@code archetype} (with no second archetype,
   * plain wording and the archetype's textbook behaviour with individual noise from {@code dice}).
   */
  Party becoming(Archetype target, Dice dice) {
    return new Party(index, role, key, displayName, language, zone, people, manager, formerContact, target,
        Archetype.NONE, 0, Tone.PLAIN, fireRisk, Behaviour.of(target, fireRisk).jitter(dice), money, projects, away,
        field, disclaimer, meantToShow, threads, weight);
  }

  /** The same party with another description of what it is meant to show. */
  Party withMeant(String meant) {
    return new Party(index, role, key, displayName, language, zone, people, manager, formerContact, archetype,
        secondary, secondaryRate, tone, fireRisk, behaviour, money, projects, away, field, disclaimer, meant,
        threads, weight);
  }

  Person primary() {
    return people.get(0);
  }

  boolean isClient() {
    return role == Role.CLIENT;
  }

  static Builder client(String key, String displayName, Language language, ZoneId zone) {
    return new Builder(Role.CLIENT, key, displayName, language, zone);
  }

  static Builder colleague(String key, String displayName, ZoneId zone) {
    return new Builder(Role.COLLEAGUE, key, displayName, Language.NO, zone);
  }

  /** Casts read better as a named list of traits than as a twenty-argument constructor. */
  static final class Builder {
    private final Role role;
    private final String key;
    private final String displayName;
    private final Language language;
    private final ZoneId zone;
    private final List<Person> people = new ArrayList<>();
    private final List<String> projects = new ArrayList<>();
    private final List<Away> away = new ArrayList<>();
    private Person manager;
    private Person formerContact;
    private Archetype archetype = Archetype.NONE;
    private Archetype secondary = Archetype.NONE;
    private double secondaryRate;
    private Tone tone = Tone.PLAIN;
    private boolean fireRisk;
    private Behaviour behaviour;
    private Money money = Money.NOK;
    private String field = "";
    private String disclaimer = "";
    private String meantToShow = "";
    private int threads;
    private double weight = 1;

    private Builder(Role role, String key, String displayName, Language language, ZoneId zone) {
      this.role = role;
      this.key = key;
      this.displayName = displayName;
      this.language = language;
      this.zone = zone;
    }

    Builder person(Person person) {
      people.add(person);
      return this;
    }

    Builder manager(Person person) {
      this.manager = person;
      return this;
    }

    Builder formerContact(Person person) {
      this.formerContact = person;
      return this;
    }

    Builder archetype(Archetype value) {
      this.archetype = value;
      return this;
    }

    /** A second archetype shown weakly: its wording appears in about {@code rate} of the messages it colours. */
    Builder secondary(Archetype value, double rate) {
      this.secondary = value;
      this.secondaryRate = rate;
      return this;
    }

    Builder tone(Tone value) {
      this.tone = value;
      return this;
    }

    Builder fireRisk(boolean value) {
      this.fireRisk = value;
      return this;
    }

    Builder behaviour(Behaviour value) {
      this.behaviour = value;
      return this;
    }

    Builder money(Money value) {
      this.money = value;
      return this;
    }

    Builder projects(String... names) {
      projects.addAll(List.of(names));
      return this;
    }

    Builder projects(List<String> names) {
      projects.addAll(names);
      return this;
    }

    Builder away(Away window) {
      away.add(window);
      return this;
    }

    Builder field(String value) {
      this.field = value;
      return this;
    }

    Builder disclaimer(String value) {
      this.disclaimer = value;
      return this;
    }

    Builder meant(String value) {
      this.meantToShow = value;
      return this;
    }

    Builder threads(int value) {
      this.threads = value;
      return this;
    }

    Builder weight(double value) {
      this.weight = value;
      return this;
    }

    Party build(int index) {
      Behaviour b = behaviour != null ? behaviour
          : role == Role.COLLEAGUE ? Behaviour.colleague() : Behaviour.of(archetype, fireRisk);
      return new Party(index, role, key, displayName, language, zone, people, Optional.ofNullable(manager),
          Optional.ofNullable(formerContact), archetype, secondary, secondaryRate, tone, fireRisk, b, money, projects,
          away, field, disclaimer,
          meantToShow, threads, weight);
    }
  }
}
