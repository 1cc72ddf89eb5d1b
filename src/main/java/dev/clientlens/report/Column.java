package dev.clientlens.report;

import java.util.Locale;

/** A report column: its header name, and whether its cells are text from mail (and so need guarding). */
interface Column {
  /** The constant's name in lower case: {@code MESSAGES_IN} is {@code messages_in}. */
  default String header() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
  }

  /** Text columns may carry attacker-controlled header content and are neutralised against formulas. */
  boolean isText();
}
