package dev.clientlens.aggregate;

import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Cue;
import dev.clientlens.domain.Relationship;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one client behaves, measured from timing alone. Shares are in [0, 1]; medians are empty when there
 * was nothing to measure (no reply in that direction, no nudge).
 *
 * @param correspondents distinct client-side addresses that wrote or were written to
 * @param messagesPerActiveWeek client messages per calendar week in which the client wrote at all
 * @param clientReplyHours median hours the client took to answer a message of ours
 * @param ourReplyHours median hours we took to answer the client
 * @param nudges client messages written while their previous message in the thread had no answer yet
 * @param nudgeRate nudges per dated client message
 * @param hoursBeforeNudge median hours between an unanswered client message and the nudge after it
 * @param afterHoursShare client messages written on a working day outside the working hours or on a public
 *     holiday, in the sender's own time ({@link WorkingTime}; by default a weekday before 08:00 or from 18:00)
 * @param weekendShare client messages written on a day that is not a working day, in the sender's own time (by
 *     default Saturday or Sunday)
 * @param ourOutboundShare this client's share of all our mail to clients
 * @param preDeadlineCheckins client status requests written before a deadline stated earlier in the thread
 *     had come
 * @param meanPoliteness mean politeness of the client's English and Norwegian messages, in [-1, 1]
 * @param cueRates for each cue, the share of the client's messages read for tone with at least one sentence
 *     showing it; empty when none was read for tone (the client is not two-way, or the scan read no language)
 * @param clientReplyWorkHours like {@code clientReplyHours}, counting only working hours ({@link WorkingTime})
 * @param ourReplyWorkHours like {@code ourReplyHours}, counting only working hours
 */
public record ClientMetrics(
    ClientKey client,
    String displayName,
    int messagesIn,
    int messagesOut,
    int threads,
    Optional<OffsetDateTime> firstSeen,
    Optional<OffsetDateTime> lastSeen,
    int correspondents,
    double messagesPerActiveWeek,
    OptionalDouble clientReplyHours,
    OptionalDouble ourReplyHours,
    int nudges,
    double nudgeRate,
    OptionalDouble hoursBeforeNudge,
    double afterHoursShare,
    double weekendShare,
    double ourOutboundShare,
    int preDeadlineCheckins,
    OptionalDouble meanPoliteness,
    Map<Cue, Double> cueRates,
    OptionalDouble clientReplyWorkHours,
    OptionalDouble ourReplyWorkHours) {

  public ClientMetrics {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(clientReplyHours, "clientReplyHours");
    Objects.requireNonNull(ourReplyHours, "ourReplyHours");
    Objects.requireNonNull(hoursBeforeNudge, "hoursBeforeNudge");
    Objects.requireNonNull(meanPoliteness, "meanPoliteness");
    Objects.requireNonNull(clientReplyWorkHours, "clientReplyWorkHours");
    Objects.requireNonNull(ourReplyWorkHours, "ourReplyWorkHours");
    cueRates = Map.copyOf(cueRates);
    if (!cueRates.isEmpty() && !cueRates.keySet().equals(java.util.EnumSet.allOf(Cue.class))) {
      throw new IllegalArgumentException("client metrics: a rate for every cue, or none, is required for " + client);
    }
    if (messagesIn < 0 || messagesOut < 0 || threads < 0 || nudges < 0 || preDeadlineCheckins < 0) {
      throw new IllegalArgumentException("client metrics: negative count for " + client);
    }
    for (double share : new double[] {nudgeRate, afterHoursShare, weekendShare, ourOutboundShare}) {
      if (share < 0 || share > 1) {
        throw new IllegalArgumentException("client metrics: share outside [0, 1] for " + client + ": " + share);
      }
    }
  }

  /** Metrics without working-hours reply times (both empty). */
  public ClientMetrics(ClientKey client, String displayName, int messagesIn, int messagesOut, int threads,
      Optional<OffsetDateTime> firstSeen, Optional<OffsetDateTime> lastSeen, int correspondents,
      double messagesPerActiveWeek, OptionalDouble clientReplyHours, OptionalDouble ourReplyHours, int nudges,
      double nudgeRate, OptionalDouble hoursBeforeNudge, double afterHoursShare, double weekendShare,
      double ourOutboundShare, int preDeadlineCheckins, OptionalDouble meanPoliteness, Map<Cue, Double> cueRates) {
    this(client, displayName, messagesIn, messagesOut, threads, firstSeen, lastSeen, correspondents,
        messagesPerActiveWeek, clientReplyHours, ourReplyHours, nudges, nudgeRate, hoursBeforeNudge, afterHoursShare,
        weekendShare, ourOutboundShare, preDeadlineCheckins, meanPoliteness, cueRates, OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  /** Whether mail went both ways with this client, or only one way. */
  public Relationship relationship() {
    return Relationship.of(messagesIn, messagesOut);
  }
}
