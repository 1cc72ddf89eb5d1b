/**
 * Archetype scores and evidence: takes each client's {@link dev.clientlens.aggregate.ClientMetrics} and gives
 * its {@code hands_on}, {@code untrusting}, {@code diy_expert} and {@code fire_risk} scores, its primary
 * archetype and the plain-words reasons, from the logistic model in {@code models/archetypes.txt}; and, from
 * each client's {@link dev.clientlens.aggregate.ClientMonth}s, the same scores month by month and what changed
 * ({@link dev.clientlens.classify.History}).
 */
package dev.clientlens.classify;
