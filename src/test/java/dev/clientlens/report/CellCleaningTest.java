package dev.clientlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Every cell the reports write is one line of visible text: control characters and the bidi controls
 * that reorder text are removed, breaks become spaces, and what then looks like a formula is neutralised.
 */
class CellCleaningTest {
  @Test
  void controlCharactersAreRemovedFromEveryCell() {
    assertEquals("ab", CsvTable.oneLine("a\u0000b"));
    assertEquals("ab", CsvTable.oneLine("a\u0007\u001b\u007fb"));
    assertEquals("ab", CsvTable.oneLine("a\u0080\u009bb"), "C1 controls");
    assertEquals("Kari Nordmann", CsvTable.neutralise("Kari\u0000 Nordmann"));
  }

  @Test
  void bidiOverridesAndIsolatesAreRemovedAndMarksKept() {
    assertEquals("invoice_fdp.exe", CsvTable.neutralise("invoice_\u202Efdp.exe"));
    for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
      assertEquals("ab", CsvTable.oneLine("a" + c + "b"), Integer.toHexString(c));
    }
    assertEquals("\u05E9\u05DC\u05D5\u05DD\u200F (Acme)", CsvTable.neutralise("\u05E9\u05DC\u05D5\u05DD\u200F (Acme)"));
  }

  @Test
  void cellsAreOneLine() {
    assertEquals("a b", CsvTable.oneLine("a\r\n\r\nb"));
    assertEquals("a b", CsvTable.oneLine("a\r\u0000\nb"), "a removed character inside a line break");
    assertEquals("a b c d", CsvTable.oneLine("a\tb\u2028c\u0085d"));
    assertEquals("plain text stays as it is", CsvTable.oneLine("plain text stays as it is"));
  }

  @Test
  void aFormulaHiddenBehindControlCharactersIsStillNeutralised() {
    assertEquals("'=HYPERLINK(\"http://x\")", CsvTable.neutralise("\u0000=HYPERLINK(\"http://x\")"));
    assertEquals("'=1+1", CsvTable.neutralise("\u202E=1+1"));
    assertEquals("'  @SUM(A1)", CsvTable.neutralise("\r\n @SUM(A1)"));
    assertEquals("' =1+1", CsvTable.neutralise("\t=1+1"));
    assertEquals("'-2", CsvTable.neutralise("-2"));
  }
}
