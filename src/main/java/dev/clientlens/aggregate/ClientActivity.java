package dev.clientlens.aggregate;

import dev.clientlens.domain.ClientKey;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One client's mail as series over time, for the charts of the HTML report: messages per ISO week each
 * way, the client's messages by weekday and hour in the sender's own time, and every reply time measured.
 *
 * @param weeks the weeks with mail, in order; weeks without any are left out
 * @param weekdayHours the client's dated messages by weekday and hour of their own offset: 168 counts,
 *     Monday 00:00-00:59 first, Sunday 23:00-23:59 last
 * @param clientReplyHours hours the client took to answer a message of ours, each reply once, ascending
 * @param ourReplyHours hours we took to answer the client, ascending
 */
public record ClientActivity(
    ClientKey client,
    List<Week> weeks,
    List<Integer> weekdayHours,
    List<Double> clientReplyHours,
    List<Double> ourReplyHours) {

  public static final int WEEKDAY_HOURS = 7 * 24;

  /** Dated messages of one ISO week (starting on {@code monday}, in each message's own time). */
  public record Week(LocalDate monday, int in, int out) {
    public Week {
      Objects.requireNonNull(monday, "monday");
      if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
        throw new IllegalArgumentException("client activity: a week starts on a Monday, not " + monday);
      }
      if (in < 0 || out < 0 || in + out == 0) {
        throw new IllegalArgumentException("client activity: a week needs mail, got " + in + " in, " + out + " out");
      }
    }
  }

  public ClientActivity {
    Objects.requireNonNull(client, "client");
    weeks = List.copyOf(weeks);
    for (int i = 1; i < weeks.size(); i++) {
      if (!weeks.get(i - 1).monday().isBefore(weeks.get(i).monday())) {
        throw new IllegalArgumentException("client activity: weeks out of order for " + client);
      }
    }
    weekdayHours = List.copyOf(weekdayHours);
    if (weekdayHours.size() != WEEKDAY_HOURS || weekdayHours.stream().anyMatch(n -> n < 0)) {
      throw new IllegalArgumentException("client activity: " + WEEKDAY_HOURS + " counts of zero or more needed for "
          + client);
    }
    clientReplyHours = List.copyOf(clientReplyHours);
    ourReplyHours = List.copyOf(ourReplyHours);
  }

  /** Messages of the client in one weekday and hour (Monday is 0, Sunday 6). */
  public int at(int weekday, int hour) {
    return weekdayHours.get(weekday * 24 + hour);
  }
}
