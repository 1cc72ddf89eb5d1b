package dev.clientlens.generate;

/** How an out-of-office notice marks itself; Outlook rules often send no header at all, only a subject prefix. */
enum AutoReplyStyle {
  /** {@code Auto-Submitted: auto-replied}, as RFC 3834 asks. */
  AUTO_SUBMITTED,
  /** {@code X-Autoreply: yes}, as many hosted mail systems send. */
  X_AUTOREPLY,
  /** No header: only the subject prefix gives it away. */
  SUBJECT_ONLY
}
