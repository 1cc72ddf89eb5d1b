package dev.clientlens.generate;

import java.util.List;

/**
 * What one conversation is about: the deliverable, the project and the subject line. Subjects are unique
 * within a client (the thread's ordinal among its kind picks a distinct project and topic pair), because the
 * scan falls back to subject matching when threading headers are missing.
 */
record Topic(Thing thing, String project, String subject) {
  private static final List<String> EN_QUESTIONS = List.of("file formats", "timeline", "photos", "translation",
      "budget", "next steps", "print run", "CMS access", "fonts", "the deadline");
  private static final List<String> NO_QUESTIONS = List.of("filformater", "tidsplan", "bilder", "oversettelse",
      "budsjett", "neste steg", "opplag", "tilgang til publiseringsløsningen", "fonter", "fristen");
  private static final List<String> EN_MEETINGS = List.of("meeting next week", "quick call", "catch-up",
      "workshop", "planning session", "status meeting");
  private static final List<String> NO_MEETINGS = List.of("møte neste uke", "kort telefon", "statusmøte",
      "workshop", "planleggingsmøte", "oppfølging");
  private static final List<String> INTERNAL = List.of("tilbud", "timer", "layout", "status", "faktura",
      "presentasjon", "ressurser");

  static Topic of(Party party, ThreadKind kind, int ordinal, String invoice) {
    Language language = party.language();
    boolean en = language == Language.EN;
    List<String> projects = party.projects();
    List<String> topics = switch (kind) {
      case QUESTION -> en ? EN_QUESTIONS : NO_QUESTIONS;
      case MEETING -> en ? EN_MEETINGS : NO_MEETINGS;
      case INTERNAL -> INTERNAL;
      default -> Thing.ALL.stream().map(t -> t.name(language)).toList();
    };
    int n = topics.size();
    // Consecutive ordinals move both the topic and the project; pairs repeat only after n * projects.
    int topic = ordinal % n;
    String project = projects.get((ordinal % n + ordinal / n) % projects.size());
    int round = ordinal / (n * projects.size());
    String suffix = round > 0 ? " (" + (round + 1) + ")" : "";
    Thing thing = Thing.ALL.get(ordinal % Thing.ALL.size());
    String subject = switch (kind) {
      case PROJECT -> project + " – " + topics.get(topic) + suffix;
      case QUESTION -> project + (en ? ": question about " : ": spørsmål om ") + topics.get(topic) + suffix;
      case MEETING, INTERNAL -> project + ": " + topics.get(topic) + suffix;
      case INVOICE -> (en ? "Invoice " : "Faktura ") + invoice + " – " + project;
      case BOUNCE -> project + (en ? ": catching up" : ": lenge siden sist") + suffix;
    };
    return new Topic(thing, project, subject);
  }
}
