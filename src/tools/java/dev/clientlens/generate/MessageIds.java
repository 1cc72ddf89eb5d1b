package dev.clientlens.generate;

/** Message-IDs and MIME boundaries in the shape each mail program makes them, drawn from the word dice. */
final class MessageIds {
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String GMAIL_CHARS = ALNUM + "+-_";

  private MessageIds() {}

  static String create(Person author, Dice dice) {
    return switch (author.mailer()) {
      case GMAIL -> "<CA" + draw(GMAIL_CHARS, 42, dice) + "@mail.gmail.com>";
      case OUTLOOK -> {
        String server = dice.pick(java.util.List.of("AM9PR04MB", "DB9PR02MB", "VI1PR07MB", "LO2P265MB", "PH0PR12MB"))
            + (1000 + dice.below(9000));
        yield "<" + server + dice.hex(24).toUpperCase(java.util.Locale.ROOT) + "@" + server + "."
            + (server.startsWith("PH") ? "namprd12" : "eurprd04") + ".prod.outlook.com>";
      }
      case APPLE_MAIL -> "<" + uuid(dice).toUpperCase(java.util.Locale.ROOT) + "@" + author.domain() + ">";
      case THUNDERBIRD, OWNER -> "<" + uuid(dice) + "@" + author.domain() + ">";
      case WEBMAIL_HTML -> "<" + dice.hex(32) + "@" + author.domain() + ">";
    };
  }

  static String boundary(Mailer mailer, Dice dice) {
    return switch (mailer) {
      case GMAIL -> "000000000000" + dice.hex(16);
      case OUTLOOK -> "_000_" + draw(ALNUM, 32, dice).toUpperCase(java.util.Locale.ROOT) + "_";
      case APPLE_MAIL -> "Apple-Mail=_" + uuid(dice).toUpperCase(java.util.Locale.ROOT);
      case THUNDERBIRD, OWNER -> "------------" + draw(ALNUM, 24, dice);
      case WEBMAIL_HTML -> "=_" + dice.hex(32);
    };
  }

  static String uuid(Dice dice) {
    String h = dice.hex(32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-a" + h.substring(17, 20) + "-"
        + h.substring(20, 32);
  }

  static String draw(String alphabet, int length, Dice dice) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(dice.below(alphabet.length())));
    }
    return sb.toString();
  }
}
