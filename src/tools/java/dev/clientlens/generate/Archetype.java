package dev.clientlens.generate;

/** The archetype a client is designed to show (SPEC section 2); the label is the report's column name. */
enum Archetype {
  NONE("none"),
  HANDS_ON("hands_on"),
  UNTRUSTING("untrusting"),
  DIY_EXPERT("diy_expert");

  private final String label;

  Archetype(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
