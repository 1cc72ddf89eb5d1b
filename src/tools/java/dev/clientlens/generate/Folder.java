package dev.clientlens.generate;

/** Where a message is filed: a Maildir++ folder, and the label Google Takeout would give it in an mbox. */
enum Folder {
  INBOX("", "Inbox"),
  SENT(".Sent", "Sent"),
  ARCHIVE(".Archive", "Archived");

  private final String maildirName;
  private final String gmailLabel;

  Folder(String maildirName, String gmailLabel) {
    this.maildirName = maildirName;
    this.gmailLabel = gmailLabel;
  }

  /** The Maildir++ subfolder name; empty for the INBOX, which is the Maildir root. */
  String maildirName() {
    return maildirName;
  }

  String gmailLabel() {
    return gmailLabel;
  }
}
