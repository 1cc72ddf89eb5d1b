package dev.clientlens.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts what the generator wrote, by category and by client: the ground truth comes from here alone. */
final class Tally {
  private final Cast cast;
  private final Map<Category, Integer> counts = new EnumMap<>(Category.class);
  private final int[] in;
  private final int[] out;
  private final int[] threads;
  private int files;

  Tally(Cast cast) {
    this.cast = cast;
    int n = cast.parties().size();
    this.in = new int[n];
    this.out = new int[n];
    this.threads = new int[n];
    for (Category c : Category.values()) {
      counts.put(c, 0);
    }
  }

  void thread(int party) {
    threads[party]++;
  }

  void record(Envelope envelope) {
    files++;
    counts.merge(envelope.category(), 1, Integer::sum);
    if (envelope.category() == Category.CLIENT_IN) {
      in[envelope.party()]++;
    } else if (envelope.category() == Category.CLIENT_OUT) {
      out[envelope.party()]++;
    }
  }

  GroundTruth truth() {
    List<ClientTruth> clients = new ArrayList<>();
    for (Party p : cast.parties()) {
      // A synthetic client the budget left without a thread never appears in the mailbox.
      if (p.isClient() && threads[p.index()] > 0) {
        clients.add(new ClientTruth(p.key(), p.displayName(), p.archetype().label(), p.fireRisk(),
            p.language().code(), in[p.index()], out[p.index()], threads[p.index()], p.meantToShow()));
      }
    }
    clients.sort(Comparator.comparing(ClientTruth::client));
    Map<String, Integer> countedAs = new LinkedHashMap<>();
    for (Map.Entry<Category, Integer> e : counts.entrySet()) {
      countedAs.put(e.getKey().label(), e.getValue());
    }
    return new GroundTruth(cast.owner().address(), cast.ourDomains(), clients, countedAs, files);
  }
}
