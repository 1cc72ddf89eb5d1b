package dev.clientlens.analyse.deadline;

import dev.clientlens.analyse.deadline.DeadlineLexicon.Delivery;
import dev.clientlens.analyse.deadline.DeadlineLexicon.Modifier;
import dev.clientlens.analyse.deadline.DeadlineLexicon.PartOfDay;
import dev.clientlens.analyse.deadline.DeadlineLexicon.Period;
import dev.clientlens.analyse.deadline.DeadlineLexicon.PeriodRef;
import dev.clientlens.analyse.deadline.DeadlineLexicon.RelativeDay;
import dev.clientlens.analyse.deadline.DeadlineLexicon.Trigger;
import dev.clientlens.analyse.deadline.DeadlineLexicon.UnitAmount;
import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.phrase.PhraseTable;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one deadline word file ({@code models/deadlines-en.txt}, {@code -nb.txt}; the format is described at
 * the top of each) into a {@link DeadlineLexicon}. Mistakes are reported as {@code file: line N: what}.
 */
final class LexiconReader {
  /** A parsed line: its arguments and its phrases. */
  private record Line(ModelResources.Entry entry, List<String> arguments, List<String> phrases) {}

  private final DeadlineLexicon.Builder b = new DeadlineLexicon.Builder();

  private LexiconReader() {}

  static DeadlineLexicon read(List<ModelResources.Entry> entries) throws IOException {
    LexiconReader reader = new LexiconReader();
    for (ModelResources.Entry entry : entries) {
      reader.read(entry);
    }
    return new DeadlineLexicon(reader.b);
  }

  private void read(ModelResources.Entry entry) throws IOException {
    String text = entry.text().strip();
    String directive = text.split("\\s+", 2)[0];
    if (!directive.startsWith("@")) {
      throw entry.error("expected a directive (@NAME ...): " + text);
    }
    switch (directive.substring(1)) {
      case "trigger" -> phrases(b.triggers, line(entry, 1), l -> choice(l, 0, Trigger.class));
      case "relative-day" -> phrases(b.relativeDays, line(entry, 2),
          l -> new RelativeDay(number(l, 0), l.arguments().get(1).equals("-") ? Optional.empty()
              : Optional.of(time(l, 1))));
      case "part-of-day" -> phrases(b.partsOfDay, line(entry, 2), this::partOfDay);
      case "weekday" -> names(b.weekdays, line(entry, 1), l -> choice(l, 0, DayOfWeek.class));
      case "weekday-abbreviation" -> names(b.weekdayAbbreviations, line(entry, 1), l -> choice(l, 0, DayOfWeek.class));
      case "month" -> names(b.months, line(entry, 1), l -> choice(l, 0, Month.class));
      case "weekday-modifier" -> phrases(b.weekdayModifiers, line(entry, 1), l -> choice(l, 0, Modifier.class));
      case "week-suffix" -> phrases(b.weekSuffixes, line(entry, 1), l -> choice(l, 0, Modifier.class));
      case "period" -> phrases(b.periods, line(entry, 2),
          l -> new PeriodRef(choice(l, 0, Modifier.class), choice(l, 1, Period.class)));
      case "period-word" -> phrases(b.periodWords, line(entry, 1), this::periodEnd);
      case "amount" -> phrases(b.amounts, line(entry, 1), l -> number(l, 0));
      case "unit" -> phrases(b.units, line(entry, 2), l -> new UnitAmount(number(l, 0), choice(l, 1, DueSpec.Unit.class)));
      case "delivery" -> phrases(b.deliveries, line(entry, 1), l -> choice(l, 0, Delivery.class));
      case "own-commitment" -> phrases(b.ownCommitments, line(entry, 1), l -> choice(l, 0, Delivery.class));
      case "dot-ordinals" -> b.dotOrdinals = true;
      case "deliverable-nouns" -> {
        for (String noun : line(entry, 0).phrases()) {
          b.deliverables.add(noun);
          b.deliverables.add(noun + "s");
        }
      }
      default -> {
        PhraseTable.Builder<Boolean> table = b.phraseLists().get(directive.substring(1));
        Set<String> words = b.wordLists().get(directive.substring(1));
        if (table != null) {
          phrases(table, line(entry, 0), l -> true);
        } else if (words != null) {
          words.addAll(line(entry, 0).phrases());
        } else {
          throw entry.error("unknown directive " + directive);
        }
      }
    }
  }

  private interface Value<V> {
    V of(Line line) throws IOException;
  }

  private static <V> void phrases(PhraseTable.Builder<V> table, Line line, Value<V> value) throws IOException {
    table.add(value.of(line), line.phrases().toArray(new String[0]));
  }

  private static <V> void names(Map<String, V> names, Line line, Value<V> value) throws IOException {
    V named = value.of(line);
    for (String name : line.phrases()) {
      names.put(name, named);
    }
  }

  /** The directive's {@code arity} arguments and its phrases (at least one). */
  private static Line line(ModelResources.Entry entry, int arity) throws IOException {
    String[] fields = entry.text().strip().split("\\s+", arity + 2);
    if (fields.length < arity + 2) {
      throw entry.error("expected " + fields[0] + " with " + arity + " argument(s), then phrase | phrase ...");
    }
    List<String> phrases = new ArrayList<>();
    for (String phrase : fields[arity + 1].split("\\|")) {
      String words = String.join(" ", phrase.strip().split("\\s+"));
      if (words.isEmpty()) {
        throw entry.error("an empty phrase in " + fields[arity + 1]);
      }
      phrases.add(words);
    }
    return new Line(entry, List.of(Arrays.copyOfRange(fields, 1, arity + 1)), phrases);
  }

  private PartOfDay partOfDay(Line line) throws IOException {
    LocalTime time = time(line, 0);
    return switch (line.arguments().get(1)) {
      case "alone" -> new PartOfDay(time, true, false);
      case "end-of-day" -> new PartOfDay(time, true, true);
      case "after-day" -> new PartOfDay(time, false, false);
      default -> throw line.entry().error("expected alone, end-of-day or after-day: " + line.arguments().get(1));
    };
  }

  private DueSpec periodEnd(Line line) throws IOException {
    return switch (line.arguments().get(0)) {
      case "week" -> new DueSpec.EndOfWeek(0);
      case "month" -> new DueSpec.EndOfMonth(0);
      case "year" -> new DueSpec.EndOfYear();
      default -> throw line.entry().error("expected week, month or year: " + line.arguments().get(0));
    };
  }

  /** An enum constant written in lower case with hyphens ({@code at-end} for {@code AT_END}). */
  private static <E extends Enum<E>> E choice(Line line, int at, Class<E> type) throws IOException {
    String written = line.arguments().get(at);
    for (E constant : type.getEnumConstants()) {
      if (label(constant).equals(written)) {
        return constant;
      }
    }
    throw line.entry().error("expected one of " + Arrays.stream(type.getEnumConstants()).map(LexiconReader::label)
        .collect(Collectors.joining(", ")) + ": " + written);
  }

  private static String label(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static int number(Line line, int at) throws IOException {
    try {
      return Integer.parseInt(line.arguments().get(at));
    } catch (NumberFormatException e) {
      throw line.entry().error("not a number: " + line.arguments().get(at));
    }
  }

  private static LocalTime time(Line line, int at) throws IOException {
    try {
      return LocalTime.parse(line.arguments().get(at));
    } catch (DateTimeException e) {
      throw line.entry().error("not a time (HH:MM): " + line.arguments().get(at));
    }
  }
}
