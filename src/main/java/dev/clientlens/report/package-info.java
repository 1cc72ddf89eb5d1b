/**
 * Report files: takes per-client metrics, scores, activity series and per-message outcomes and writes CSV
 * files by our rules, and {@code index.html}, the same report as one self-contained page with charts.
 */
package dev.clientlens.report;
