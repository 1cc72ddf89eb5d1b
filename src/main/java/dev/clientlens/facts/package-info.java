/**
 * What the scan keeps of one message between its stages: {@link dev.clientlens.facts.MessageFacts}, written
 * by the reading half of the scan, kept in the store, and read by the counting, the aggregation and the
 * message report. No body text.
 */
package dev.clientlens.facts;
