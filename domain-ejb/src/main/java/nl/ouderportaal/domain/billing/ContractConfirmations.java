package nl.ouderportaal.domain.billing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.document.FileDownload;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.FamilyCare;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.LocationCalendar;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * 'Contracten' on 'Documenten en jaaropgaven': every contract of a family's children as a
 * contractbevestiging (PDF), made from the contract when it is asked for, so it always shows the
 * agreement as it stands. For the family's parents as long as they can log in (like their other
 * documents), and for the service desk of the organisation. Another family's contract does not
 * exist for the caller.
 */
@Stateless
public class ContractConfirmations {

  /** Where a contract stands today. */
  public enum Status {
    COMING,
    RUNNING,
    ENDED
  }

  /**
   * A contract in the list.
   *
   * @param end the last day, or null when the contract has no end
   */
  public record Line(
      UUID id,
      String childName,
      CareType careType,
      String locationName,
      LocalDate start,
      LocalDate end,
      Status status)
      implements Serializable {}

  /** The PDF of one confirmation, a few kilobytes, and how to answer its download. */
  public record Pdf(FileDownload file, byte[] content) {

    public Pdf {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(content, "content");
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private FamilyCare care;
  @Inject private LocationCalendar calendar;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  /**
   * The contracts of the calling parent's children, the latest start first; none once the family's
   * access after the end of care is over.
   */
  public List<Line> mine() {
    Family family = access.familyOfCaller();
    return accessEnded(family) ? List.of() : of(family);
  }

  /** A family's contracts, for the service desk of its organisation; the latest start first. */
  public List<Line> ofFamily(UUID familyId) {
    currentUser.require(Role.SERVICEDESK);
    return of(access.readableFamily(familyId));
  }

  /** The confirmation of a contract, made now, if the caller may have it. */
  public Pdf pdf(UUID contractId) {
    Contract contract = readable(contractId);
    Family family = contract.child().family();
    List<String> parents =
        em.createNamedQuery("Parent.findByFamily", Parent.class)
            .setParameter("family", family)
            .getResultStream()
            .map(Parent::fullName)
            .toList();
    ContractConfirmationPdf pdf =
        new ContractConfirmationPdf(
            contract, parents, calendar.times(contract.location()), LocalDate.now(clock));
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
    try {
      pdf.writeTo(out);
    } catch (IOException cannotHappenInMemory) {
      throw new UncheckedIOException(cannotHappenInMemory);
    }
    byte[] content = out.toByteArray();
    return new Pdf(
        new FileDownload(pdf.fileName(), "application/pdf", content.length, sha256(content)),
        content);
  }

  private List<Line> of(Family family) {
    // the children themselves, not only their ids: each contract then finds its child's name in
    // the persistence context instead of loading it with a query of its own
    List<Child> children =
        em.createQuery("select c from Child c where c.family = :family", Child.class)
            .setParameter("family", family)
            .getResultList();
    if (children.isEmpty()) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    return em.createNamedQuery("Contract.ofChildren", Contract.class)
        .setParameter("children", children.stream().map(Child::id).toList())
        .getResultStream()
        .sorted(
            Comparator.comparing((Contract c) -> c.period().start())
                .reversed()
                .thenComparing(c -> c.child().fullName()))
        .map(c -> line(c, today))
        .toList();
  }

  private static Line line(Contract contract, LocalDate today) {
    Status status =
        today.isBefore(contract.period().start())
            ? Status.COMING
            : contract.isActiveOn(today) ? Status.RUNNING : Status.ENDED;
    Child child = contract.child();
    return new Line(
        contract.id(),
        child.fullName(),
        contract.careType(),
        contract.location().name(),
        contract.period().start(),
        contract.period().end(),
        status);
  }

  /** The contract, if the caller may have it: parents only while they have access. */
  private Contract readable(UUID contractId) {
    Contract contract = contractId == null ? null : em.find(Contract.class, contractId);
    if (contract == null) {
      throw new NotFoundException();
    }
    Family family = access.readableFamily(contract.child().family().id());
    if (!currentUser.is(Role.SERVICEDESK) && accessEnded(family)) {
      throw new NotFoundException();
    }
    return contract;
  }

  /** Whether the family's weeks of access after the end of care are over. */
  private boolean accessEnded(Family family) {
    LocalDate today = LocalDate.now(clock);
    return care.lastDayOfAccess(family).filter(today::isAfter).isPresent();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
