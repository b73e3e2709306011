package nl.ouderportaal.domain.family;

import java.util.UUID;

/**
 * A child's contracts were added, changed or ended, in the current transaction: what follows from
 * them (the credits of their flex hours) is brought up to date by its observers, in the same
 * transaction.
 */
public record ContractsChanged(UUID childId) {}
