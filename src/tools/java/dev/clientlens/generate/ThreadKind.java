package dev.clientlens.generate;

/** What a conversation is about; each kind has its own flow of moves in {@link ThreadScript}. */
enum ThreadKind {
  /** Work with deliverables: promise, delivery, feedback rounds. */
  PROJECT,
  /** Questions and answers. */
  QUESTION,
  /** Setting up a meeting or call. */
  MEETING,
  /** We invoice; the client pays, pays late or disputes. */
  INVOICE,
  /** We write to a former contact whose address no longer exists; the mail bounces. */
  BOUNCE,
  /** The owner and a colleague. */
  INTERNAL
}
