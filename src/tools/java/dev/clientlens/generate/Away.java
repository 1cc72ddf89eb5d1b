package dev.clientlens.generate;

import java.time.LocalDate;

/** A holiday during which a person's mail system answers with an out-of-office notice. */
record Away(LocalDate first, LocalDate last, AutoReplyStyle style, String subjectPrefix) {

  Away {
    if (first == null || last == null || last.isBefore(first)) {
      throw new IllegalArgumentException("away: bad range " + first + ".." + last);
    }
    if (style == null || subjectPrefix == null || subjectPrefix.isBlank()) {
      throw new IllegalArgumentException("away " + first + ": style and subject prefix are required");
    }
  }

  /** Our own holidays send no notice that ends up in the mailbox; only the range matters. */
  static Away quiet(LocalDate first, LocalDate last) {
    return new Away(first, last, AutoReplyStyle.SUBJECT_ONLY, "-");
  }

  boolean covers(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
