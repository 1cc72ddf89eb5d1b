package dev.clientlens.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the reports in a directory were made from, kept beside them in {@code .clientlens-report}: a digest
 * of the inputs (the store's version and the settings that shape the reports), the figures of the summary
 * line, and the size and time of each file written. A later scan with the same inputs whose files are all
 * still as written leaves them as they are: the reports are a function of their inputs, so writing them
 * again would give the same bytes. A file edited, removed or replaced since is noticed, and everything
 * is written again.
 */
public final class ReportStamp {
  public static final String FILE = ".clientlens-report";
  private static final String HEADER = "clientlens report stamp 1";

  /**
   * The summary figures of the reports as written.
   *
   * @param countedAs how many messages ended in each category, by label
   * @param notices what the scan told while it counted and reported (whose mailbox it took this for), to
   *     be told again by a scan that leaves the reports as they are (line breaks become spaces)
   */
  public record Figures(long total, long skipped, int clients, Map<String, Long> countedAs, String owner,
      List<String> notices) {
    public Figures {
      countedAs = Map.copyOf(countedAs);
      Objects.requireNonNull(owner, "owner");
      notices = notices.stream().map(n -> n.replace('\n', ' ').replace('\r', ' ')).toList();
      if (owner.contains("\n") || owner.contains("\r")) {
        throw new IllegalArgumentException("report stamp: the owner is one line");
      }
    }
  }

  private ReportStamp() {}

  /**
   * The figures of the reports in {@code dir} when they were made from {@code inputs} and every file is as
   * written; empty otherwise (no stamp, other inputs, a file changed or gone, a stamp that does not read).
   */
  public static Optional<Figures> unchanged(Path dir, String inputs) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8);
    } catch (IOException e) {
      // none, or one that does not read (not a file, not UTF-8): the reports are written again
      return Optional.empty();
    }
    if (lines.size() < 4 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("inputs " + inputs)) {
      return Optional.empty();
    }
    try {
      String[] figures = lines.get(2).split(" ", 5);
      if (figures.length != 5 || !figures[0].equals("summary")) {
        return Optional.empty();
      }
      Map<String, Long> counted = new TreeMap<>();
      List<String> notices = new ArrayList<>();
      int files = 0;
      for (String line : lines.subList(3, lines.size())) {
        String[] parts = line.split(" ");
        if (line.startsWith("notice ")) {
          notices.add(line.substring("notice ".length()));
        } else if (parts.length == 3 && parts[0].equals("counted")) {
          counted.put(parts[1], Long.parseLong(parts[2]));
        } else if (parts.length == 3 && parts[0].equals("file")) {
          if (!parts[2].equals(stateOf(dir.resolve(parts[1])))) {
            return Optional.empty();
          }
          files++;
        } else {
          return Optional.empty();
        }
      }
      if (files == 0) {
        return Optional.empty();
      }
      return Optional.of(new Figures(Long.parseLong(figures[1]), Long.parseLong(figures[2]),
          Integer.parseInt(figures[3]), counted, figures[4], notices));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Size and modification time of a report file as one word, or {@code gone}. */
  private static String stateOf(Path file) throws IOException {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      return attrs.isRegularFile() ? attrs.size() + "@" + attrs.lastModifiedTime().toMillis() : "gone";
    } catch (NoSuchFileException e) {
      return "gone";
    }
  }

  /** Records that {@code files} in {@code dir} were just written from {@code inputs}, with these figures. */
  public static void write(Path dir, String inputs, Figures figures, List<String> files) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add("inputs " + inputs);
    lines.add("summary " + figures.total() + " " + figures.skipped() + " " + figures.clients() + " " + figures.owner());
    new TreeMap<>(figures.countedAs()).forEach((label, n) -> lines.add("counted " + label + " " + n));
    figures.notices().forEach(notice -> lines.add("notice " + notice));
    for (String file : files) {
      lines.add("file " + file + " " + stateOf(dir.resolve(file)));
    }
    Path temporary = Files.createTempFile(dir, FILE, ".tmp");
    try {
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Removes the stamp, before the reports it describes are written again. */
  public static void forget(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
  }
}
