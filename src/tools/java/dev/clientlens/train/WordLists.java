package dev.clientlens.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the lists of common words that the cue rules never read as a typing slip for a rule word: a word
 * typed often enough in real text is a word, not a mistake. English counts the words of the GoEmotions
 * comments, Norwegian the word forms of UD Norwegian Bokmål. Deterministic: the lists are sorted.
 */
public final class WordLists {
  /** Occurrences a word needs in GoEmotions (about 700,000 words) to count as common English. */
  public static final int ENGLISH_MIN_COUNT = 5;
  /** Occurrences a word form needs in the UD Norwegian Bokmål dev and test splits (about 70,000 words). */
  public static final int NORWEGIAN_MIN_COUNT = 2;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** What was written: the number of words in each list. */
  public record Result(int english, int norwegian) {}

  private WordLists() {}

  /**
   * Writes {@code words-en.txt} and {@code words-nb.txt} into {@code out} from the GoEmotions folder and the
   * UD Norwegian Bokmål folder.
   */
  public static Result build(Path goEmotions, Path udNorwegian, Path out) throws IOException {
    Map<String, Integer> english = new HashMap<>();
    for (String split : List.of("train.tsv", "dev.tsv", "test.tsv")) {
      countLines(goEmotions.resolve(split), line -> {
        int tab = line.indexOf('\t');
        return tab < 0 ? line : line.substring(0, tab);
      }, english);
    }
    Map<String, Integer> norwegian = new HashMap<>();
    for (String split : List.of("no_bokmaal-ud-dev.conllu", "no_bokmaal-ud-test.conllu")) {
      countLines(udNorwegian.resolve(split), WordLists::conlluForm, norwegian);
    }
    List<String> en = common(english, ENGLISH_MIN_COUNT);
    List<String> nb = common(norwegian, NORWEGIAN_MIN_COUNT);
    Files.createDirectories(out);
    write(out.resolve("words-en.txt"), en, "English", "GoEmotions (Reddit comments, train, dev and test;"
        + " Apache License 2.0, src/tools/data/goemotions)", ENGLISH_MIN_COUNT);
    write(out.resolve("words-nb.txt"), nb, "Norwegian Bokmål", "UD Norwegian Bokmål (dev and test word forms;"
        + " CC BY-SA 4.0, src/tools/data/ud-norwegian-bokmaal; this list carries the same licence)",
        NORWEGIAN_MIN_COUNT);
    return new Result(en.size(), nb.size());
  }

  /** The word form of a CoNLL-U token line; nothing for comments, blank lines and multi-word ranges. */
  private static String conlluForm(String line) {
    if (line.isEmpty() || line.startsWith("#")) {
      return "";
    }
    String[] fields = line.split("\t", 3);
    return fields.length < 2 || fields[0].contains("-") || fields[0].contains(".") ? "" : fields[1];
  }

  private static void countLines(Path file, Function<String, String> text,
      Map<String, Integer> counts) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        Matcher words = WORD.matcher(text.apply(line).toLowerCase(Locale.ROOT));
        while (words.find()) {
          counts.merge(words.group(), 1, Integer::sum);
        }
      }
    }
  }

  private static List<String> common(Map<String, Integer> counts, int minCount) {
    List<String> words = new ArrayList<>();
    counts.forEach((word, count) -> {
      if (count >= minCount && word.length() >= 2) {
        words.add(word);
      }
    });
    words.sort(null);
    return words;
  }

  private static void write(Path file, List<String> words, String language, String source, int minCount)
      throws IOException {
    StringBuilder text = new StringBuilder()
        .append("# Common ").append(language).append(" words: the cue rules never read one of these as a typing\n")
        .append("# slip for another word. Written by `java -jar target/clientlens.jar train words`; do not edit.\n")
        .append("# Source: ").append(source).append(".\n")
        .append("# A word is listed when it occurs at least ").append(minCount).append(" times there.\n");
    for (String word : words) {
      text.append(word).append('\n');
    }
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
