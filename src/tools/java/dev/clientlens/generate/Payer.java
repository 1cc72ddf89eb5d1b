package dev.clientlens.generate;

/** How a client meets an invoice. */
enum Payer {
  PROMPT,
  LATE,
  DISPUTES
}
