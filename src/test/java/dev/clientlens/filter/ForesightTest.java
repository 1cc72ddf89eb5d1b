package dev.clientlens.filter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The guesses made while mail is read: without a login or a Sent folder, the owner is guessed from the
 * recipients, so that a colleague's mail is seen to be internal, and not analysed, long before the end.
 */
class ForesightTest {
  private static Mailbox box(String address) {
    return new Mailbox(EmailAddress.parse(address).orElseThrow(), "");
  }

  private static final Optional<OffsetDateTime> DATE = Optional.of(OffsetDateTime.parse("2026-04-14T09:12:33+02:00"));

  private static boolean colleagueCannotCount(Counting.Foresight foresight) {
    List<Mailbox> toUs = List.of(box("ingrid@fjordlys.no"));
    return foresight.cannotCount(Optional.of(box("per@fjordlys.no")), toUs, List.of(), 1, DATE, List.of());
  }

  @Test
  void withoutASentFolderTheOwnerIsGuessedFromTheRecipients() {
    Counting counting = new Counting(Optional.empty(), new ClientKeys(ClientList.EMPTY), Optional.empty(),
        Optional.empty(), List.of(), notice -> { });
    Counting.Foresight foresight = counting.foresight();
    for (int i = 1; i < Counting.GUESS_BY_RECIPIENTS_EVERY; i++) {
      foresight.observe(FolderRole.INBOX, Optional.of(box("client" + i % 7 + "@acme" + i % 3 + ".no")),
          List.of(box("ingrid@fjordlys.no")), List.of());
    }
    assertFalse(colleagueCannotCount(foresight), "no guess yet: every sender may be a client");
    assertFalse(foresight.isOurs(FolderRole.INBOX, Optional.of(box("ingrid@fjordlys.no"))));

    foresight.observe(FolderRole.INBOX, Optional.of(box("kari@acme.no")), List.of(box("ingrid@fjordlys.no")),
        List.of());

    assertTrue(colleagueCannotCount(foresight), "guessed: fjordlys.no is ours, and a colleague's mail internal");
    assertTrue(foresight.isOurs(FolderRole.INBOX, Optional.of(box("ingrid@fjordlys.no"))));
    assertFalse(foresight.cannotCount(Optional.of(box("kari@acme.no")), List.of(box("ingrid@fjordlys.no")),
        List.of(), 1, DATE, List.of()), "a client's mail to us may count");
  }
}
