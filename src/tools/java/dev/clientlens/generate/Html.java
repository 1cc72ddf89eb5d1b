package dev.clientlens.generate;

import java.util.List;

/** The HTML part as Gmail, Outlook and a webmail program would write it for the same words. */
final class Html {
  private Html() {}

  static String gmail(Composition words, Person author, boolean signature, String disclaimer, List<String> quote) {
    StringBuilder h = new StringBuilder("<div dir=\"ltr\">");
    if (!words.greeting().isEmpty()) {
      h.append("<div>").append(escape(words.greeting())).append("</div><div><br></div>");
    }
    for (String paragraph : words.paragraphs()) {
      h.append("<div>").append(escape(paragraph)).append("</div><div><br></div>");
    }
    if (!words.closing().isEmpty()) {
      h.append("<div>").append(escape(words.closing())).append("</div><div>")
          .append(escape(author.firstName())).append("</div>");
    }
    if (signature && !author.signature().isEmpty()) {
      h.append("<div><br></div>-- <br><div dir=\"ltr\" class=\"gmail_signature\"><div dir=\"ltr\">")
          .append(lines(author.signature(), "<br>")).append("</div></div>");
    }
    if (!disclaimer.isEmpty()) {
      h.append("<div><br></div><div style=\"font-size:small;color:#888\">").append(escape(disclaimer)).append("</div>");
    }
    h.append("</div>\n");
    if (!quote.isEmpty()) {
      h.append("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">").append(escape(quote.get(0)))
          .append("<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
              + "border-left:1px solid rgb(204,204,204);padding-left:1ex\">\n")
          .append(lines(unquote(quote.subList(1, quote.size())), "<br>\n"))
          .append("<br>\n</blockquote></div>\n");
    }
    return h.toString();
  }

  static String outlook(Composition words, Person author, boolean signature, String disclaimer,
      List<String> quote, Language language) {
    StringBuilder h = new StringBuilder()
        .append("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n")
        .append("<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif}</style>\n")
        .append("</head>\n<body lang=\"").append(language == Language.EN ? "EN-GB" : "NO-BOK")
        .append("\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n");
    if (!words.greeting().isEmpty()) {
      p(h, words.greeting());
      p(h, "");
    }
    for (String paragraph : words.paragraphs()) {
      p(h, paragraph);
      p(h, "");
    }
    if (!words.closing().isEmpty()) {
      p(h, words.closing());
    }
    if (signature) {
      for (String line : author.signature()) {
        p(h, line);
      }
    }
    if (!disclaimer.isEmpty()) {
      p(h, "");
      h.append("<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:gray\">").append(escape(disclaimer))
          .append("</span></p>\n");
    }
    if (!quote.isEmpty()) {
      p(h, "");
      int blank = quote.indexOf("");
      List<String> header = blank < 0 ? quote : quote.subList(0, blank);
      h.append("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n")
          .append("<p class=\"MsoNormal\">");
      for (int i = 1; i < header.size(); i++) {
        String line = header.get(i);
        int colon = line.indexOf(':');
        h.append("<b>").append(escape(line.substring(0, colon + 1))).append("</b>")
            .append(escape(line.substring(colon + 1)));
        h.append(i < header.size() - 1 ? "<br>\n" : "");
      }
      h.append("</p>\n</div>\n");
      if (blank >= 0) {
        for (String line : quote.subList(blank, quote.size())) {
          p(h, line);
        }
      }
    }
    h.append("</div>\n</body>\n</html>\n");
    return h.toString();
  }

  static String webmail(Composition words, Person author, boolean signature, String disclaimer, List<String> quote) {
    StringBuilder h = new StringBuilder("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        + "charset=UTF-8\" /></head><body style=\"font-size: 10pt; font-family: Verdana,Geneva,sans-serif\">\n");
    if (!words.greeting().isEmpty()) {
      h.append("<p>").append(escape(words.greeting())).append("</p>\n");
    }
    for (String paragraph : words.paragraphs()) {
      h.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    if (!words.closing().isEmpty()) {
      h.append("<p>").append(escape(words.closing())).append("<br />").append(escape(author.firstName()))
          .append("</p>\n");
    }
    if (signature && !author.signature().isEmpty()) {
      h.append("<div id=\"signature\">-- <br />").append(lines(author.signature(), "<br />")).append("</div>\n");
    }
    if (!disclaimer.isEmpty()) {
      h.append("<p><small>").append(escape(disclaimer)).append("</small></p>\n");
    }
    if (!quote.isEmpty()) {
      h.append("<p><br /></p>\n<p>").append(escape(quote.get(0))).append("</p>\n")
          .append("<blockquote type=\"cite\" style=\"padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0\">\n")
          .append(lines(unquote(quote.subList(1, quote.size())), "<br />\n"))
          .append("\n</blockquote>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  /** Inside a blockquote the first "> " level is the blockquote itself. */
  private static List<String> unquote(List<String> quoted) {
    return quoted.stream().map(l -> l.startsWith("> ") ? l.substring(2) : l.startsWith(">") ? l.substring(1) : l)
        .toList();
  }

  private static void p(StringBuilder h, String text) {
    h.append("<p class=\"MsoNormal\">").append(text.isEmpty() ? "&nbsp;" : escape(text)).append("</p>\n");
  }

  private static String lines(List<String> lines, String separator) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(escape(lines.get(i)));
    }
    return sb.toString();
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
