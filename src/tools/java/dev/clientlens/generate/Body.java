package dev.clientlens.generate;

import java.util.List;

/**
 * A rendered message body: its own plain lines, the quote section that later replies carry one level
 * down, the full plain text, and the HTML version (empty for mailers that send plain text only).
 */
record Body(List<String> own, List<String> shallowQuote, String plain, String html) {

  Body {
    own = List.copyOf(own);
    shallowQuote = List.copyOf(shallowQuote);
  }

  boolean hasHtml() {
    return !html.isEmpty();
  }
}
