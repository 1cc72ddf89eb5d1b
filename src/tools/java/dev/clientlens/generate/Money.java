package dev.clientlens.generate;

/** The currency a client is invoiced in, written the way that client's country writes amounts. */
enum Money {
  NOK,
  GBP,
  USD;

  /** Amounts are whole units: {@code kr 48 500}, {@code £3,250}, {@code $4,800}. */
  String format(int amount) {
    return switch (this) {
      case NOK -> "kr " + group(amount, ' ');
      case GBP -> "£" + group(amount, ',');
      case USD -> "$" + group(amount, ',');
    };
  }

  private static String group(int amount, char separator) {
    String digits = Integer.toString(amount);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append(separator);
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }
}
