package dev.clientlens.generate;

/** Who writes a step of a conversation: the correspondent, us (the owner), or a machine on their side. */
enum Side {
  CLIENT,
  US,
  SYSTEM
}
