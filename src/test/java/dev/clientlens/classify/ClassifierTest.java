package dev.clientlens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.aggregate.ClientMetrics;
import dev.clientlens.domain.Archetype;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.domain.Cue;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The bundled model on hand-made metrics: shrinkage for little mail, evidence, the file format. */
class ClassifierTest {
  private static ClientMetrics micromanager(String key, int messages) {
    Map<Cue, Double> rates = new EnumMap<>(Cue.class);
    for (Cue cue : Cue.values()) {
      rates.put(cue, 0.0);
    }
    rates.put(Cue.CHECKIN, 0.3);
    rates.put(Cue.URGENCY, 0.2);
    rates.put(Cue.CALL_REQUEST, 0.3);
    return new ClientMetrics(new ClientKey(key), key, messages, messages, Math.max(1, messages / 4),
        Optional.empty(), Optional.empty(), 1, 3, OptionalDouble.of(1), OptionalDouble.of(4), messages / 3, 0.35,
        OptionalDouble.of(2), 0.3, 0.15, 0.05, messages / 5, OptionalDouble.of(0.2), rates);
  }

  @Test
  void aMicromanagerScoresHandsOnAndSaysWhy() throws IOException {
    ClientScores s = Classifier.bundled().score(micromanager("acme.no", 30), 20);
    assertEquals(Archetype.HANDS_ON, s.primaryArchetype(), s.toString());
    assertTrue(s.evidence().contains("chases within 2 h on 35% of client messages"), s.evidence());
  }

  @Test
  void littleMailPullsTheScoresTowardThePriorAndSaysSo() throws IOException {
    Classifier classifier = Classifier.bundled();
    ClientScores many = classifier.score(micromanager("acme.no", 30), 20);
    ClientScores few = classifier.score(micromanager("acme.no", 3), 20);
    double prior = classifier.model().priors().get(0);
    assertTrue(Math.abs(few.handsOn() - prior) < Math.abs(many.handsOn() - prior), few + " vs " + many);
    assertTrue(few.evidence().startsWith("3 messages from them, scores pulled toward the usual"), few.evidence());
  }

  @Test
  void onlyATwoWayExchangeWithEnoughClientMailIsScored() throws IOException {
    assertEquals(Optional.empty(), Classifier.unscored(micromanager("acme.no", Classifier.MIN_MESSAGES)));
    assertEquals(Optional.of("not scored: only 4 messages from them, 5 needed"),
        Classifier.unscored(micromanager("acme.no", 4)));
    ClientMetrics m = micromanager("acme.no", 30);
    ClientMetrics inboundOnly = new ClientMetrics(m.client(), m.displayName(), 30, 0, m.threads(), m.firstSeen(),
        m.lastSeen(), m.correspondents(), m.messagesPerActiveWeek(), m.clientReplyHours(), m.ourReplyHours(),
        m.nudges(), m.nudgeRate(), m.hoursBeforeNudge(), m.afterHoursShare(), m.weekendShare(), m.ourOutboundShare(),
        m.preDeadlineCheckins(), m.meanPoliteness(), m.cueRates());
    assertEquals(Optional.of("not scored: we never wrote to them (30 messages from them)"),
        Classifier.unscored(inboundOnly));
    assertEquals(List.of("acme.no"), Classifier.bundled().scoreAll(List.of(m, micromanager("thin.no", 2)))
        .stream().map(s -> s.client().value()).toList());
  }

  @Test
  void theEvidenceDoesNotDependOnTheLocale() throws IOException {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String german = Classifier.bundled().score(micromanager("acme.no", 30), 20).evidence();
      Locale.setDefault(Locale.US);
      assertEquals(Classifier.bundled().score(micromanager("acme.no", 30), 20).evidence(), german);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theModelFileReadsBackToTheSameModel() throws IOException {
    ArchetypeModel model = Classifier.bundled().model();
    assertEquals(model.format(), ArchetypeModel.parse(model.format(), "again").format());
    assertEquals(Classifier.featureNames(), model.features().stream().map(ArchetypeModel.Row::name).toList());
  }

  @Test
  void ranksWithTiesGiveHalfCredit() {
    assertEquals(0.5, Evaluation.auc(List.of(0.5, 0.5), List.of(true, false)), 1e-9);
    assertEquals(1.0, Evaluation.auc(List.of(0.1, 0.9, 0.8), List.of(false, true, true)), 1e-9);
    assertEquals(0.875, Evaluation.auc(List.of(0.2, 0.5, 0.5, 0.9), List.of(false, true, false, true)), 1e-9);
  }
}
