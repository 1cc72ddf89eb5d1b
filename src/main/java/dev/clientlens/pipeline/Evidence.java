package dev.clientlens.pipeline;

import dev.clientlens.analyse.CueSentence;
import dev.clientlens.classify.ClientScores;
import dev.clientlens.domain.Archetype;
import dev.clientlens.domain.ClientKey;
import dev.clientlens.facts.MessageFacts;
import dev.clientlens.report.EvidenceRow;
import dev.clientlens.report.Reports;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chooses the rows of {@code evidence.csv}: for each client with a primary archetype or a fire risk of at
 * least 0.5, and each cue, the earliest {@value #PER_CUE} sentences of the client's own counted mail
 * (by date, then location, then place in the message), sorted by client, cue and date.
 */
final class Evidence {
  /** Sentences per client and cue: enough to see the pattern, few enough to read. */
  static final int PER_CUE = 5;
  /** A client gets evidence rows when its fire risk is at least this, archetype or not. */
  static final double FIRE_RISK = 0.5;

  private record Candidate(ClientKey client, String cue, Optional<OffsetDateTime> date, String location, int position,
      MessageFacts facts, String sentence) {}

  private static final Comparator<Optional<OffsetDateTime>> BY_DATE = (a, b) -> {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    int c = a.get().toInstant().compareTo(b.get().toInstant());
    return c != 0 ? c : a.get().compareTo(b.get());
  };

  private static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::client)
      .thenComparing(Candidate::cue)
      .thenComparing(Candidate::date, BY_DATE)
      .thenComparing(Candidate::location, NaturalOrder.INSTANCE)
      .thenComparingInt(Candidate::position)
      .thenComparing(Candidate::sentence);

  private final Map<ClientKey, ClientScores> scores;
  private final List<Candidate> candidates = new ArrayList<>();

  Evidence(Map<ClientKey, ClientScores> scores) {
    this.scores = scores;
  }

  static boolean selected(ClientScores score) {
    return score.primaryArchetype() != Archetype.NONE || score.fireRisk() >= FIRE_RISK;
  }

  /** Offers the cue sentences of one message counted as the client's own ({@code client_in}). */
  void offer(ClientKey client, MessageFacts facts, List<CueSentence> sentences) {
    ClientScores score = scores.get(client);
    if (score == null || !selected(score)) {
      return;
    }
    for (CueSentence s : sentences) {
      if (!s.text().isEmpty()) {
        candidates.add(new Candidate(client, s.cue().label(), facts.date(), facts.location(), s.position(), facts,
            s.text()));
      }
    }
  }

  /** The chosen rows, in report order. */
  List<EvidenceRow> rows() {
    Map<String, Integer> taken = new TreeMap<>();
    List<EvidenceRow> rows = new ArrayList<>();
    for (Candidate c : candidates.stream().sorted(ORDER).toList()) {
      if (taken.merge(c.client().value() + "\u0000" + c.cue(), 1, Integer::sum) <= PER_CUE) {
        rows.add(new EvidenceRow(c.client().value(), c.cue(), c.facts().messageId(), Reports.timestamp(c.date()),
            c.sentence()));
      }
    }
    return rows;
  }
}
