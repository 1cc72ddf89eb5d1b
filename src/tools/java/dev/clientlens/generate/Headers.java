package dev.clientlens.generate;

import java.util.List;

/** Builds a header block with LF line ends, encoding non-ASCII text and folding long lines near 78 columns. */
final class Headers {
  private static final int FOLD_AT = 78;
  private final StringBuilder sb = new StringBuilder(1024);

  /** Adds a header whose value is already valid (encoded, and folded where it needs to be). */
  Headers raw(String name, String value) {
    sb.append(name).append(": ").append(value).append('\n');
    return this;
  }

  /** Adds unstructured ASCII-or-not text (Subject, Thread-Topic), encoding and folding it. */
  Headers text(String name, String value, boolean base64) {
    String encoded = EncodedWords.text(value, base64);
    return raw(name, EncodedWords.isAscii(value) ? foldWords(name.length() + 2, encoded) : encoded);
  }

  Headers address(String name, Person person) {
    return addresses(name, List.of(person));
  }

  Headers addresses(String name, List<Person> people) {
    if (people.isEmpty()) {
      return this;
    }
    StringBuilder value = new StringBuilder();
    int column = name.length() + 2;
    for (int i = 0; i < people.size(); i++) {
      String mailbox = mailbox(people.get(i));
      int width = firstLineWidth(mailbox);
      if (i > 0) {
        value.append(',');
        column++;
        if (column + 1 + width > FOLD_AT) {
          value.append("\n ");
          column = 1;
        } else {
          value.append(' ');
          column++;
        }
      }
      value.append(mailbox);
      column = lastLineWidth(column, mailbox);
    }
    return raw(name, value.toString());
  }

  /** Message-ID lists (References): one ID per folded line once the line gets long. */
  Headers ids(String name, List<String> ids) {
    if (ids.isEmpty()) {
      return this;
    }
    StringBuilder value = new StringBuilder(ids.get(0));
    int column = name.length() + 2 + ids.get(0).length();
    for (int i = 1; i < ids.size(); i++) {
      String id = ids.get(i);
      if (column + 1 + id.length() > FOLD_AT) {
        value.append("\n ").append(id);
        column = 1 + id.length();
      } else {
        value.append(' ').append(id);
        column += 1 + id.length();
      }
    }
    return raw(name, value.toString());
  }

  static String mailbox(Person person) {
    return EncodedWords.phrase(person.headerName()) + " <" + person.address() + ">";
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  private static String foldWords(int start, String value) {
    if (start + value.length() <= FOLD_AT) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 8);
    int column = start;
    for (String word : value.split(" ")) {
      if (out.length() > 0) {
        if (column + 1 + word.length() > FOLD_AT) {
          out.append("\n ");
          column = 1;
        } else {
          out.append(' ');
          column++;
        }
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }

  private static int firstLineWidth(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s.length() : nl;
  }

  private static int lastLineWidth(int columnBefore, String appended) {
    int nl = appended.lastIndexOf('\n');
    return nl < 0 ? columnBefore + appended.length() : appended.length() - nl - 1;
  }
}
