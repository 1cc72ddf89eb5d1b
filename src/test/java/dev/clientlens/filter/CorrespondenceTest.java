package dev.clientlens.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clientlens.domain.EmailAddress;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Mailbox;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorrespondenceTest {
  private static final ClientKeys KEYS = new ClientKeys(ClientList.EMPTY);
  private static final EmailAddress ME = EmailAddress.parse("ingrid@fjordlys.no").orElseThrow();
  private final Correspondence rules = new Correspondence(new Owner(Set.of(ME), Set.of("fjordlys.no")), KEYS);

  private static Mailbox box(String address) {
    return new Mailbox(EmailAddress.parse(address).orElseThrow(), "");
  }

  private String judge(String from, List<String> to, List<String> cc) {
    Correspondence.Judgement j = rules.judge(Optional.of(box(from)),
        to.stream().map(CorrespondenceTest::box).toList(), cc.stream().map(CorrespondenceTest::box).toList());
    return j.verdict().countedAs().label() + j.client().map(c -> " " + c.value()).orElse("");
  }

  @Test
  void clientMailIsInboundForTheSendersClient() {
    assertEquals("client_in acme.no", judge("kari@mail.acme.no", List.of("ingrid@fjordlys.no"), List.of()));
  }

  @Test
  void ourMailGoesToTheFirstExternalRecipient() {
    assertEquals("client_out acme.no",
        judge("ingrid@fjordlys.no", List.of("per@fjordlys.no", "kari@acme.no"), List.of("x@other.no")));
    assertEquals("client_out acme.no", judge("ingrid@fjordlys.no", List.of("per@fjordlys.no"), List.of("kari@acme.no")));
  }

  @Test
  void ourMailCountsForEveryClientItWasAddressedToInTheOrderAddressed() {
    Correspondence.Judgement j = rules.judge(Optional.of(box("ingrid@fjordlys.no")),
        List.of(box("per@fjordlys.no"), box("kari@acme.no"), box("ola@acme.no")),
        List.of(box("x@other.no"), box("me@gmail.com")));
    assertEquals(List.of("acme.no", "other.no", "me@gmail.com"),
        j.parties().stream().map(p -> p.client().value()).toList());
    assertEquals("kari@acme.no", j.parties().get(0).counterpart().address().toString());
    assertEquals("from us to kari@acme.no and 2 more clients", j.verdict().reason());
  }

  @Test
  void mailAmongOurselvesAndFromColleaguesIsInternal() {
    assertEquals("internal", judge("ingrid@fjordlys.no", List.of("per@fjordlys.no"), List.of()));
    assertEquals("internal", judge("per@fjordlys.no", List.of("ingrid@fjordlys.no"), List.of()));
    assertEquals("internal", judge("per@fjordlys.no", List.of("kari@acme.no"), List.of()));
  }

  @Test
  void noSenderIsOther() {
    assertEquals("other", rules.judge(Optional.empty(), List.of(box("ingrid@fjordlys.no")), List.of()).verdict().countedAs().label());
  }

  @Test
  void ownerIsTheDominantSentFolderSender() {
    OwnerInference inference = new OwnerInference();
    for (int i = 0; i < 5; i++) {
      inference.observe(FolderRole.SENT, Optional.of(box("ingrid@fjordlys.no")), List.of(box("kari@acme.no")));
    }
    inference.observe(FolderRole.SENT, Optional.of(box("per@fjordlys.no")), List.of(box("kari@acme.no")));
    for (int i = 0; i < 20; i++) {
      inference.observe(FolderRole.INBOX, Optional.of(box("kari@acme.no")), List.of(box("other@x.no")));
    }
    OwnerInference.Inferred inferred = inference.infer(KEYS).orElseThrow();
    assertEquals(Set.of(ME), inferred.owner().addresses());
    assertEquals(Set.of("fjordlys.no"), inferred.owner().domains());
    assertEquals("the sender of 5 of 6 messages in the Sent folder", inferred.reason());
  }

  @Test
  void everyoneWhoSentAFairShareOfTheSentFolderIsUs() {
    OwnerInference inference = new OwnerInference();
    for (int i = 0; i < 80; i++) {
      inference.observe(FolderRole.SENT, Optional.of(box("david.delainey@enron.com")), List.of(box("k@acme.no")));
    }
    for (int i = 0; i < 10; i++) {
      inference.observe(FolderRole.SENT, Optional.of(box("kay.chapman@enron.com")), List.of(box("k@acme.no")));
      inference.observe(FolderRole.SENT, Optional.of(box("w..delainey@enron.com")), List.of(box("k@acme.no")));
    }
    inference.observe(FolderRole.SENT, Optional.of(box("once@enron.com")), List.of(box("k@acme.no")));
    OwnerInference.Inferred inferred = inference.infer(KEYS).orElseThrow();
    assertEquals(Set.of("david.delainey@enron.com", "kay.chapman@enron.com", "w..delainey@enron.com"),
        inferred.owner().addresses().stream().map(EmailAddress::toString).collect(java.util.stream.Collectors.toSet()));
    assertEquals("the senders of the Sent folder (david.delainey@enron.com 80, kay.chapman@enron.com 10, "
        + "w..delainey@enron.com 10 of 101 messages)", inferred.reason());
  }

  @Test
  void withoutASentFolderTheOwnerIsTheMostFrequentRecipientAndFreemailGivesNoDomain() {
    OwnerInference inference = new OwnerInference();
    inference.observe(FolderRole.INBOX, Optional.of(box("kari@acme.no")), List.of(box("me@gmail.com")));
    inference.observe(FolderRole.INBOX, Optional.of(box("ola@acme.no")), List.of(box("me@gmail.com"), box("x@y.no")));
    OwnerInference.Inferred inferred = inference.infer(KEYS).orElseThrow();
    assertEquals(Set.of(EmailAddress.parse("me@gmail.com").orElseThrow()), inferred.owner().addresses());
    assertEquals(Set.of(), inferred.owner().domains());
  }
}
