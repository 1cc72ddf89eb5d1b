package dev.clientlens.analyse.deadline;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A deadline stated in a message: the moment it falls due, in the offset of the message that stated
 * it, and the words that stated it ("by Friday", "innen 12. mai"), kept as evidence.
 */
public record Deadline(OffsetDateTime due, String expression) {
  public Deadline {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(expression, "expression");
    if (expression.isBlank()) {
      throw new IllegalArgumentException("deadline: the expression is blank");
    }
  }
}
