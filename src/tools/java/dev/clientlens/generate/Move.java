package dev.clientlens.generate;

/** One message's purpose within a conversation; the composer picks the words for it. */
enum Move {
  // written by the client
  REQUEST,
  QUESTION,
  MEETING_REQUEST,
  ACCEPT,
  FEEDBACK,
  APPROVAL,
  NUDGE,
  CHECKIN,
  CONFIRM,
  PAID,
  PAYMENT_PUSHBACK,
  PAYMENT_DELAY,
  // written by us
  PROPOSAL,
  PROMISE,
  REASSURE,
  DELIVER,
  ADDENDUM,
  ANSWER,
  MEETING_PROPOSAL,
  INVOICE,
  REMINDER,
  EXPLAIN_INVOICE,
  WRAP_UP,
  REACH_OUT,
  // between colleagues
  INTERNAL_NOTE,
  INTERNAL_REPLY,
  // written by machines
  AUTO_REPLY,
  BOUNCE
}
