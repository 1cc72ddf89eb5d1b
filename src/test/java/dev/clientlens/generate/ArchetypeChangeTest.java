package dev.clientlens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's archetype change: its written form, its checks and its effect on one client only. */
class ArchetypeChangeTest {
  @TempDir Path dir;

  @Test
  void readsClientArchetypeAndMonth() {
    assertEquals(new ArchetypeChange("acme.no", "hands_on", YearMonth.of(2025, 7)),
        ArchetypeChange.parse("acme.no:hands_on:2025-07"));
    assertEquals(new ArchetypeChange("kari@gmail.com", "none", YearMonth.of(2025, 12)),
        ArchetypeChange.parse("kari@gmail.com:none:2025-12"));
    for (String wrong : new String[] {"acme.no", "acme.no:hands_on", "acme.no:boss:2025-07", "acme.no:none:July"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArchetypeChange.parse(wrong));
      assertTrue(e.getMessage().contains("expected"), e.getMessage());
    }
  }

  @Test
  void aChangeForAClientThatIsNotThereIsRefused() {
    GeneratorSettings settings = GeneratorSettings.synthetic(3, 5, 100)
        .withArchetypeChange(new ArchetypeChange("nobody.example", "none", YearMonth.of(2025, 6)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MailboxGenerator(settings).writeMaildir(dir.resolve("m")));
    assertTrue(e.getMessage().contains("no client nobody.example"), e.getMessage());
  }

  @Test
  void theChangedClientKeepsItsAddressesAndTheOthersTheirArchetypes() throws Exception {
    GroundTruth plain = new MailboxGenerator(GeneratorSettings.synthetic(4, 4, 600)).writeMaildir(dir.resolve("a"));
    ClientTruth first = plain.clients().get(0);
    String other = first.archetype().equals("none") ? "hands_on" : "none";
    GroundTruth changed = new MailboxGenerator(GeneratorSettings.synthetic(4, 4, 600)
        .withArchetypeChange(new ArchetypeChange(first.client(), other, YearMonth.of(2025, 6))))
        .writeMaildir(dir.resolve("b"));
    assertEquals(plain.clients().stream().map(ClientTruth::client).toList(),
        changed.clients().stream().map(ClientTruth::client).toList());
    ClientTruth after = changed.clients().get(0);
    assertEquals(first.archetype(), after.archetype());
    assertTrue(after.meantToShow().endsWith("; from 2025-06 on behaves as " + other), after.meantToShow());
    for (int i = 1; i < plain.clients().size(); i++) {
      assertEquals(plain.clients().get(i).meantToShow(), changed.clients().get(i).meantToShow());
    }
  }
}
