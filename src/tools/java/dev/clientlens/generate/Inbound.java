package dev.clientlens.generate;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** The trace headers our mail server adds when it delivers a message to the owner's inbox. */
final class Inbound {
  private Inbound() {}

  static void trace(Headers h, String from, String to, Instant sent, int party, Dice dice, ZoneId serverZone) {
    String domain = from.substring(from.indexOf('@') + 1);
    String host = domain.equals("gmail.com") ? "mail-ej1-f" + (40 + party % 20) + ".google.com" : "mail." + domain;
    String ip = "198.51.100." + (10 + Math.floorMod(party, 200));
    Instant received = sent.plusSeconds(2 + dice.below(18));
    h.raw("Return-Path", "<" + from + ">");
    h.raw("Delivered-To", to);
    h.raw("Received", "from " + host + " (" + host + " [" + ip + "])\n\tby mx.fjordlys.no (Postfix) with ESMTPS id "
        + dice.hex(12).toUpperCase(Locale.ROOT) + "\n\tfor <" + to + ">; "
        + Calendars.rfc5322(received.atZone(serverZone)));
  }
}
