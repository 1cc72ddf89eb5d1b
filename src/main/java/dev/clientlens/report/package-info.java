/**
 * Report files: takes per-client metrics, scores, activity series and per-message outcomes and writes CSV
 * files by our rules, and {@code index.html}, the same report as one self-contained page with charts. Every
 * CSV the product writes, the {@code cues} command's output included, goes through {@code CsvTable}; each
 * table's columns are an enum whose constants fill their own cells.
 */
package dev.clientlens.report;
