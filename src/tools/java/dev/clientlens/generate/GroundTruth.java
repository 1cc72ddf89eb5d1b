package dev.clientlens.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What a generated mailbox holds, from the generator's own intent: the owner and our domains, one
 * {@link ClientTruth} per client (sorted by key), and how many files of each {@code counted_as} category were
 * written ({@code client_in}, {@code client_out}, {@code internal}, {@code auto_reply}, {@code bulk},
 * {@code duplicate}, {@code bounce}), which sum to {@code files}.
 */
public record GroundTruth(
    String owner, List<String> ourDomains, List<ClientTruth> clients, Map<String, Integer> countedAs, int files) {

  /** The columns of {@code expected-clients.csv}, in order. */
  enum Column {
    CLIENT,
    DISPLAY_NAME,
    ARCHETYPE,
    FIRE_RISK,
    LANGUAGE,
    MESSAGES_IN,
    MESSAGES_OUT,
    THREADS,
    MEANT_TO_SHOW;

    String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public GroundTruth {
    ourDomains = List.copyOf(ourDomains);
    clients = List.copyOf(clients);
    countedAs = Collections.unmodifiableMap(new LinkedHashMap<>(countedAs));
    int sum = countedAs.values().stream().mapToInt(Integer::intValue).sum();
    if (sum != files) {
      throw new IllegalArgumentException("ground truth: counted_as totals " + sum + " but " + files + " files");
    }
  }

  /** How many files were written of one {@code counted_as} category (0 for an unknown one). */
  public int count(String category) {
    return countedAs.getOrDefault(category, 0);
  }

  /** Writes {@code expected-clients.csv} (RFC 4180, UTF-8, sorted by client), via a temporary file and rename. */
  public void writeCsv(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    String[] header = Arrays.stream(Column.values()).map(Column::header).toArray(String[]::new);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header).get();
    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format)) {
      for (ClientTruth c : clients) {
        csv.printRecord(safe(c.client()), safe(c.displayName()), c.archetype(), c.fireRisk(), c.language(),
            c.messagesIn(), c.messagesOut(), c.threads(), safe(c.meantToShow()));
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Spreadsheets run cells that start with = + - @ as formulas; a leading apostrophe keeps them text. */
  private static String safe(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
