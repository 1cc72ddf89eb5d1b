package dev.clientlens.generate;

/** The languages the generator writes; the code is what {@code expected-clients.csv} shows. */
enum Language {
  EN("en"),
  NO("no");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }
}
