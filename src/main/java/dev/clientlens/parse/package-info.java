/**
 * Parsing: takes a raw message and gives a {@link dev.clientlens.parse.ParsedMessage} with decoded
 * addresses, the date with its own offset, thread identifiers, the headers the filters need and the text
 * the sender wrote, with quoted replies, signatures and disclaimers removed, and apart from it the words of
 * a closing of thanks, for the tone.
 */
package dev.clientlens.parse;
