/**
 * Threads and per-client metrics: takes the counted messages of a scan and gives each client's timing
 * figures (reply times both ways, also in working hours; nudges, after-hours and weekend shares by the
 * {@link dev.clientlens.aggregate.WorkingTime}; share of our outbound mail), over all its mail and per
 * calendar month, and each client's activity over time for the report's charts.
 */
package dev.clientlens.aggregate;
