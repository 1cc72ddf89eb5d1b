package dev.clientlens;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A plain {@code java} start restarts itself once with the serial collector and the smaller inlining
 * limits; when the first JVM is killed
 * outright, the restarted one must not go on alone.
 */
class MainRestartTest {
  @Test
  void theRestartedJvmEndsWhenTheFirstIsKilled() throws Exception {
    // The spawned JVM makes the same choice of collector as this one; it restarts only when that is G1.
    Assumptions.assumeTrue(ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).anyMatch(name -> name.startsWith("G1")), "this machine runs G1");
    ProcessBuilder builder = JavaProcesses.java(List.of(), Main.class, List.of("cues"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().remove(Main.RESTARTED);
    Process first = builder.start();
    Optional<ProcessHandle> restarted = Optional.empty();
    try {
      // "cues" waits for its input on our pipe, so both JVMs stay alive until one is killed
      while (restarted.isEmpty() && first.isAlive()) {
        restarted = first.children().findFirst();
        Thread.sleep(20);
      }
      assertTrue(restarted.isPresent(), "the first JVM started a second one");
      ProcessHandle second = restarted.get();
      // just after the fork the child's command line is still the parent's
      Path commandLine = Path.of("/proc", Long.toString(second.pid()), "cmdline");
      Assumptions.assumeTrue(Files.exists(commandLine), "/proc shows command lines");
      List<String> arguments = List.of();
      for (int i = 0; i < 500 && second.isAlive() && !arguments.contains(Main.class.getName()); i++) {
        Thread.sleep(20);
        arguments = List.of(new String(Files.readAllBytes(commandLine),
            StandardCharsets.UTF_8).split("\0"));
      }
      List<String> expected = new ArrayList<>(Main.COMPILER_OPTIONS);
      expected.add("-XX:+UseSerialGC");
      assertTrue(arguments.containsAll(expected),
          "the restarted JVM runs the serial collector with the smaller inlining limits: "
              + String.join(" ", arguments));
      first.destroyForcibly().waitFor();
      second.onExit().get(2, TimeUnit.MINUTES);
      assertFalse(second.isAlive(), "the restarted JVM ended with the first");
    } finally {
      restarted.ifPresent(ProcessHandle::destroyForcibly);
      first.destroyForcibly();
      first.getOutputStream().close();
    }
  }
}
