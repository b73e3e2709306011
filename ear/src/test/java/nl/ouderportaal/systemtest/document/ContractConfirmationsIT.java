package nl.ouderportaal.systemtest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.billing.ContractConfirmations;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.PdfText;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contracts on 'Documenten en jaaropgaven' on the real server: every contract of the family's
 * children as a confirmation made from the contract (the fixture contract: Monday morning and
 * afternoon, 528 h x 10.95 = 5,781.60 a year, 481.80 a month), for the family's parents and the
 * service desk of its organisation only, and for the parents no longer once their weeks of access
 * after the end of care are over.
 */
@ExtendWith(ArquillianExtension.class)
public class ContractConfirmationsIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(ContractConfirmationsIT.class);
  }

  @Inject private Fixtures fixtures;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/ContractConfirmations")
  private ContractConfirmations confirmations;

  @Test
  public void aParentGetsTheContractsOfTheirChildrenNewestFirstAndThePdfShowsTheFigures()
      throws Exception {
    Scenario s = fixtures.scenario();
    LocalDate today = LocalDate.now();
    // Ada's contract ran last year: it is the older one, and has ended
    fixtures.careBetween(s.childA2(), today.minusYears(2), today.minusYears(1));

    List<ContractConfirmations.Line> mine =
        Caller.as(s.parentAAccount(), "PARENT", () -> confirmations.mine());

    assertThat(mine)
        .extracting(ContractConfirmations.Line::childName, ContractConfirmations.Line::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                s.childA1Name(), ContractConfirmations.Status.RUNNING),
            org.assertj.core.groups.Tuple.tuple(
                s.childA2Name(), ContractConfirmations.Status.ENDED));
    assertThat(mine.get(0).careType()).isEqualTo(CareType.DAYCARE);
    assertThat(mine.get(0).end()).isNull();
    assertThat(mine.get(1).end()).isEqualTo(today.minusYears(1));

    ContractConfirmations.Pdf pdf =
        Caller.as(s.parentAAccount(), "PARENT", () -> confirmations.pdf(mine.get(0).id()));

    assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.file().contentType()).isEqualTo("application/pdf");
    assertThat(pdf.file().sizeBytes()).isEqualTo(pdf.content().length);
    assertThat(pdf.file().fileName()).startsWith("contractbevestiging-abel-").endsWith(".pdf");
    assertThat(PdfText.of(pdf.content()))
        .contains("Contractbevestiging")
        .contains(fixtures.lrkNumberOf(s.groupX()))
        .contains(s.childA1Name(), s.parentAName(), s.familyAName())
        .contains("maandag", "ochtend 07:30-13:00", "middag 13:00-18:30")
        .contains("528,00", "10,95", "5.781,60", "481,80")
        .contains("onbepaalde tijd")
        .contains("Stel een vraag");
  }

  @Test
  public void anotherFamilysContractAndAGuessedIdDoNotExist() throws Exception {
    Scenario s = fixtures.scenario();
    UUID contractOfA =
        Caller.as(s.parentAAccount(), "PARENT", () -> confirmations.mine()).get(0).id();

    assertThat(Caller.as(s.parentBAccount(), "PARENT", () -> confirmations.mine()))
        .hasSize(2)
        .extracting(ContractConfirmations.Line::id)
        .doesNotContain(contractOfA);
    for (Object[] caller :
        new Object[][] {{s.parentBAccount(), "PARENT"}, {s.staffXAccount(), "STAFF"}}) {
      assertThatThrownBy(
              () ->
                  Caller.as(
                      (UUID) caller[0], (String) caller[1], () -> confirmations.pdf(contractOfA)))
          .as("contract of family A for %s", caller[1])
          .isInstanceOf(NotFoundException.class);
    }
    assertThatThrownBy(
            () ->
                Caller.as(s.parentAAccount(), "PARENT", () -> confirmations.pdf(UUID.randomUUID())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                Caller.as(s.parentBAccount(), "PARENT", () -> confirmations.ofFamily(s.familyA())))
        .isInstanceOf(NotFoundException.class);

    // the service desk of the organisation has it, the one of another organisation does not
    assertThat(
            Caller.as(
                s.serviceDeskAccount(), "SERVICEDESK", () -> confirmations.ofFamily(s.familyA())))
        .extracting(ContractConfirmations.Line::id)
        .contains(contractOfA);
    assertThat(
            Caller.as(s.serviceDeskAccount(), "SERVICEDESK", () -> confirmations.pdf(contractOfA))
                .content())
        .isNotEmpty();
    Scenario other = fixtures.scenario();
    assertThatThrownBy(
            () ->
                Caller.as(
                    other.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> confirmations.pdf(contractOfA)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void afterTheWeeksOfAccessAfterCareTheParentsGetNoContractsAndTheServiceDeskStillDoes()
      throws Exception {
    Scenario s = fixtures.scenario();
    LocalDate today = LocalDate.now();
    UUID contract = Caller.as(s.parentAAccount(), "PARENT", () -> confirmations.mine()).get(0).id();

    // care ended two weeks ago: within the eight weeks the parents can still download
    fixtures.endCare(s.familyA(), today.minusWeeks(2));
    assertThat(Caller.as(s.parentAAccount(), "PARENT", () -> confirmations.mine()))
        .hasSize(2)
        .allSatisfy(
            line -> assertThat(line.status()).isEqualTo(ContractConfirmations.Status.ENDED));
    assertThat(Caller.as(s.parentAAccount(), "PARENT", () -> confirmations.pdf(contract)))
        .isNotNull();

    // ten weeks ago: their access is over
    fixtures.endCare(s.familyA(), today.minusWeeks(10));
    assertThat(Caller.as(s.parentAAccount(), "PARENT", () -> confirmations.mine())).isEmpty();
    assertThatThrownBy(
            () -> Caller.as(s.parentAAccount(), "PARENT", () -> confirmations.pdf(contract)))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            Caller.as(s.serviceDeskAccount(), "SERVICEDESK", () -> confirmations.pdf(contract))
                .content())
        .isNotEmpty();
  }
}
