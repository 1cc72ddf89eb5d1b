package dev.clientlens.generate;

/** How a written file is meant to be counted, using the {@code counted_as} values of SPEC section 10. */
enum Category {
  CLIENT_IN("client_in"),
  CLIENT_OUT("client_out"),
  INTERNAL("internal"),
  AUTO_REPLY("auto_reply"),
  BULK("bulk"),
  DUPLICATE("duplicate"),
  BOUNCE("bounce");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
