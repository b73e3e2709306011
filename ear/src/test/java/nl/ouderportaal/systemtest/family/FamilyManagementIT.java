package nl.ouderportaal.systemtest.family;

import static nl.ouderportaal.systemtest.support.Caller.refusal;
import static nl.ouderportaal.systemtest.support.Caller.refused;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.account.AccountStatus;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.account.Authentication;
import nl.ouderportaal.domain.account.LoginResult.Outcome;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.billing.InvoiceDraft;
import nl.ouderportaal.domain.billing.InvoiceInput;
import nl.ouderportaal.domain.billing.InvoiceLine;
import nl.ouderportaal.domain.billing.InvoiceRun;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.credit.Credits;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.ContractForm;
import nl.ouderportaal.domain.family.Contracts;
import nl.ouderportaal.domain.family.Families;
import nl.ouderportaal.domain.family.GroupLoad;
import nl.ouderportaal.domain.family.Placements;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Locations;
import nl.ouderportaal.domain.organisation.Settings;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;
import nl.ouderportaal.domain.question.QuestionDraft;
import nl.ouderportaal.domain.question.QuestionQueue;
import nl.ouderportaal.domain.question.QuestionStatus;
import nl.ouderportaal.domain.question.Questions;
import nl.ouderportaal.domain.question.Topic;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service desk runs its families from the back-office: creates a family with parents and
 * children, gives the children contracts and groups, changes a contract from a date, ends one
 * child's care, removes a parent; with the rules on the way (no overlapping contracts, no group
 * that overflows) and the family's audit log. Nobody else does any of it. Every scenario's KDV
 * children have contract care on Mondays (morning and afternoon), in group X or Y of 12.
 */
