package dev.clientlens;

import dev.clientlens.cli.Cli;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Entry point: runs the command line and exits with its code. Everything else lives in {@code cli}. */
public final class Main {
  /** Set in the environment of the restarted JVM, so that it never restarts again. */
  static final String RESTARTED = "CLIENTLENS_RESTARTED";

  private Main() {}

  public static void main(String[] args) {
    stopWithTheJvmThatStartedThisOne();
    Optional<Integer> restarted = restartWithSerialCollector(args);
    if (restarted.isPresent()) {
      System.exit(restarted.get());
    }
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err, System.console() != null));
  }

  /**
   * Runs one command line and returns its exit code: 0 success, 1 finished with skipped messages,
   * 2 usage error, 3 the source could not be read at all, 4 internal error (out of memory included),
   * 5 the report or the store could not be written, 6 another scan holds the store or report directory.
   *
   * @param terminal whether stderr is a terminal (a progress line is drawn only then)
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    return new Cli(in, out, err, terminal).execute(args);
  }

  /** As {@link #run(String[], InputStream, PrintStream, PrintStream, boolean)}, with empty input. */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    return run(args, InputStream.nullInputStream(), out, err, terminal);
  }

  /**
   * In the restarted JVM: ends this one when the JVM that started it ends. That one waits for this one and
   * stops it when it is asked to stop, but when it is killed outright (SIGKILL, an OOM killer) nothing of it
   * runs any more, and a scan must not go on alone in the background. The watch applies only when
   * {@code CLIENTLENS_RESTARTED} is {@code started-by-PID} as that JVM sets it, not when a user set the
   * variable to keep a JVM from restarting.
   */
  private static void stopWithTheJvmThatStartedThisOne() {
    String starter = System.getenv(RESTARTED);
    if (starter == null || !starter.matches(STARTED_BY + "[0-9]{1,19}")) {
      return;
    }
    long pid = Long.parseLong(starter.substring(STARTED_BY.length()));
    Optional<ProcessHandle> parent = ProcessHandle.current().parent().filter(p -> p.pid() == pid);
    if (parent.isEmpty()) {
      // the starter ended between starting this JVM and this check
      System.exit(STOPPED);
    }
    parent.get().onExit().thenRun(() -> {
      System.err.println("clientlens: the process that started this one ended; stopping");
      System.exit(STOPPED);
    });
  }

  /** Smaller inlining limits for the optimising compiler (defaults 325 bytes and 2,500 bytes of code). */
  static final List<String> COMPILER_OPTIONS = List.of("-XX:FreqInlineSize=50", "-XX:InlineSmallCode=500");

  /** {@code CLIENTLENS_RESTARTED} as the restarting JVM sets it: this prefix and its process id. */
  private static final String STARTED_BY = "started-by-";

  /** The exit code of a JVM stopped because its starter ended, as after SIGTERM. */
  private static final int STOPPED = 143;

  /**
   * On any machine with two cores the JVM picks G1, which grows the heap towards a quarter of the RAM
   * under a scan's allocation rate: 1.7 GiB resident for a 100,000-message mailbox whose live data is
   * under 200 MiB. The serial collector keeps the heap near the live data at the same speed, so a plain
   * {@code java -jar} restarts itself once with it. A user who chose a collector or a heap size keeps
   * their choice, and so does a JVM with {@code CLIENTLENS_RESTARTED} set.
   *
   * <p>The restarted JVM also inlines less when it compiles ({@link #COMPILER_OPTIONS}). A scan runs a
   * great deal of code a few thousand times each (parsers, rules, the report), and with the default
   * limits the compilers spent about 10 of the 22 CPU seconds of a 29,480-message {@code --timing-only}
   * scan compiling it; with these limits a scan of that mail takes about 30% less CPU, and a generated
   * 100,000-message mailbox no more (README, Benchmark).
   *
   * @return the exit code of the restarted JVM, or empty when this JVM should do the work itself
   */
  private static Optional<Integer> restartWithSerialCollector(String[] args) {
    List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
    boolean chosen = jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC")
        || o.startsWith("-Xmx") || o.startsWith("-XX:MaxRAM") || o.startsWith("-XX:MaxHeapSize"));
    boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).anyMatch(name -> name.startsWith("G1"));
    Optional<String> java = ProcessHandle.current().info().command();
    if (chosen || !g1 || System.getenv(RESTARTED) != null || java.isEmpty()) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.get());
    command.addAll(jvmOptions);
    command.add("-XX:+UseSerialGC");
    command.addAll(COMPILER_OPTIONS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put(RESTARTED, STARTED_BY + ProcessHandle.current().pid());
    try {
      Process child = builder.start();
      Thread stopChild = new Thread(child::destroy, "clientlens-stop-child");
      Runtime.getRuntime().addShutdownHook(stopChild);
      int code = child.waitFor();
      Runtime.getRuntime().removeShutdownHook(stopChild);
      return Optional.of(code);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(130);
    }
  }
}
