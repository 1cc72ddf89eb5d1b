package dev.clientlens.generate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The issues of one newsletter: bulk mail with List-Id, List-Unsubscribe and Precedence: bulk. */
final class NewsletterStream implements LetterStream {
  private final Newsletter list;
  private final Person owner;
  private final Period period;
  private final Dice dice;
  private final int index;
  private final int maxIssues;
  private LocalDate day;
  private int issue;

  /** Issues go out on the same weekday as the period's first issue day, every {@code everyDays}. */
  NewsletterStream(Newsletter list, int index, Person owner, Period period, long seed, int maxIssues) {
    this.list = list;
    this.index = index;
    this.owner = owner;
    this.period = period;
    this.dice = Dice.of(seed, 4, index);
    this.maxIssues = maxIssues;
    LocalDate first = period.start().atZone(list.zone()).toLocalDate().plusDays(1 + index);
    while (first.getDayOfWeek() == DayOfWeek.SATURDAY || first.getDayOfWeek() == DayOfWeek.SUNDAY) {
      first = first.plusDays(1);
    }
    this.day = first;
  }

  /** How many issues fall in the period: lets a synthetic mailbox budget its bulk mail exactly. */
  static int issuesIn(Newsletter list, int index, Period period, int maxIssues) {
    NewsletterStream s = new NewsletterStream(list, index, null, period, 0, maxIssues);
    int n = 0;
    while (s.hasNext()) {
      n++;
      s.advance();
    }
    return n;
  }

  @Override
  public boolean hasNext() {
    return issue < maxIssues && nextAt().isBefore(period.end());
  }

  @Override
  public Instant nextAt() {
    return day.atTime(list.sendAt()).atZone(list.zone()).toInstant();
  }

  @Override
  public List<Letter> next() {
    Instant at = nextAt();
    Letter letter = render(at);
    advance();
    return List.of(letter);
  }

  private void advance() {
    issue++;
    day = day.plusDays(list.everyDays());
  }

  private Letter render(Instant at) {
    boolean en = list.language() == Language.EN;
    List<String> headlines = list.headlines();
    String lead = headlines.get(issue % headlines.size());
    String subject = list.name() + " #" + (issue + 1) + ": " + lead;
    String token = dice.hex(16);
    String unsubscribeUrl = "https://" + list.domain() + (en ? "/unsubscribe?u=" : "/avmeld?u=") + token;
    StringBuilder text = new StringBuilder();
    text.append(list.name()).append(" #").append(issue + 1).append("\n\n").append(lead).append("\n\n");
    for (int i = 1; i <= 3; i++) {
      text.append("* ").append(headlines.get((issue + i * 3) % headlines.size())).append('\n');
    }
    text.append('\n').append(en ? "Read more at https://" : "Les mer på https://").append(list.domain()).append("\n\n")
        .append(en ? "You receive this email because you subscribed to "
            : "Du får denne e-posten fordi du abonnerer på ")
        .append(list.name()).append(".\n").append(en ? "Unsubscribe: " : "Meld deg av: ").append(unsubscribeUrl)
        .append('\n');
    StringBuilder html = new StringBuilder("<html><body style=\"font-family:Arial,sans-serif\">\n<h1>")
        .append(Html.escape(list.name())).append("</h1>\n<h2>").append(Html.escape(lead)).append("</h2>\n<ul>\n");
    for (int i = 1; i <= 3; i++) {
      html.append("<li>").append(Html.escape(headlines.get((issue + i * 3) % headlines.size()))).append("</li>\n");
    }
    html.append("</ul>\n<p style=\"font-size:11px;color:#777\"><a href=\"").append(unsubscribeUrl).append("\">")
        .append(en ? "Unsubscribe" : "Meld deg av").append("</a></p>\n</body></html>\n");
    MimePart content = list.htmlOnly()
        ? MimePart.quotedPrintable("html", html.toString(), "utf-8")
        : MimePart.multipart("alternative", "----=_Part_" + dice.hex(12), "",
            List.of(MimePart.quotedPrintable("plain", text.toString(), "utf-8"),
                MimePart.quotedPrintable("html", html.toString(), "utf-8")));

    Person sender = Person.of(list.fromName(), list.address(), Mailer.WEBMAIL_HTML);
    Headers h = new Headers();
    Inbound.trace(h, "bounces+" + token.substring(0, 8) + "@" + list.domain(), owner.address(), at, 250 + index, dice,
        period.home());
    h.raw("Date", Calendars.rfc5322(at.atZone(list.zone())));
    h.address("From", sender);
    h.address("To", owner);
    h.text("Subject", subject, false);
    h.raw("Message-ID", "<" + dice.hex(20) + "." + (issue + 1) + "@" + list.domain() + ">");
    h.raw("List-Id", list.listId());
    h.raw("List-Unsubscribe", "<" + unsubscribeUrl + ">,\n <mailto:unsubscribe@" + list.domain() + "?subject="
        + token.toUpperCase(Locale.ROOT) + ">");
    h.raw("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    h.raw("Precedence", "bulk");
    byte[] bytes = content.message(h.toString());
    return new Letter(new Envelope(at, Folder.INBOX, period.isRecent(at), list.address(), Category.BULK, -1,
        Dice.mix(4, index, issue) >>> 1), bytes);
  }
}
