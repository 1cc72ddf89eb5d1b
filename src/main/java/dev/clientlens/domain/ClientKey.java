package dev.clientlens.domain;

/**
 * Identifies one client: a registrable domain ({@code acme.co.uk}), a full address for freemail senders
 * ({@code tor.berg@gmail.com}), or a name from the user's client list.
 */
public record ClientKey(String value) implements Comparable<ClientKey> {
  public ClientKey {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("client key: must not be blank");
    }
    value = value.strip();
  }

  @Override
  public int compareTo(ClientKey other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