@ExtendWith(ArquillianExtension.class)
public class FamilyManagementIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(FamilyManagementIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Families")
  private Families families;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Contracts")
  private Contracts contracts;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Placements")
  private Placements placements;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Locations")
  private Locations locations;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Credits")
  private Credits credits;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Children")
  private Children children;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Accounts")
  private Accounts accounts;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Authentication")
  private Authentication authentication;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Settings")
  private Settings settings;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/InvoiceRun")
  private InvoiceRun invoiceRun;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Questions")
  private Questions questions;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/QuestionQueue")
  private QuestionQueue queue;

  @Inject private Fixtures fixtures;

  private final LocalDate today = LocalDate.now(Clocks.ZONE);

  @Test
  public void theDeskCreatesAFamilyWithTwoParentsAndTwoChildrenWithContractsAndGroups()
      throws Exception {
    Scenario s = fixtures.scenario();
    String mail = s.token().toLowerCase(Locale.ROOT);
    LocalDate start = today.plusMonths(1).withDayOfMonth(1);

    UUID family =
        asDesk(
            s,
            () ->
                families.create(
                    "",
                    "Lindelaan 4",
                    "3581ab",
                    "Utrecht",
                    List.of(
                        new Families.NewParent(
                            "Mila",
                            "Jansen " + s.token(),
                            "mila-" + mail + "@test.example",
                            "06 1234 5678"),
                        new Families.NewParent(
                            "Joris",
                            "Jansen " + s.token(),
                            "joris-" + mail + "@test.example",
                            null))));
    UUID baby = asDesk(s, () -> families.addChild(family, "Fien", "Jansen", today.minusMonths(5)));
    UUID toddler =
        asDesk(s, () -> families.addChild(family, "Otis", "Jansen", today.minusYears(2)));
    UUID kdv = fixtures.locationOf(s.groupX());
    asDesk(
        s, () -> contracts.add(baby, form(kdv, start, null, s.groupX(), "44", DayOfWeek.TUESDAY)));
    asDesk(
        s,
        () -> contracts.add(toddler, form(kdv, start, null, s.groupY(), "0", DayOfWeek.TUESDAY)));

    Families.Detail detail = asDesk(s, () -> families.detail(family));
    assertThat(detail.name()).as("called after the first parent").isEqualTo("Jansen " + s.token());
    assertThat(detail.postalCode()).isEqualTo("3581 AB");
    assertThat(detail.parents())
        .extracting(Families.ParentLine::email)
        .containsExactlyInAnyOrder(
            "mila-" + mail + "@test.example", "joris-" + mail + "@test.example");
    assertThat(detail.children())
        .extracting(Families.ChildLine::name)
        .containsExactly("Otis Jansen", "Fien Jansen");
    Families.ChildLine fien = detail.children().get(1);
    assertThat(fien.contracts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.start()).isEqualTo(start);
              assertThat(c.end()).isNull();
              assertThat(c.hoursPerYear()).isEqualByComparingTo("528");
              assertThat(c.flex().daycare()).isEqualByComparingTo("44");
            });
    assertThat(fien.placements())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.groupId()).isEqualTo(s.groupX());
              assertThat(p.start()).isEqualTo(start);
            });
    for (Families.ParentLine parent : detail.parents()) {
      assertThat(
              asDesk(s, () -> accounts.states(List.of(parent.accountId()))).get(parent.accountId()))
          .satisfies(
              state -> {
                assertThat(state.status()).isEqualTo(AccountStatus.NEW);
                assertThat(state.invitedAt()).as("invitations follow the schedule").isNull();
              });
      assertThat(fixtures.outbox(parent.email())[0]).isZero();
    }

    // the flex hours of the contract are the child's credits of each year it covers
    Credits.ChildCredits fiensCredits = asDesk(s, () -> credits.ofChild(baby));
    assertThat(balance(fiensCredits, CreditType.DAYCARE_FLEX, today.getYear()))
        .as("pro rata this year: nothing when care starts next year")
        .isEqualByComparingTo(
            nl.ouderportaal.domain.family.FlexHours.proRata(
                new BigDecimal("44"),
                nl.ouderportaal.domain.platform.DateRange.from(start),
                today.getYear()));
    assertThat(balance(fiensCredits, CreditType.DAYCARE_FLEX, today.getYear() + 1))
        .isEqualByComparingTo("44");
    assertThat(fiensCredits.changes())
        .extracting(Credits.Change::kind)
        .containsOnly(nl.ouderportaal.domain.credit.MutationKind.CONTRACT);

    List<AuditLog.Entry> log = asDesk(s, () -> families.log(family, 0, 50));
    assertThat(log)
        .extracting(AuditLog.Entry::action)
        .containsOnly(
            "FAMILY_CREATED", "PARENT_ADDED", "CHILD_ADDED", "CONTRACT_ADDED", "PLACEMENT_ADDED");
    assertThat(log).hasSize(9);
    assertThat(log).extracting(AuditLog.Entry::actorName).containsOnly("Sara Servicepunt");
    assertThat(log)
        .filteredOn(e -> e.action().equals("CONTRACT_ADDED"))
        .extracting(AuditLog.Entry::after)
        .anySatisfy(
            text ->
                assertThat(text)
                    .contains("dinsdag hele dag", "528 uur per jaar", "44 uur KDV-flextegoed"));
    assertThat(asDesk(s, () -> families.logSize(family))).isEqualTo(9);
  }

  @Test
  public void aContractChangedFromADateEndsTheOldOneTheDayBeforeAndChangesTheInvoiceFromThatDay()
      throws Exception {
    Scenario s = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    UUID old =
        asDesk(s, () -> families.detail(s.familyA())).children().stream()
            .filter(c -> c.id().equals(s.childA1()))
            .findFirst()
            .orElseThrow()
            .contracts()
            .get(0)
            .id();
    YearMonth next = YearMonth.from(today).plusMonths(1);
    LocalDate from = next.atDay(15);

    UUID changed =
        asDesk(
            s,
            () ->
                contracts.change(
                    old,
                    from,
                    form(kdv, from, null, null, "0", DayOfWeek.MONDAY, DayOfWeek.TUESDAY)));

    List<Families.ContractLine> lines = contractsOf(s, s.familyA(), s.childA1());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).id()).isEqualTo(old);
    assertThat(lines.get(0).end()).isEqualTo(from.minusDays(1));
    assertThat(lines.get(1).id()).isEqualTo(changed);
    assertThat(lines.get(1).start()).isEqualTo(from);
    assertThat(lines.get(1).hoursPerYear()).isEqualByComparingTo("1056");

    // this month: the old contract as before; next month: the old one for 14 days, the new for 17
    List<InvoiceLine> thisMonth = invoiceLines(s.familyA(), YearMonth.from(today), s.childA1());
    assertThat(thisMonth)
        .singleElement()
        .satisfies(l -> assertThat(l.amount().amount()).isEqualByComparingTo("481.80"));
    List<InvoiceLine> nextMonth = invoiceLines(s.familyA(), next, s.childA1());
    assertThat(nextMonth).hasSize(2);
    int days = next.lengthOfMonth();
    assertThat(nextMonth.get(0).amount().amount())
        .isEqualByComparingTo(
            new BigDecimal("5781.60")
                .multiply(BigDecimal.valueOf(14))
                .divide(BigDecimal.valueOf(12L * days), 2, java.math.RoundingMode.HALF_UP));
    assertThat(nextMonth.get(1).amount().amount())
        .isEqualByComparingTo(
            new BigDecimal("11563.20")
                .multiply(BigDecimal.valueOf(days - 14))
                .divide(BigDecimal.valueOf(12L * days), 2, java.math.RoundingMode.HALF_UP));

    // a second KDV contract in the same period is refused
    BusinessException overlap =
        refusal(
            s.serviceDeskAccount(),
            "SERVICEDESK",
            () ->
                contracts.add(
                    s.childA1(),
                    form(kdv, next.plusMonths(2).atDay(1), null, null, "0", DayOfWeek.FRIDAY)));
    assertThat(overlap.messageKey()).isEqualTo("contract.overlaps");
    assertThat(contractsOf(s, s.familyA(), s.childA1())).hasSize(2);

    List<AuditLog.Entry> log = asDesk(s, () -> families.log(s.familyA(), 0, 10));
    assertThat(log.get(0).action()).isEqualTo("CONTRACT_CHANGED");
    assertThat(log.get(0).before()).contains("maandag hele dag", "528 uur per jaar");
    assertThat(log.get(0).after()).contains("maandag en dinsdag hele dag", "1.056 uur per jaar");
  }

  @Test
  public void aPlacementOrCapacityThatTheGroupDoesNotFitIsRefusedWithTheDays() throws Exception {
    Scenario s = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    Locations.GroupLine x = groupX(s);
    // group X has Abel and Bo on Mondays: two fit exactly
    asDesk(
        s,
        () -> {
          locations.changeGroup(
              s.groupX(),
              new Locations.GroupForm(
                  x.name(), 0, 48, java.util.Map.of(DayPart.MORNING, 2, DayPart.AFTERNOON, 2)));
          return null;
        });

    UUID cas =
        asDesk(s, () -> families.addChild(s.familyA(), "Cas", "Aalbers", today.minusYears(1)));
    asDesk(s, () -> contracts.add(cas, form(kdv, today, null, null, "0", DayOfWeek.MONDAY)));
    BusinessException full =
        refusal(
            s.serviceDeskAccount(),
            "SERVICEDESK",
            () -> placements.place(cas, s.groupX(), today, null));

    assertThat(full.messageKey()).isEqualTo("group.overflow");
    @SuppressWarnings("unchecked")
    List<GroupLoad.Overflow> days = (List<GroupLoad.Overflow>) full.arguments().get(1);
    LocalDate monday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    assertThat(days).first().isEqualTo(new GroupLoad.Overflow(monday, DayPart.MORNING, 3, 2));
    assertThat(days).hasSizeGreaterThan(1);
    assertThat(
            asDesk(s, () -> families.detail(s.familyA())).children().stream()
                .filter(c -> c.id().equals(cas))
                .findFirst()
                .orElseThrow()
                .placements())
        .as("nothing stored")
        .isEmpty();

    // a contract for a child already in the group that makes it overflow is refused too
    BusinessException lower =
        refusal(
            s.serviceDeskAccount(),
            "SERVICEDESK",
            () ->
                locations.changeGroup(
                    s.groupX(),
                    new Locations.GroupForm(
                        x.name(),
                        0,
                        48,
                        java.util.Map.of(DayPart.MORNING, 1, DayPart.AFTERNOON, 2))));
    assertThat(lower.messageKey()).isEqualTo("group.overflow");
    assertThat(groupX(s).capacities()).containsEntry(DayPart.MORNING, 2);

    // the legal cap of a KDV group
    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () ->
                        locations.changeGroup(
                            s.groupX(),
                            new Locations.GroupForm(
                                x.name(),
                                0,
                                48,
                                java.util.Map.of(DayPart.MORNING, 17, DayPart.AFTERNOON, 16))))
                .messageKey())
        .isEqualTo("group.capacityOverCap");
  }

  @Test
  public void theEndOfOneChildsCareLeavesTheFamilyItsAccessAndTheChildGoesAfterTheWindow()
      throws Exception {
    Scenario s = fixtures.scenario();
    LocalDate yesterday = today.minusDays(1);

    asDesk(
        s,
        () -> {
          contracts.endCare(s.childA1(), yesterday);
          return null;
        });

    Families.ChildLine abel = child(s, s.familyA(), s.childA1());
    assertThat(abel.contracts())
        .singleElement()
        .satisfies(c -> assertThat(c.end()).isEqualTo(yesterday));
    assertThat(abel.placements())
        .singleElement()
        .satisfies(p -> assertThat(p.end()).isEqualTo(yesterday));
    assertThat(abel.careEnd()).isEqualTo(yesterday);
    assertThat(abel.lastDayOfAccess()).isEqualTo(yesterday.plusWeeks(8));
    assertThat(asDesk(s, () -> families.detail(s.familyA())).lastDayOfAccess())
        .as("Ada is still in care: the family has no end")
        .isNull();
    assertThat(Caller.as(s.parentAAccount(), "PARENT", children::ofMyFamily))
        .as("within the weeks after care the parents still see Abel")
        .extracting(ChildSummary::id)
        .containsExactlyInAnyOrder(s.childA1(), s.childA2());

    // no weeks after care: Abel is gone for the parents, Ada and the login stay
    asDesk(
        s,
        () -> {
          settings.changeAccountPolicies(2, 0);
          return null;
        });
    assertThat(Caller.as(s.parentAAccount(), "PARENT", children::ofMyFamily))
        .extracting(ChildSummary::id)
        .containsExactly(s.childA2());
    refused(s.parentAAccount(), "PARENT", () -> children.child(s.childA1()));
    assertThat(
            authentication
                .verify(s.parentAEmail(), Scenario.PASSWORD.toCharArray(), null)
                .outcome())
        .isEqualTo(Outcome.SUCCESS);
    assertThat(asDesk(s, () -> families.log(s.familyA(), 0, 1)).get(0).action())
        .isEqualTo("CARE_ENDED");
  }

  @Test
  public void aRemovedParentLosesAccessAtOnceAndAFamilyKeepsOneParent() throws Exception {
    Scenario s = fixtures.scenario();
    String mail = "tweede-" + s.token().toLowerCase(Locale.ROOT) + "@test.example";
    UUID parentA = parentOf(s, s.familyA(), s.parentAAccount());

    assertThat(
            refusal(s.serviceDeskAccount(), "SERVICEDESK", () -> families.removeParent(parentA))
                .messageKey())
        .isEqualTo("family.lastParent");
    asDesk(s, () -> families.addParent(s.familyA(), "Tim", "Aalbers", mail, null));
    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> families.addParent(s.familyA(), "Derde", "Ouder", "derde-" + mail, null))
                .messageKey())
        .isEqualTo("family.tooManyParents");

    asDesk(
        s,
        () -> {
          families.removeParent(parentA);
          return null;
        });

    refused(s.parentAAccount(), "PARENT", children::ofMyFamily);
    assertThat(
            authentication
                .verify(s.parentAEmail(), Scenario.PASSWORD.toCharArray(), null)
                .outcome())
        .isEqualTo(Outcome.BLOCKED);
    assertThat(asDesk(s, () -> families.detail(s.familyA())).parents())
        .extracting(Families.ParentLine::email)
        .containsExactly(mail);
    AuditLog.Entry removed = asDesk(s, () -> families.log(s.familyA(), 0, 1)).get(0);
    assertThat(removed.action()).isEqualTo("PARENT_REMOVED");
    assertThat(removed.before()).contains(s.parentAEmail());
    assertThat(removed.after()).isNull();
  }

  @Test
  public void aContractChangeAskedThroughAQuestionIsMadeAndAnsweredInWordsTheParentsRead()
      throws Exception {
    Scenario s = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    UUID question =
        Caller.as(
            s.parentAAccount(),
            "PARENT",
            () ->
                questions.ask(
                    new QuestionDraft(
                        Topic.CONTRACT_CHANGE,
                        s.childA1(),
                        "Abel ook op dinsdag",
                        "Kan Abel vanaf volgende maand ook op dinsdag komen?")));
    UUID old = contractsOf(s, s.familyA(), s.childA1()).get(0).id();
    LocalDate from = YearMonth.from(today).plusMonths(1).atDay(1);

    asDesk(
        s,
        () ->
            queue.changeContract(
                question,
                old,
                from,
                form(kdv, from, null, null, "0", DayOfWeek.MONDAY, DayOfWeek.TUESDAY)));

    Questions.Detail answered =
        Caller.as(s.parentAAccount(), "PARENT", () -> questions.question(question));
    assertThat(answered.question().status()).isEqualTo(QuestionStatus.ANSWERED);
    assertThat(answered.messages()).hasSize(2);
    assertThat(answered.messages().get(1).text())
        .startsWith("We hebben de opvang van Abel aangepast. Vanaf ")
        .contains(
            "maandag en dinsdag hele dag",
            "1.056 uur per jaar à € 10,95",
            "blijft het zoals het was: maandag hele dag");
    assertThat(contractsOf(s, s.familyA(), s.childA1())).hasSize(2);
  }

  @Test
  public void onlyTheServiceDeskOfTheOrganisationManagesItsFamilies() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    UUID contract = contractsOf(s, s.familyA(), s.childA1()).get(0).id();
    UUID placement = child(s, s.familyA(), s.childA1()).placements().get(0).id();
    UUID parent = parentOf(s, s.familyB(), s.parentBAccount());
    LocalDate from = today.plusMonths(1);
    record Intruder(UUID account, String role) {}
    for (Intruder intruder :
        List.of(
            new Intruder(s.parentAAccount(), "PARENT"),
            new Intruder(s.staffXAccount(), "STAFF"),
            new Intruder(other.serviceDeskAccount(), "SERVICEDESK"))) {
      UUID id = intruder.account();
      String role = intruder.role();
      refused(id, role, () -> families.detail(s.familyA()));
      refused(id, role, () -> families.name(s.familyA()));
      refused(id, role, () -> credits.ofFamily(s.familyA()));
      refused(
          id, role, () -> families.changeDetails(s.familyA(), "X", "Straat 1", "1234 AB", "Stad"));
      refused(
          id,
          role,
          () ->
              families.addParent(
                  s.familyA(), "I", "Indringer", "i-" + role + s.token() + "@test.example", null));
      refused(id, role, () -> families.changeParent(parent, "I", "Indringer", null, null));
      refused(id, role, () -> families.removeParent(parent));
      refused(
          id, role, () -> families.addChild(s.familyA(), "I", "Indringer", today.minusYears(1)));
      refused(
          id, role, () -> families.changeChild(s.childA1(), "I", "Indringer", today.minusYears(1)));
      refused(id, role, () -> families.log(s.familyA(), 0, 10));
      refused(id, role, () -> families.mailsOf(s.familyA()));
      refused(
          id,
          role,
          () -> contracts.add(s.childA1(), form(kdv, from, null, null, "0", DayOfWeek.FRIDAY)));
      refused(
          id,
          role,
          () ->
              contracts.change(contract, from, form(kdv, from, null, null, "0", DayOfWeek.FRIDAY)));
      refused(id, role, () -> contracts.endCare(s.childA1(), from));
      refused(id, role, () -> placements.place(s.childA1(), s.groupY(), from, null));
      refused(id, role, () -> placements.move(s.childA1(), s.groupY(), from));
      refused(id, role, () -> placements.end(placement, from));
    }
    refused(
        s.parentAAccount(),
        "PARENT",
        () ->
            families.create(
                "X",
                "Straat 1",
                "1234 AB",
                "Stad",
                List.of(
                    new Families.NewParent("I", "I", "i-" + s.token() + "@test.example", null))));
    refused(
        s.staffXAccount(),
        "STAFF",
        () ->
            families.create(
                "X",
                "Straat 1",
                "1234 AB",
                "Stad",
                List.of(
                    new Families.NewParent("I", "I", "j-" + s.token() + "@test.example", null))));
    // the desk of another organisation cannot use our locations or groups for its own children
    refused(
        other.serviceDeskAccount(),
        "SERVICEDESK",
        () -> contracts.add(other.childA1(), form(kdv, from, null, null, "0", DayOfWeek.FRIDAY)));
    refused(
        other.serviceDeskAccount(),
        "SERVICEDESK",
        () -> placements.place(other.childA1(), s.groupX(), from, null));

    assertThat(contractsOf(s, s.familyA(), s.childA1())).hasSize(1);
    assertThat(asDesk(s, () -> families.log(s.familyA(), 0, 10))).isEmpty();
    assertThat(asDesk(s, () -> families.name(s.familyA()))).isEqualTo(s.familyAName());
    assertThat(asDesk(s, () -> credits.ofFamily(s.familyA())))
        .extracting(Credits.ChildCredits::childId)
        .containsExactly(s.childA2(), s.childA1());
  }

  @Test
  public void theDeskSeesTheMailsOfAParentWithoutTheirText() throws Exception {
    Scenario s = fixtures.scenario();
    String mail = "nieuw-" + s.token().toLowerCase(Locale.ROOT) + "@test.example";
    UUID parent = asDesk(s, () -> families.addParent(s.familyB(), "Nina", "Bakker", mail, null));
    asDesk(
        s,
        () -> {
          invitationsOf().invite(parent);
          return null;
        });

    var mails = asDesk(s, () -> families.mailsOf(s.familyB())).get(parent);
    assertThat(mails)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject()).startsWith("Welkom bij het ouderportaal");
              assertThat(m.attempts()).isGreaterThanOrEqualTo(0);
              assertThat(m.queuedAt()).isNotNull();
            });
    assertThat(nl.ouderportaal.domain.notification.MailLog.Mail.class.getRecordComponents())
        .extracting(c -> c.getName())
        .doesNotContain("textBody", "htmlBody", "text", "html", "body");
  }

  private nl.ouderportaal.domain.family.Invitations invitationsOf() throws Exception {
    return (nl.ouderportaal.domain.family.Invitations)
        new javax.naming.InitialContext().lookup("java:global/ouderportaal/domain-ejb/Invitations");
  }

  private Locations.GroupLine groupX(Scenario s) throws Exception {
    return asDesk(s, locations::list).stream()
        .flatMap(l -> l.groups().stream())
        .filter(g -> g.id().equals(s.groupX()))
        .findFirst()
        .orElseThrow();
  }

  private List<InvoiceLine> invoiceLines(UUID family, YearMonth month, UUID child) {
    InvoiceInput input = invoiceRun.inputFor(family, month);
    InvoiceDraft draft = new InvoiceDraft(input.family(), input.parents(), month);
    input.contracts().stream()
        .filter(c -> c.child().id().equals(child))
        .forEach(draft::addContractCare);
    return draft.lines();
  }

  private List<Families.ContractLine> contractsOf(Scenario s, UUID family, UUID child)
      throws Exception {
    return child(s, family, child).contracts();
  }

  private Families.ChildLine child(Scenario s, UUID family, UUID child) throws Exception {
    return asDesk(s, () -> families.detail(family)).children().stream()
        .filter(c -> c.id().equals(child))
        .findFirst()
        .orElseThrow();
  }

  private UUID parentOf(Scenario s, UUID family, UUID account) throws Exception {
    return asDesk(s, () -> families.detail(family)).parents().stream()
        .filter(p -> account.equals(p.accountId()))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static BigDecimal balance(Credits.ChildCredits credits, CreditType type, int year) {
    return credits.balances().stream()
        .filter(b -> b.type() == type && b.validUntil().getYear() == year)
        .map(Credits.Balance::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A KDV contract of whole days on the weekdays, 528 hours a year per weekday at 10.95. */
  private static ContractForm form(
      UUID location,
      LocalDate start,
      LocalDate end,
      UUID group,
      String flex,
      DayOfWeek... weekdays) {
    Set<ContractDay> days = new java.util.HashSet<>();
    for (DayOfWeek weekday : weekdays) {
      days.add(new ContractDay(weekday, DayPart.MORNING));
      days.add(new ContractDay(weekday, DayPart.AFTERNOON));
    }
    return new ContractForm(
        location,
        days,
        new BigDecimal(528L * weekdays.length),
        new BigDecimal("10.95"),
        new BigDecimal(flex),
        null,
        null,
        start,
        end,
        group);
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
