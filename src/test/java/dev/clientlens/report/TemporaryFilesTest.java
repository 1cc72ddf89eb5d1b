package dev.clientlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report is written under a temporary name and renamed: a failure on the way (a full disk) removes the
 * temporary file and leaves the old report as it was, and the temporary files of a killed scan are swept.
 */
class TemporaryFilesTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A disk that fills up after {@code room} characters. */
  private static CsvTable.Opener fullAfter(int room) {
    return file -> new Writer() {
      private final Writer onDisk = Files.newBufferedWriter(file);
      private int written;

      @Override
      public void write(char[] chars, int offset, int length) throws IOException {
        written += length;
        if (written > room) {
          throw new IOException("No space left on device");
        }
        onDisk.write(chars, offset, length);
      }

      @Override
      public void flush() throws IOException {
        onDisk.flush();
      }

      @Override
      public void close() throws IOException {
        onDisk.close();
      }
    };
  }

  @Test
  void aFullDiskWhileWritingRowsNamesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Files.writeString(dir.resolve("skipped.csv"), "the report of last night\n");
    Path target = dir.resolve("skipped.csv");
    ReportException full = assertThrows(ReportException.class, () -> {
      try (CsvTable<SkippedRow> table = new CsvTable<>(target, SkippedColumn.class, false, fullAfter(60))) {
        for (int i = 0; i < 100; i++) {
          table.row(new SkippedRow("cur/" + i, "INBOX", "a reason long enough to fill the disk soon"));
        }
        table.commit();
      }
    });
    assertEquals(target + ": could not write the report: no space left on device", full.getMessage());
    assertEquals(List.of("skipped.csv"), names());
    assertEquals("the report of last night\n", Files.readString(target), "the old report stays");
  }

  @Test
  void aFullDiskAtTheHeaderLeavesNoTemporaryFile() {
    ReportException full = assertThrows(ReportException.class,
        () -> new CsvTable<>(dir.resolve("skipped.csv"), SkippedColumn.class, true, fullAfter(0)));
    assertTrue(full.getMessage().contains("skipped.csv: could not write the report: no space left on device"),
        full.getMessage());
    assertDoesNotLeave();
  }

  @Test
  void aFailureWhenTheFileIsClosedLeavesNoTemporaryFile() {
    CsvTable.Opener failsOnFlush = file -> new StringWriter() {
      @Override
      public void flush() {
        throw new java.io.UncheckedIOException(new IOException("No space left on device"));
      }
    };
    assertThrows(RuntimeException.class, () -> {
      try (CsvTable<SkippedRow> table = new CsvTable<>(dir.resolve("skipped.csv"), SkippedColumn.class, false,
          failsOnFlush)) {
        table.row(new SkippedRow("cur/1", "INBOX", "reason"));
        table.commit();
      }
    });
    assertDoesNotLeave();
  }

  @Test
  void aRenameThatFailsLeavesNoTemporaryFile() throws IOException {
    Files.createDirectories(dir.resolve("skipped.csv").resolve("in-the-way"));
    ReportException blocked = assertThrows(ReportException.class, () -> {
      try (CsvTable<SkippedRow> table = new CsvTable<>(dir.resolve("skipped.csv"), SkippedColumn.class, false)) {
        table.row(new SkippedRow("cur/1", "INBOX", "reason"));
        table.commit();
      }
    });
    assertTrue(blocked.getMessage().endsWith("a directory of that name is in the way"), blocked.getMessage());
    assertEquals(List.of("skipped.csv"), names());
  }

  private void assertDoesNotLeave() {
    try {
      assertEquals(List.of(), names(), "no temporary file left");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theTemporaryFilesOfAKilledScanAreSweptAndNothingElse() throws IOException {
    List<String> ours = List.of(".messages.csv8147260731226917443.tmp", ".clients.csv1.tmp", ".evidence.csv42.tmp",
        ".clients-monthly.csv77.tmp");
    List<String> others = List.of(".messages.csv.tmp", ".messages.csvabc.tmp", "messages.csv123.tmp", ".bashrc",
        "notes.tmp", "clients.csv", ".clientlens.lock", ".Messages.csv1.tmp");
    for (String name : ours) {
      Files.writeString(dir.resolve(name), "half a report");
    }
    for (String name : others) {
      Files.writeString(dir.resolve(name), "not ours");
    }
    Files.createDirectories(dir.resolve(".skipped.csv5.tmp"));
    assertEquals(ours.size(), Reports.removeLeftovers(dir));
    List<String> left = new java.util.ArrayList<>(others);
    left.add(".skipped.csv5.tmp");
    assertEquals(left.stream().sorted().toList(), names());
    assertEquals(0, Reports.removeLeftovers(dir.resolve("not-there")));
  }

  @Test
  void aNewTemporaryFileHasTheNameTheSweepLooksFor() throws IOException {
    Path target = dir.resolve("clients.csv");
    try (CsvTable<SkippedRow> table = new CsvTable<>(target, SkippedColumn.class, false)) {
      assertFalse(names().isEmpty());
      assertEquals(1, Reports.removeLeftovers(dir), names().toString());
    }
  }
}
