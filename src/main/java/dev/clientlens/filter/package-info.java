/**
 * Which mail counts: takes parsed messages and says of each whether it is a client's, ours to a client,
 * internal, an auto-reply, a bounce, bulk mail or a duplicate, and which client it belongs to.
 */
package dev.clientlens.filter;
