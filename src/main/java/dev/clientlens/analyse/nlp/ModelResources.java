package dev.clientlens.analyse.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one reader of the analysis's model and word-list files, from the class path (the stock OpenNLP
 * models and the jar's {@code models/}) or from a folder such as one a trainer just wrote. A file is named
 * by its class-path name ({@code /models/cues-en.txt}); a folder holds it under its file name.
 */
public final class ModelResources {
  /** One line of a text file that is neither blank nor a {@code #} comment, and where it stands. */
  public record Entry(String file, int number, String text) {
    public Entry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(text, "text");
    }

    /** A mistake on this line, as {@code file: line N: what}. */
    public IOException error(String what) {
      return new IOException(file + ": line " + number + ": " + what);
    }
  }

  private final Optional<Path> folder;

  private ModelResources(Optional<Path> folder) {
    this.folder = folder;
  }

  /** The files on the class path: the ones shipped in the jar. */
  public static ModelResources classPath() {
    return new ModelResources(Optional.empty());
  }

  /** The files of one folder, each under its file name ({@code /models/politeness-en.txt} is {@code politeness-en.txt}). */
  public static ModelResources folder(Path folder) {
    return new ModelResources(Optional.of(folder));
  }

  /** A file's name in messages: the class-path name, or the path in the folder. */
  public String describe(String name) {
    return folder.map(dir -> inFolder(dir, name).toString()).orElse(name);
  }

  /** Opens a file; empty when there is none, for a model that may be missing. */
  public Optional<InputStream> find(String name) throws IOException {
    if (folder.isPresent()) {
      Path file = inFolder(folder.get(), name);
      return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }
    return Optional.ofNullable(ModelResources.class.getResourceAsStream(name));
  }

  /** Opens a file that must be there. */
  public InputStream open(String name) throws IOException {
    Optional<InputStream> in = find(name);
    if (in.isEmpty()) {
      throw new IOException(describe(name) + (folder.isPresent() ? ": no such file" : ": not on the class path"));
    }
    return in.get();
  }

  /** Every line of a UTF-8 text file. */
  public List<String> lines(String name) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    }
  }

  /** The lines of a UTF-8 text file that are neither blank nor start with {@code #}, with their numbers. */
  public List<Entry> entries(String name) throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<String> lines = lines(name);
    String file = describe(name);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.startsWith("#")) {
        entries.add(new Entry(file, i + 1, line));
      }
    }
    return entries;
  }

  private static Path inFolder(Path folder, String name) {
    return folder.resolve(name.substring(name.lastIndexOf('/') + 1));
  }
}
