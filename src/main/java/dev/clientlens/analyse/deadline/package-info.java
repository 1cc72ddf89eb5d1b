/**
 * Deadlines: takes a message's sentences and date and gives the deadlines they state, resolved against
 * that date ({@code Deadlines}), from the word files {@code models/deadlines-en.txt} and
 * {@code deadlines-nb.txt}.
 */
package dev.clientlens.analyse.deadline;
