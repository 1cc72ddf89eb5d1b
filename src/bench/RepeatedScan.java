import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one clientlens command line K times in one JVM and prints, for each run, its wall time, the CPU time
 * of the whole process and the CPU time of the compiler threads. The first run pays for compiling the
 * code it runs; by the last, little is left to compile, so the difference between them is what compiling
 * costs a run of that size. Started by {@code real-benchmark.sh --repeat K}, or directly:
 *
 * <pre>java -XX:+UseSerialGC -cp target/clientlens.jar src/bench/RepeatedScan.java K scan MAIL... --no-state</pre>
 *
 * The command's own output goes to the file named by the system property {@code repeated.log} (default
 * {@code /dev/null}).
 */
public final class RepeatedScan {
  private RepeatedScan() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || !args[0].matches("[1-9][0-9]*")) {
      System.err.println("usage: RepeatedScan K COMMAND [ARGUMENTS...]");
      System.exit(2);
    }
    int runs = Integer.parseInt(args[0]);
    String[] command = Arrays.copyOfRange(args, 1, args.length);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (PrintStream log = new PrintStream(new FileOutputStream(System.getProperty("repeated.log", "/dev/null")),
        true, StandardCharsets.UTF_8)) {
      System.out.printf("%-4s %8s %8s %12s %6s%n", "run", "wall s", "CPU s", "compiler s", "exit");
      for (int run = 1; run <= runs; run++) {
        long compilerBefore = compilerMillis();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        int exit = dev.clientlens.Main.run(command, log, log, false);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        double compiler = (compilerMillis() - compilerBefore) / 1e3;
        System.out.printf("%-4d %8.2f %8.2f %12.2f %6d%n", run, wall, cpu, compiler, exit);
      }
    }
  }

  /** CPU milliseconds of the JIT compiler threads so far, from /proc (they live as long as the JVM). */
  private static long compilerMillis() throws IOException {
    Map<String, Long> byName = new TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException gone) {
          continue; // the thread ended while the list was read
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux)
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        byName.merge(name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? "compiler" : "other",
            ticks * 10, Long::sum);
      }
    }
    return byName.getOrDefault("compiler", 0L);
  }
}
