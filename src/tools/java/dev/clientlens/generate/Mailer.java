package dev.clientlens.generate;

/**
 * The mail program a person writes with. It decides the MIME structure, the transfer encoding, the reply
 * prefix and how the previous message is quoted, so the parse stage meets the variety of real mail.
 */
enum Mailer {
  /** multipart/alternative, quoted-printable, "On ... wrote:" / "Den ... skrev ...:" attribution. */
  GMAIL,
  /** multipart/alternative, quoted-printable, a From/Sent/To/Subject (Fra/Sendt/Til/Emne) block. */
  OUTLOOK,
  /** text/plain quoted-printable, "On 14 Apr 2026, at 09:12, ... wrote:". */
  APPLE_MAIL,
  /** text/plain 8bit, hard-wrapped, "On 14.04.2026 09:12, ... wrote:". */
  THUNDERBIRD,
  /** text/html only, quoted-printable, quotes in a blockquote. */
  WEBMAIL_HTML,
  /** The owner's own program: text/plain 8bit, hard-wrapped, Gmail-style attribution. */
  OWNER
}
