package dev.clientlens.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.clientlens.domain.FolderRole;
import jakarta.mail.internet.SharedInputStream;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stream a message in memory is parsed from reads as Jakarta Mail's own shared stream does. */
class RawMessageStreamTest {

  private static final byte[] BYTES = ("From: a@example.com\r\nSubject: hi\r\n\r\nbody line one\r\nline two\r\n")
      .getBytes(StandardCharsets.US_ASCII);

  private static RawMessage message() {
    return new RawMessage("m1", "INBOX", FolderRole.INBOX, null, BYTES);
  }

  @Test
  void mixedReadsSkipsAndPositionsMatchTheJakartaStream() throws Exception {
    Random random = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      InputStream ours = message().openStream();
      SharedByteArrayInputStream theirs = new SharedByteArrayInputStream(BYTES);
      ByteArrayOutputStream a = new ByteArrayOutputStream();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      for (int step = 0; step < 40; step++) {
        int op = random.nextInt(4);
        if (op == 0) {
          int x = ours.read();
          int y = theirs.read();
          assertEquals(y, x);
          a.write(x);
          b.write(y);
        } else if (op == 1) {
          int n = random.nextInt(12);
          byte[] x = new byte[n + 2];
          byte[] y = new byte[n + 2];
          assertEquals(theirs.read(y, 1, n), ours.read(x, 1, n));
          assertArrayEquals(y, x);
        } else if (op == 2) {
          long n = random.nextInt(9) - 2;
          assertEquals(theirs.skip(n), ours.skip(n));
        } else {
          assertEquals(theirs.available(), ours.available());
          assertEquals(theirs.getPosition(), ((SharedInputStream) ours).getPosition());
        }
      }
      assertArrayEquals(b.toByteArray(), a.toByteArray());
    }
  }

  @Test
  void aPartIsAStreamOfTheSameRangeAndKind() throws IOException {
    SharedInputStream ours = (SharedInputStream) message().openStream();
    SharedByteArrayInputStream theirs = new SharedByteArrayInputStream(BYTES);

    InputStream body = ours.newStream(36, -1);
    InputStream line = ((SharedInputStream) body).newStream(2, 10);

    assertInstanceOf(ours.getClass(), body);
    assertArrayEquals(theirs.newStream(36, -1).readAllBytes(), body.readAllBytes());
    assertArrayEquals(((SharedInputStream) theirs.newStream(36, -1)).newStream(2, 10).readAllBytes(),
        line.readAllBytes());
    assertEquals(-1, line.read());
    assertEquals(-1, line.read(new byte[0], 0, 0));
  }
}
