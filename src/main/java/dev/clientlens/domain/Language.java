package dev.clientlens.domain;

/** The languages the analysis understands; everything else still gets timing metrics. */
public enum Language {
  ENGLISH("en"),
  NORWEGIAN("nb"),
  OTHER("");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** ISO 639-1 code written to reports ({@code nb} for Norwegian Bokmål). */
  public String code() {
    return code;
  }
}
