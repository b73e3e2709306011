package nl.ouderportaal.domain.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which credits pay for some hours of care: of the chosen type, valid on the day of care (and not
 * expired today), the one that expires first is spent first; when it does not cover everything, the
 * next one pays the rest.
 */
public final class CreditAllocation {

  /** A batch of credit as the allocation sees it. */
  public record Batch(UUID accountId, CreditType type, LocalDate validUntil, BigDecimal balance) {}

  /** Hours taken from one batch. */
  public record Take(UUID accountId, BigDecimal hours) {}

  private CreditAllocation() {}

  /** The hours taken per batch, or empty when the usable batches do not cover the hours. */
  public static Optional<List<Take>> allocate(
      List<Batch> batches, CreditType type, LocalDate careDay, LocalDate today, BigDecimal hours) {
    List<Batch> usable = usable(batches, type, careDay, today);
    List<Take> takes = new ArrayList<>();
    BigDecimal left = hours;
    for (Batch batch : usable) {
      if (left.signum() <= 0) {
        break;
      }
      BigDecimal take = batch.balance().min(left);
      if (take.signum() > 0) {
        takes.add(new Take(batch.accountId(), take));
        left = left.subtract(take);
      }
    }
    return left.signum() <= 0 ? Optional.of(takes) : Optional.empty();
  }

  /** What can be spent on that day: the total of the usable batches. */
  public static BigDecimal available(
      List<Batch> batches, CreditType type, LocalDate careDay, LocalDate today) {
    return usable(batches, type, careDay, today).stream()
        .map(Batch::balance)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static List<Batch> usable(
      List<Batch> batches, CreditType type, LocalDate careDay, LocalDate today) {
    return batches.stream()
        .filter(b -> b.type() == type)
        .filter(b -> !b.validUntil().isBefore(careDay) && !b.validUntil().isBefore(today))
        .filter(b -> b.balance().signum() > 0)
        .sorted(Comparator.comparing(Batch::validUntil))
        .toList();
  }
}
