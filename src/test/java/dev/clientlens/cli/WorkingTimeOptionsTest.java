package dev.clientlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --work-hours}, {@code --work-days} and {@code --holidays}: accepted forms, errors and their effect. */
class WorkingTimeOptionsTest {
  @TempDir Path dir;

  /**
   * Kari writes on Friday 17 May 2024 (Constitution Day) at 17:00 and we answer on Tuesday 21 May (after Whit
   * Monday) at 09:00; she thanks us at 17:30 the same day.
   */
  private Path maildir() throws IOException {
    Path mail = dir.resolve("mail");
    Files.createDirectories(mail.resolve("cur"));
    Files.createDirectories(mail.resolve(".Sent/cur"));
    Files.writeString(mail.resolve("cur/1.a"), """
        From: Kari <kari@acme.no>
        To: ingrid@fjordlys.no
        Subject: Plan
        Date: Fri, 17 May 2024 17:00:00 +0200
        Message-ID: <k1@acme.no>

        Where is the plan?
        """);
    Files.writeString(mail.resolve(".Sent/cur/2.b"), """
        From: Ingrid <ingrid@fjordlys.no>
        To: kari@acme.no
        Subject: Re: Plan
        Date: Tue, 21 May 2024 09:00:00 +0200
        Message-ID: <i1@fjordlys.no>
        In-Reply-To: <k1@acme.no>

        Here it is.
        """);
    Files.writeString(mail.resolve("cur/3.c"), """
        From: Kari <kari@acme.no>
        To: ingrid@fjordlys.no
        Subject: Re: Plan
        Date: Tue, 21 May 2024 17:30:00 +0200
        Message-ID: <k2@acme.no>
        In-Reply-To: <i1@fjordlys.no>

        Thanks.
        """);
    return mail;
  }

  private CSVRecord scan(Path out, String... options) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("scan", maildir().toString(), "--no-state",
        "--me", "ingrid@fjordlys.no", "--out", out.toString(), "--timing-only"));
    args.addAll(List.of(options));
    CliTest.Run run = CliTest.run(args.toArray(new String[0]));
    assertEquals(ExitCode.OK, run.code(), run.err());
    try (Reader in = Files.newBufferedReader(out.resolve("clients.csv"))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords().get(0);
    }
  }

  @Test
  void withoutOptionsTheDefaultsAreUsedAndSaidSo() throws IOException {
    Path out = dir.resolve("r1");
    CliTest.Run run = CliTest.run("scan", maildir().toString(), "--no-state", "--me", "ingrid@fjordlys.no",
        "--out", out.toString(), "--timing-only");
    assertTrue(run.err().contains("clientlens: working time: 08:00-18:00, mon-fri, holidays: none (the default"),
        run.err());
    CSVRecord kari = scan(dir.resolve("r2"));
    // Friday 17:00 and Tuesday 17:30 are inside 08:00-18:00: no after hours.
    assertEquals("0.000", kari.get("after_hours_share"));
    // Friday 17-18 (1 h) + Monday (10 h) + Tuesday 08-09 (1 h) = 12 h of the 88 h; her reply, 8.5 h, all inside.
    assertEquals("88.000", kari.get("median_our_reply_hours"));
    assertEquals("12.000", kari.get("median_our_reply_work_hours"));
    assertEquals("8.500", kari.get("median_client_reply_work_hours"));
  }

  @Test
  void norwegianHolidaysAndShortDaysChangeTheSharesAndWorkingHours() throws IOException {
    Path out = dir.resolve("r");
    List<String> args = List.of("scan", maildir().toString(), "--no-state", "--me", "ingrid@fjordlys.no",
        "--out", out.toString(), "--timing-only", "--work-hours", "08:00-16:00", "--work-days", "mon-fri",
        "--holidays", "NO");
    CliTest.Run run = CliTest.run(args.toArray(new String[0]));
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.err().contains("clientlens: working time: 08:00-16:00, mon-fri, holidays: NO\n"), run.err());
    CSVRecord kari = scan(dir.resolve("r2"), "--work-hours", "08:00-16:00", "--holidays", "no");
    // 17 May is a holiday and 17:30 is after 16:00: both her messages are after hours.
    assertEquals("1.000", kari.get("after_hours_share"));
    // Friday and Monday are holidays: only Tuesday 08-09 counts; her reply 09:00-16:00 = 7 h.
    assertEquals("88.000", kari.get("median_our_reply_hours"));
    assertEquals("1.000", kari.get("median_our_reply_work_hours"));
    assertEquals("7.000", kari.get("median_client_reply_work_hours"));
  }

  @Test
  void aWeekFromSundayToThursdayMakesFridayTheWeekend() throws IOException {
    CSVRecord kari = scan(dir.resolve("r"), "--work-days", "sun-thu");
    // Friday is weekend now; Tuesday 17:30 is inside the day.
    assertEquals("0.500", kari.get("weekend_share"));
    assertEquals("0.000", kari.get("after_hours_share"));
    // Sunday and Monday 08-18 (20 h) + Tuesday 08-09 (1 h) = 21 h.
    assertEquals("21.000", kari.get("median_our_reply_work_hours"));
  }

  @Test
  void wrongValuesAreUsageErrorsNamingTheAcceptedForm() throws IOException {
    String mail = maildir().toString();
    String[][] cases = {
        {"--work-hours", "8-16", "expected HH:MM-HH:MM"},
        {"--work-hours", "16:00-08:00", "expected HH:MM-HH:MM with the end after the start"},
        {"--work-hours", "08:00-25:00", "expected HH:MM-HH:MM"},
        {"--work-days", "mon-fry", "mon, tue, wed, thu, fri, sat, sun"},
        {"--holidays", "Narnia", "expected an ISO 3166 country code"},
        {"--holidays", "GB-XX", "known: ENG, NIR, SCT, WLS"},
    };
    for (String[] c : cases) {
      CliTest.Run run = CliTest.run("scan", mail, "--no-state", "--out", dir.resolve("r").toString(), c[0], c[1]);
      assertEquals(ExitCode.USAGE, run.code(), c[1] + ": " + run.err());
      String first = run.err().lines().findFirst().orElse("");
      assertTrue(first.startsWith("clientlens: Invalid value for option '" + c[0] + "'") && first.contains(c[2]),
          c[1] + ": " + run.err());
    }
  }
}
