package nl.ouderportaal.domain.account;

import java.util.UUID;

/** A CDI event: an account's login address changed (confirmed from a link sent to it). */
public record EmailChanged(UUID accountId, String oldEmail, String newEmail) {}
