package dev.clientlens.domain;

import java.util.Locale;
import java.util.Set;

/** What a mail folder is for, as far as telling our mail from theirs is concerned. */
public enum FolderRole {
  INBOX,
  SENT,
  OTHER;

  private static final Set<String> SENT_NAMES =
      Set.of(
          "sent", "sent items", "sent messages", "sent mail", "sendt", "sendte elementer",
          "sendte meldinger", "sendte", "[gmail]/sent mail", "gesendet", "skickat");

  /** Guesses the role from a folder name such as {@code .Sent}, {@code INBOX} or {@code Sendte elementer}. */
  public static FolderRole ofName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    while (n.startsWith(".")) {
      n = n.substring(1);
    }
    if (n.isEmpty() || n.equals("inbox")) {
      return INBOX;
    }
    int dot = n.lastIndexOf('.');
    String last = dot >= 0 ? n.substring(dot + 1) : n;
    int slash = n.lastIndexOf('/');
    String leaf = slash >= 0 ? n.substring(slash + 1) : last;
    return SENT_NAMES.contains(n) || SENT_NAMES.contains(last) || SENT_NAMES.contains(leaf) ? SENT : OTHER;
  }
}
