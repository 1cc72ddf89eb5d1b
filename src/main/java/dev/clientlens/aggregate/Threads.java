package dev.clientlens.aggregate;

import dev.clientlens.domain.ClientKey;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds conversations: messages that share Message-ID links (In-Reply-To, References) are one thread;
 * a reply that lost those headers joins the latest earlier message of the same client with the same
 * subject (reply prefixes removed) within {@link #SUBJECT_WINDOW}.
 */
final class Threads {
  static final Duration SUBJECT_WINDOW = Duration.ofDays(30);

  /** One message as the threader sees it. */
  record Node(String messageId, String inReplyTo, List<String> references, String subject,
      ClientKey client, OffsetDateTime date) {}

  private final int[] parent;

  private Threads(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  /** The thread number of each node, the same for nodes of one thread; numbers are node indexes. */
  static int[] assign(List<Node> nodes) {
    Map<String, Integer> ids = new HashMap<>();
    int next = nodes.size();
    for (int i = 0; i < nodes.size(); i++) {
      String id = nodes.get(i).messageId();
      if (!id.isEmpty()) {
        ids.putIfAbsent(id, i);
      }
    }
    List<String> unknown = new ArrayList<>();
    for (Node node : nodes) {
      for (String ref : links(node)) {
        if (!ids.containsKey(ref)) {
          ids.put(ref, next++);
          unknown.add(ref);
        }
      }
    }
    Threads threads = new Threads(next);
    for (int i = 0; i < nodes.size(); i++) {
      for (String ref : links(nodes.get(i))) {
        threads.union(i, ids.get(ref));
      }
    }
    threads.joinBySubject(nodes);
    int[] result = new int[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      result[i] = threads.find(i);
    }
    return result;
  }

  private static List<String> links(Node node) {
    if (node.inReplyTo().isEmpty()) {
      return node.references();
    }
    List<String> all = new ArrayList<>(node.references());
    all.add(node.inReplyTo());
    return all;
  }

  private void joinBySubject(List<Node> nodes) {
    Map<String, List<Integer>> bySubject = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      String subject = Subjects.normalise(node.subject());
      if (!subject.isEmpty() && node.date() != null) {
        bySubject.computeIfAbsent(node.client().value() + "\n" + subject, k -> new ArrayList<>()).add(i);
      }
    }
    Comparator<Integer> byTime = Comparator.comparing(i -> nodes.get(i).date().toInstant());
    for (List<Integer> group : bySubject.values()) {
      group.sort(byTime.thenComparing(Comparator.naturalOrder()));
      for (int k = 1; k < group.size(); k++) {
        Node node = nodes.get(group.get(k));
        boolean orphanReply = links(node).isEmpty() && Subjects.isReply(node.subject());
        Node previous = nodes.get(group.get(k - 1));
        if (orphanReply
            && Duration.between(previous.date().toInstant(), node.date().toInstant()).compareTo(SUBJECT_WINDOW) <= 0) {
          union(group.get(k), group.get(k - 1));
        }
      }
    }
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two sets; the smaller index becomes the root so results do not depend on call order. */
  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
