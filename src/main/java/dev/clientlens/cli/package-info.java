/** The subcommands: turn options into settings records, run a stage, map failures to exit codes. */
package dev.clientlens.cli;
