package dev.clientlens.generate;

import java.util.List;

/**
 * Someone who writes mail: the name as people say it, the name as their mail program puts it in the
 * {@code From} header (Outlook's "Doyle, Margaret"), the address, their mail program and signature lines.
 */
record Person(String name, String headerName, String address, Mailer mailer, List<String> signature) {

  Person {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("person: empty name");
    }
    if (address == null || address.indexOf('@') <= 0 || address.endsWith("@")) {
      throw new IllegalArgumentException("person " + name + ": not an address: " + address);
    }
    if (mailer == null) {
      throw new IllegalArgumentException("person " + name + ": mailer is required");
    }
    headerName = headerName == null || headerName.isBlank() ? name : headerName;
    signature = List.copyOf(signature);
  }

  static Person of(String name, String address, Mailer mailer, String... signature) {
    return new Person(name, name, address, mailer, List.of(signature));
  }

  Person withHeaderName(String header) {
    return new Person(name, header, address, mailer, signature);
  }

  String firstName() {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  String domain() {
    return address.substring(address.indexOf('@') + 1);
  }

  /** Outlook users put no "-- " line before the signature; the others do. */
  boolean signatureDelimiter() {
    return mailer != Mailer.OUTLOOK;
  }
}
