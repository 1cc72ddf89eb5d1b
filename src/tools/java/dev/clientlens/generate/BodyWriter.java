package dev.clientlens.generate;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out a composition the way the writer's mail program does: greeting, paragraphs, sign-off, signature
 * (with or without the "-- " delimiter), company disclaimer, then the quoted previous message in that
 * program's style ("> " lines under an attribution, or Outlook's From/Sent/To/Subject block).
 */
final class BodyWriter {
  private static final int WRAP = 72;

  private final Mailer mailer;
  private final Language language;
  private final ZoneId zone;

  BodyWriter(Mailer mailer, Language language, ZoneId zone) {
    this.mailer = mailer;
    this.language = language;
    this.zone = zone;
  }

  /**
   * @param signature whether the author's signature block is added (colleagues skip it)
   * @param mobile    written on a phone: "Sent from my iPhone" instead of the signature
   */
  Body render(Composition words, Person author, boolean signature, boolean mobile, String disclaimer,
      Optional<Written> previous) {
    List<String> own = ownLines(words, author, signature, mobile, disclaimer);
    List<String> quote = previous.map(this::quote).orElse(List.of());
    List<String> shallow = previous.map(this::shallow).orElse(List.of());
    StringBuilder plain = new StringBuilder();
    for (String line : own) {
      plain.append(line).append('\n');
    }
    if (!quote.isEmpty()) {
      plain.append('\n');
      for (String line : quote) {
        plain.append(line).append('\n');
      }
    }
    String html = switch (mailer) {
      case GMAIL -> Html.gmail(words, author, signature, disclaimer, quote);
      case OUTLOOK -> Html.outlook(words, author, signature, disclaimer, quote, language);
      case WEBMAIL_HTML -> Html.webmail(words, author, signature, disclaimer, quote);
      default -> "";
    };
    return new Body(own, shallow, plain.toString(), html);
  }

  private boolean wraps() {
    return mailer == Mailer.OWNER || mailer == Mailer.THUNDERBIRD;
  }

  private List<String> ownLines(Composition words, Person author, boolean signature, boolean mobile,
      String disclaimer) {
    List<String> lines = new ArrayList<>();
    if (!words.greeting().isEmpty()) {
      lines.add(words.greeting());
      lines.add("");
    }
    for (String paragraph : words.paragraphs()) {
      addParagraph(lines, paragraph);
      lines.add("");
    }
    boolean outlookSignature = signature && !mobile && !author.signatureDelimiter();
    if (!words.closing().isEmpty()) {
      lines.add(words.closing());
      if (!outlookSignature) {
        lines.add(author.firstName());
      }
    } else if (!signature) {
      lines.add(author.firstName());
    }
    if (mobile) {
      blank(lines);
      lines.add(language == Language.EN ? "Sent from my iPhone" : "Sendt fra min iPhone");
    } else if (signature && !author.signature().isEmpty()) {
      if (author.signatureDelimiter()) {
        blank(lines);
        lines.add("-- ");
      }
      lines.addAll(author.signature());
    }
    if (!disclaimer.isEmpty()) {
      blank(lines);
      addParagraph(lines, disclaimer);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** One empty line between blocks, never two. */
  private static void blank(List<String> lines) {
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
      lines.add("");
    }
  }

  private void addParagraph(List<String> lines, String paragraph) {
    if (wraps()) {
      lines.addAll(wrap(paragraph, WRAP));
    } else {
      lines.add(paragraph);
    }
  }

  /** The full quote of the previous message: two levels at most. */
  private List<String> quote(Written previous) {
    List<String> lines = new ArrayList<>();
    if (mailer == Mailer.OUTLOOK) {
      lines.addAll(outlookBlock(previous));
      lines.add("");
      lines.addAll(previous.own());
      if (!previous.shallowQuote().isEmpty()) {
        lines.add("");
        lines.addAll(previous.shallowQuote());
      }
      return lines;
    }
    lines.add(attribution(previous));
    lines.addAll(prefixed(previous.own()));
    if (!previous.shallowQuote().isEmpty()) {
      lines.add(">");
      lines.addAll(prefixed(previous.shallowQuote()));
    }
    return lines;
  }

  /** What the next reply will see of this message's quote: the previous message only. */
  private List<String> shallow(Written previous) {
    List<String> lines = new ArrayList<>();
    if (mailer == Mailer.OUTLOOK) {
      lines.addAll(outlookBlock(previous));
      lines.add("");
      lines.addAll(previous.own());
    } else {
      lines.add(attribution(previous));
      lines.addAll(prefixed(previous.own()));
    }
    return lines;
  }

  private String attribution(Written previous) {
    ZonedDateTime t = previous.at().atZone(zone);
    String named = previous.author().headerName() + " <" + previous.author().address() + ">";
    return switch (mailer) {
      case APPLE_MAIL -> Calendars.appleAttribution(t, named, language);
      case THUNDERBIRD -> Calendars.thunderbirdAttribution(t, previous.author().headerName(), language);
      default -> Calendars.gmailAttribution(t, named, language);
    };
  }

  private List<String> outlookBlock(Written previous) {
    boolean en = language == Language.EN;
    List<String> block = new ArrayList<>();
    // Older Outlook writes the "Original Message" line; newer versions a rule of underscores.
    block.add(previous.messageId().hashCode() % 2 == 0
        ? (en ? "-----Original Message-----" : "-----Opprinnelig melding-----")
        : "________________________________");
    block.add((en ? "From: " : "Fra: ") + Headers.mailbox(previous.author()).replace("\n ", ""));
    block.add((en ? "Sent: " : "Sendt: ") + Calendars.outlookSent(previous.at().atZone(zone), language));
    block.add((en ? "To: " : "Til: ") + names(previous.to()));
    if (!previous.cc().isEmpty()) {
      block.add((en ? "Cc: " : "Kopi: ") + names(previous.cc()));
    }
    block.add((en ? "Subject: " : "Emne: ") + previous.subject());
    return block;
  }

  private static String names(List<Person> people) {
    List<String> parts = new ArrayList<>();
    for (Person p : people) {
      parts.add(p.headerName() + " <" + p.address() + ">");
    }
    return String.join("; ", parts);
  }

  private List<String> prefixed(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        out.add(">");
        continue;
      }
      String inner = line.startsWith(">") ? line : " " + line;
      if (wraps() && inner.length() > WRAP + 4) {
        int depth = 0;
        while (depth < line.length() && line.charAt(depth) == '>') {
          depth++;
        }
        String lead = ">" + line.substring(0, depth) + " ";
        String rest = line.substring(depth).strip();
        for (String piece : wrap(rest, WRAP + 4 - lead.length())) {
          out.add(lead + piece);
        }
      } else {
        out.add(">" + inner);
      }
    }
    return out;
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
