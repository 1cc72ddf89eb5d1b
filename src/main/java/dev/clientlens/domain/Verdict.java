package dev.clientlens.domain;

import java.util.Objects;

/** A filter's decision about one message, with the reason in words a user can check. */
public record Verdict(CountedAs countedAs, String reason) {
  public Verdict {
    Objects.requireNonNull(countedAs, "countedAs");
    Objects.requireNonNull(reason, "reason");
  }
}
