/**
 * The scan wired end to end: sources, parsing, filters, aggregation and reports, with the policy for
 * messages that cannot be read and the counters behind the summary line.
 */
package dev.clientlens.pipeline;
