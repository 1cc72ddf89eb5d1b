/**
 * Archetype scores and evidence: takes each client's {@link dev.clientlens.aggregate.ClientMetrics} and gives
 * its {@code hands_on}, {@code untrusting}, {@code diy_expert} and {@code fire_risk} scores, its primary
 * archetype and the plain-words reasons, from the logistic model in {@code models/archetypes.txt}.
 */
package dev.clientlens.classify;
