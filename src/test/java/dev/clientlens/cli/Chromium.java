package dev.clientlens.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code chromium}, run headless on a page from disk with no network: every host name resolves to
 * nothing, and each run gets a fresh profile. Skips the calling test when chromium is missing, except on CI
 * ({@code CI=true}), where {@code .ci/run} installs it and its absence is a failure.
 */
record Chromium(Path executable) {
  private static final long TIMEOUT_SECONDS = 120;

  static Chromium require() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return new Chromium(candidate);
        }
      }
    }
    String missing = "chromium is not installed (as root: apt-get install -y chromium)";
    if ("true".equals(System.getenv("CI"))) {
      Assertions.fail(missing + ", and on CI .ci/run installs it: the browser test cannot be skipped here");
    }
    Assumptions.abort(missing + ": the browser test is skipped");
    throw new AssertionError("unreachable");
  }

  /** What one run left: the page's DOM after its scripts ran (with --dump-dom), and the console messages. */
  record Run(String dom, List<String> console, String stderr) {
    /** A {@code data-NAME} attribute of the body element, or empty. */
    String bodyData(String name) {
      Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
      Assertions.assertTrue(body.find(), "a body element in the DOM");
      Matcher attribute = Pattern.compile("\\sdata-" + name + "=\"([^\"]*)\"").matcher(body.group(1));
      return attribute.find() ? attribute.group(1) : "";
    }
  }

  /** Loads {@code page} (with {@code fragment}, e.g. {@code #all}) and dumps its DOM once scripts and timers ran. */
  Run dumpDom(Path page, String fragment, Path scratch) throws IOException, InterruptedException {
    return run(page, fragment, scratch, List.of("--dump-dom"));
  }

  /** Loads the page in a 1280 x 2000 window and saves a screenshot to {@code png}. */
  Run screenshot(Path page, String fragment, Path scratch, Path png) throws IOException, InterruptedException {
    return run(page, fragment, scratch, List.of("--screenshot=" + png.toAbsolutePath()));
  }

  private Run run(Path page, String fragment, Path scratch, List<String> action)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(scratch, "chromium-profile");
    Path out = Files.createTempFile(scratch, "chromium", ".out");
    Path err = Files.createTempFile(scratch, "chromium", ".err");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars", "--window-size=1280,2000",
        "--virtual-time-budget=10000"));
    command.addAll(action);
    command.add(page.toAbsolutePath().toUri() + fragment);
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      Assertions.fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Assertions.assertEquals(0, process.exitValue(), "chromium failed:\n" + stderr);
    List<String> console = stderr.lines().filter(line -> line.contains(":CONSOLE")).toList();
    return new Run(Files.readString(out, StandardCharsets.UTF_8), console, stderr);
  }
}
