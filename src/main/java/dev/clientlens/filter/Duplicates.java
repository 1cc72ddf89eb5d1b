package dev.clientlens.filter;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The same Message-ID filed in several folders or labels counts once: the first copy read wins, every
 * later copy is a duplicate. Messages without a Message-ID are never merged.
 */
public final class Duplicates {
  private final Set<String> seen = new HashSet<>();

  public Optional<Verdict> judge(String messageId) {
    if (messageId.isEmpty() || seen.add(messageId)) {
      return Optional.empty();
    }
    return Optional.of(new Verdict(CountedAs.DUPLICATE, "Message-ID already read in another folder"));
  }
}
