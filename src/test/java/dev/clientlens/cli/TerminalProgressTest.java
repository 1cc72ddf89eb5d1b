package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void drawsRateAndTimeLeftInPlaceAndClearsTheLineAtTheEnd() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    progress.update(1000, OptionalLong.of(3000), 500_000_000L);
    String line = bytes.toString(StandardCharsets.UTF_8);
    assertEquals("\rclientlens: read 1,000 messages of 3,000, about 1 s left, 2,000/s ", line);
    progress.finish();
    assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r\033[K"));
  }

  @Test
  void staysSilentWhenStderrIsNotATerminal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    progress.update(1000, OptionalLong.empty(), 500_000_000L);
    progress.finish();
    assertEquals("", bytes.toString(StandardCharsets.UTF_8));
  }
}
