package dev.clientlens;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts another JVM on the test class path, for what only a second process can show (locks, kills). */
public final class JavaProcesses {
  private JavaProcesses() {}

  /** {@code java [jvmOptions] -cp <test class path> main [args]}, not yet started. */
  public static ProcessBuilder java(List<String> jvmOptions, Class<?> main, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(main.getName());
    command.addAll(args);
    return new ProcessBuilder(command);
  }

  /** Reads lines from the process's stdout until one equals {@code line}; false when the output ended first. */
  public static boolean awaitLine(Process process, String line) throws IOException {
    var reader = process.inputReader();
    String next;
    while ((next = reader.readLine()) != null) {
      if (next.equals(line)) {
        return true;
      }
    }
    return false;
  }

  /** Kills the process and what it started, if still running. */
  public static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
