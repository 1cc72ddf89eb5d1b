/** Report files: takes per-client metrics and per-message outcomes and writes CSV files by our rules. */
package dev.clientlens.report;
