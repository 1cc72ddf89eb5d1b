package dev.clientlens.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.domain.EmailAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientKeysTest {
  @TempDir Path dir;

  private static EmailAddress address(String text) {
    return EmailAddress.parse(text).orElseThrow();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "kari@acme.no,                 acme.no",
      "kari@mail.acme.no,            acme.no",
      "Ola@ACME.NO,                  acme.no",
      "sam@harbourfoods.co.uk,       harbourfoods.co.uk",
      "jo@pennineprint.co.uk,        pennineprint.co.uk",
      "jo@mail.pennineprint.co.uk,   pennineprint.co.uk",
      "tor.berg@gmail.com,           tor.berg@gmail.com",
      "per@online.no,                per@online.no",
      "ann@outlook.com,              ann@outlook.com",
      "bob@example.com.au,           example.com.au",
  })
  void keysByRegistrableDomainOrFreemailAddress(String text, String key) {
    assertEquals(key, new ClientKeys(ClientList.EMPTY).keyOf(address(text)).value());
  }

  @Test
  void clientListMergesAndSplits() throws IOException {
    Path file = Files.writeString(dir.resolve("clients.csv"),
        "pattern,client\nacme.no,Acme Group\nacme-shop.com,Acme Group\n*@agency.no,Agency\nboss@agency.no,Agency Boss\n");
    ClientKeys keys = new ClientKeys(ClientList.read(file));
    assertEquals("Acme Group", keys.keyOf(address("kari@sales.acme.no")).value());
    assertEquals("Acme Group", keys.keyOf(address("ola@acme-shop.com")).value());
    assertEquals("Agency", keys.keyOf(address("anne@agency.no")).value());
    assertEquals("Agency Boss", keys.keyOf(address("boss@agency.no")).value());
    assertEquals("other.no", keys.keyOf(address("x@other.no")).value());
  }

  @Test
  void aMalformedClientListNamesTheLine() throws IOException {
    Path file = Files.writeString(dir.resolve("clients.csv"), "acme.no,Acme\nbroken-row-without-client\n");
    IOException e = assertThrows(IOException.class, () -> ClientList.read(file));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
