package dev.clientlens.report;

/** A report column: its header name, and whether its cells are text from mail (and so need guarding). */
interface Column {
  String header();

  /** Text columns may carry attacker-controlled header content and are neutralised against formulas. */
  boolean isText();
}
