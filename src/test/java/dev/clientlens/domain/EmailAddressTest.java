package dev.clientlens.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses as mail writes them, and text that only looks like one. */
class EmailAddressTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "kari@acme.no                 | kari@acme.no",
      "<Kari.Nordmann@Mail.ACME.no> | kari.nordmann@mail.acme.no",
      "kari@acme.no.                | kari@acme.no",
      "o'brien+tag@acme.co.uk       | o'brien+tag@acme.co.uk",
      "\"kari\"@x.no                | kari@x.no",
      "\"kari.nordmann\"@x.no       | kari.nordmann@x.no",
      "\"kari nordmann\"@x.no       | \"kari nordmann\"@x.no",
      "\"Kari@Home\"@x.no           | \"kari@home\"@x.no",
      "\"a\\\"b\"@x.no              | \"a\\\"b\"@x.no",
      "\"a..b\"@x.no                | \"a..b\"@x.no",
      "jørn@blåbær.no               | jørn@blåbær.no",
      "kari@xn--blbr-roa3a.no       | kari@xn--blbr-roa3a.no",
  })
  void parses(String text, String address) {
    assertEquals(Optional.of(address), EmailAddress.parse(text).map(EmailAddress::toString));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Kari Nordmann", "undisclosed-recipients:;", "@acme.no", "kari@", "kari@acme", "kari@localhost",
      "kari@acme..no", "kari@-acme.no", "kari@acme-.no", "kari@acme_no.com", "kari@[10.0.0.1]", "kari@10.0.0.1",
      "kari@123.45", "kari@acme.n", "kari@@acme.no", "kari nordmann@acme.no", "kari<x>@acme.no",
      "\"kari@acme.no", "\"\"@acme.no", "\"ka\"ri\"@acme.no", "\"kari\\\"@acme.no", "kari@ac me.no",
      "kari@ac\u0000me.no", "ka\u202Eri@acme.no",
  })
  void refuses(String text) {
    assertEquals(Optional.empty(), EmailAddress.parse(text));
    assertTrue(EmailAddress.problem(text).isPresent(), text);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "Kari Nordmann     | no @",
      "kari@acme         | domain acme is not a full domain name",
      "kari@[10.0.0.1]   | address literal [10.0.0.1] instead of a domain",
      "kari@acme_no.com  | domain acme_no.com is not a domain name",
      "kari@@acme.no     | invalid character in local part",
  })
  void saysWhyTextIsNotAnAddress(String text, String why) {
    assertEquals(Optional.of(why), EmailAddress.problem(text));
  }

  /** The domain rule as first written, label by label after splitting at the dots. */
  private static Optional<String> domainRule(String domain) {
    String why = "domain " + domain + " is not a domain name";
    if (domain.length() > 253) {
      return Optional.of(why);
    }
    String[] labels = domain.split("\\.", -1);
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        return Optional.of(why);
      }
      for (char c : label.toCharArray()) {
        boolean ascii = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
        if (!ascii && (c < 0x80 || !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK
            && Character.getType(c) != Character.COMBINING_SPACING_MARK)) {
          return Optional.of(why);
        }
      }
    }
    if (labels.length < 2) {
      return Optional.of("domain " + domain + " is not a full domain name");
    }
    String top = labels[labels.length - 1];
    return top.length() < 2 || top.chars().allMatch(Character::isDigit) ? Optional.of(why) : Optional.empty();
  }

  /** Domains of letters, digits (also non-Latin ones), hyphens, dots, marks and other signs, against the rule. */
  @Test
  void domainsAreJudgedByTheRuleLabelByLabel() {
    String alphabet = "aZ09-.....\u00e9\u0661\u0301\u0903_~#x";
    Random random = new Random(11);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder domain = new StringBuilder("a");
      int length = random.nextInt(n % 100 == 0 ? 300 : 12);
      for (int i = 0; i < length; i++) {
        domain.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String d = domain.charAt(domain.length() - 1) == '.' ? domain.append('b').toString() : domain.toString();
      assertEquals(domainRule(d), EmailAddress.problem("kari@" + d), d);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"kari@acme.no", "\"kari\"@acme.no", "\"kari nordmann\"@acme.no"})
  void anAddressHasNoProblem(String text) {
    assertEquals(Optional.empty(), EmailAddress.problem(text));
  }
}
