package dev.clientlens.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * What to generate. {@link Preset#SAMPLE} is the hand-designed mailbox (its cast fixes the clients and the
 * number of messages, so {@code clients} and {@code messages} are ignored); {@link Preset#SYNTHETIC} draws
 * {@code clients} clients and writes about {@code messages} files. Mail runs from {@code start} to 18:00 on
 * the last working day before {@code start + months}. {@code archetypeChanges} make clients behave as another
 * archetype from a given month on. The same settings always give the same bytes.
 */
public record GeneratorSettings(long seed, Preset preset, int clients, int messages, LocalDate start, int months,
    List<ArchetypeChange> archetypeChanges) {

  public enum Preset {
    SAMPLE,
    SYNTHETIC
  }

  /** The seed the committed {@code sample-mailbox} was generated with. */
  public static final long SAMPLE_SEED = 20260302L;

  public GeneratorSettings {
    archetypeChanges = List.copyOf(archetypeChanges);
    if (preset == null) {
      throw new IllegalArgumentException("generator settings: preset is required (one of SAMPLE, SYNTHETIC)");
    }
    if (start == null) {
      throw new IllegalArgumentException("generator settings: start date is required");
    }
    if (months < 1 || months > 120) {
      throw new IllegalArgumentException("generator settings: months must be 1..120, got " + months);
    }
    if (preset == Preset.SYNTHETIC) {
      if (clients < 1 || clients > 100_000) {
        throw new IllegalArgumentException("generator settings: clients must be 1..100000, got " + clients);
      }
      if (messages < 1 || messages > 50_000_000) {
        throw new IllegalArgumentException("generator settings: messages must be 1..50000000, got " + messages);
      }
    }
  }

  /** Settings in which every client keeps its archetype. */
  public GeneratorSettings(long seed, Preset preset, int clients, int messages, LocalDate start, int months) {
    this(seed, preset, clients, messages, start, months, List.of());
  }

  /** The same settings with one more client changing its archetype. */
  public GeneratorSettings withArchetypeChange(ArchetypeChange change) {
    List<ArchetypeChange> all = new java.util.ArrayList<>(archetypeChanges);
    all.add(change);
    return new GeneratorSettings(seed, preset, clients, messages, start, months, all);
  }

  /** The sample mailbox: Ingrid Solberg's consultancy, 2026-03-02 to 2026-10-30. */
  public static GeneratorSettings sample() {
    return new GeneratorSettings(SAMPLE_SEED, Preset.SAMPLE, SampleCast.CLIENTS, 0, LocalDate.of(2026, 3, 2), 8);
  }

  /** A synthetic mailbox of any size over twelve months from 2025-01-06, for demos and benchmarks. */
  public static GeneratorSettings synthetic(long seed, int clients, int messages) {
    return new GeneratorSettings(seed, Preset.SYNTHETIC, clients, messages, LocalDate.of(2025, 1, 6), 12);
  }
}
