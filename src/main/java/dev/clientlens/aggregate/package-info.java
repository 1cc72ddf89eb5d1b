/**
 * Threads and per-client metrics: takes the counted messages of a scan and gives each client's timing
 * figures (reply times both ways, nudges, after-hours and weekend shares, share of our outbound mail), and
 * each client's activity over time for the report's charts.
 */
package dev.clientlens.aggregate;
