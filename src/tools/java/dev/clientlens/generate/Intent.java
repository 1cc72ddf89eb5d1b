package dev.clientlens.generate;

/**
 * What a sentence is for. Each intent has several phrasings per language, so that later NLP cannot key on
 * one fixed phrase. Client intents mirror the cue categories of SPEC section 7.
 */
enum Intent {
  // openings and closings
  GREETING,
  CLOSING,
  OUR_GREETING,
  OUR_CLOSING,
  // the client
  REQUEST,
  INFO,
  QUESTION,
  CHECKIN,
  CHECKIN_DEADLINE,
  NUDGE,
  URGENCY,
  CALL_REQUEST,
  DAILY_UPDATE,
  DISTRUST,
  CONTROL,
  EXPERTISE,
  PRESCRIPTIVE,
  REWRITE,
  REWRITE_TEXT,
  REVISION,
  SCOPE,
  PAYMENT,
  PAYMENT_DELAY,
  PAID,
  GRATITUDE,
  APPROVAL,
  SMALL_CHANGE,
  MEETING_REQUEST,
  CONFIRM,
  ACCEPT,
  POLITE,
  CURT,
  // us
  ACK,
  PROMISE,
  REASSURE,
  DELIVER,
  DELIVER_NOTE,
  ADDENDUM,
  ANSWER,
  EXPLAIN,
  BOUNDARY,
  MEETING_PROPOSAL,
  INVOICE,
  REMINDER,
  INVOICE_EXPLAIN,
  WRAP_UP,
  PROPOSAL,
  REACH_OUT,
  OUR_POLITE,
  // colleagues and machines
  INTERNAL_NOTE,
  INTERNAL_REPLY,
  AUTO_REPLY
}
