package nl.ouderportaal.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.BusinessException;
import org.junit.jupiter.api.Test;

class CareRequestTest {

  private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
  private final Family family =
      new Family(
          new Organisation("Kinderopvang De Zonnebloem", "servicepunt@zonnebloem.example", "030"),
          "De Vries",
          new Address("Oudegracht 210", "3511 NR", "Utrecht"));
  private final UUID desk = UUID.randomUUID();

  @Test
  void aRejectionNeedsAReasonThatFitsAndIsDecidedOnce() {
    CareRequest request = new CareRequest(family, UUID.randomUUID(), NOW);

    assertThatThrownBy(() -> request.reject(desk, NOW, "  "))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("review.reasonRequired");
    assertThatThrownBy(() -> request.reject(desk, NOW, "x".repeat(501)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("review.reasonTooLong");
    assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);

    request.reject(desk, NOW, " " + "x".repeat(500) + " ");

    assertThat(request.status()).isEqualTo(RequestStatus.REJECTED);
    assertThat(request.reason()).hasSize(500);
    assertThatThrownBy(() -> request.approve(desk, NOW, null))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("review.alreadyDecided");
  }

  @Test
  void anApprovalNoteThatDoesNotFitIsRefusedAndTheRequestStillWaits() {
    CareRequest request = new CareRequest(family, UUID.randomUUID(), NOW);

    assertThatThrownBy(() -> request.approve(desk, NOW, "y".repeat(501)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("review.reasonTooLong");
    assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);

    request.approve(desk, NOW, "Goed");
    assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
  }
}
