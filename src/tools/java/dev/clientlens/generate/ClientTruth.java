package dev.clientlens.generate;

/**
 * What the generator intended for one client: its key (registrable domain, or the full address for
 * freemail), display name, designed archetype ({@code none}, {@code hands_on}, {@code untrusting},
 * {@code diy_expert}), whether it is a fire risk, its language, how many human messages it wrote and we
 * wrote to it, in how many threads, and in words what it is meant to show.
 */
public record ClientTruth(
    String client,
    String displayName,
    String archetype,
    boolean fireRisk,
    String language,
    int messagesIn,
    int messagesOut,
    int threads,
    String meantToShow) {

  public ClientTruth {
    if (client == null || client.isBlank()) {
      throw new IllegalArgumentException("client truth: empty client key");
    }
    if (messagesIn < 0 || messagesOut < 0 || threads < 0) {
      throw new IllegalArgumentException("client truth " + client + ": counts must not be negative");
    }
    displayName = displayName == null ? "" : displayName;
    archetype = archetype == null ? "none" : archetype;
    language = language == null ? "" : language;
    meantToShow = meantToShow == null ? "" : meantToShow;
  }
}
