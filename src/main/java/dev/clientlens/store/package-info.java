/**
 * The embedded store for incremental runs: takes the facts of each message read (never its text) and
 * gives them back to later scans, which read only what is new and report over the whole history.
 */
package dev.clientlens.store;
