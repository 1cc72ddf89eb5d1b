package dev.clientlens.generate;

/** A file sent along with a message: a one-page PDF whose only text is its title. */
record Attachment(String filename, String title) {

  Attachment {
    if (filename == null || filename.isBlank() || title == null) {
      throw new IllegalArgumentException("attachment: a file name and a title are required");
    }
  }

  MimePart part() {
    return MimePart.attachment("application/pdf", filename, Pdf.page(title));
  }
}
