package dev.clientlens.parse;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns an HTML mail body into plain text with Tika's HTML parser. Quoted history that mail clients mark
 * up (blockquotes, Gmail's and Outlook's reply containers) is left out here, where the markup still says
 * what it is; what remains goes through the same plain-text quote stripping as any other body.
 */
final class HtmlText {
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
          "hr", "pre", "section", "article", "header", "footer", "td", "th", "blockquote");
  private static final Set<String> INVISIBLE = Set.of("script", "style", "head", "title");

  private final JSoupParser parser = new JSoupParser();
  private final int maxChars;

  HtmlText(int maxChars) {
    this.maxChars = maxChars;
  }

  /** The visible text of {@code html}, at most {@code maxChars} characters. */
  String toText(String html) throws ParseProblem {
    ParseContext context = new ParseContext();
    context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
    TextHandler handler = new TextHandler(maxChars);
    try {
      parser.parseString(html, handler, new Metadata(), context);
    } catch (SAXException | RuntimeException e) {
      if (!handler.full) {
        throw new ParseProblem("could not convert HTML to text: " + e.getMessage(), e);
      }
    }
    return handler.text();
  }

  private static boolean isQuoteContainer(String element, Attributes attributes) {
    if (element.equals("blockquote")) {
      return true;
    }
    String cls = value(attributes, "class");
    String id = value(attributes, "id");
    return cls.contains("gmail_quote")
        || cls.contains("yahoo_quoted")
        || cls.contains("moz-cite-prefix")
        || id.equals("divrplyfwdmsg")
        || id.equals("appendonsend")
        || id.startsWith("yiv") && id.contains("quoted");
  }

  private static String value(Attributes attributes, String name) {
    for (int i = 0; i < attributes.getLength(); i++) {
      if (attributes.getLocalName(i).equalsIgnoreCase(name) || attributes.getQName(i).equalsIgnoreCase(name)) {
        return attributes.getValue(i).toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /** Collects text outside quote containers and invisible elements, with a line break per block. */
  private static final class TextHandler extends DefaultHandler {
    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private int skipDepth;
    private boolean full;

    TextHandler(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      String element = name(localName, qName);
      if (skipDepth > 0 || INVISIBLE.contains(element) || isQuoteContainer(element, attributes)) {
        skipDepth++;
        return;
      }
      if (BLOCKS.contains(element)) {
        newline();
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (BLOCKS.contains(name(localName, qName))) {
        newline();
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (skipDepth > 0) {
        return;
      }
      for (int i = start; i < start + length; i++) {
        char c = ch[i];
        if (c == '\u00a0' || c == '\t' || c == '\r' || c == '\n') {
          c = ' ';
        }
        if (c == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' '
            || text.charAt(text.length() - 1) == '\n')) {
          continue;
        }
        text.append(c);
      }
      if (text.length() > maxChars) {
        text.setLength(maxChars);
        full = true;
        throw new SAXException("text limit of " + maxChars + " characters reached");
      }
    }

    private void newline() {
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      text.setLength(end);
      text.append('\n');
    }

    private static String name(String localName, String qName) {
      String n = localName == null || localName.isEmpty() ? qName : localName;
      return n.toLowerCase(Locale.ROOT);
    }

    String text() {
      return text.toString();
    }
  }
}
