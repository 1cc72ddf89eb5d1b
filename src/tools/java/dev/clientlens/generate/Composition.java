package dev.clientlens.generate;

import java.util.List;

/** The words of one message before layout: greeting line, paragraphs, closing line (empty when left out). */
record Composition(String greeting, List<String> paragraphs, String closing) {

  Composition {
    if (greeting == null || closing == null) {
      throw new IllegalArgumentException("composition: greeting and closing may be empty but not null");
    }
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("composition: a message needs at least one paragraph");
    }
  }
}
