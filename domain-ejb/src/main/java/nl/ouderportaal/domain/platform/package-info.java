/**
 * The few cross-cutting helpers every feature uses: the clock, the current user, access checks,
 * business exceptions with message keys, and small value objects.
 */
package nl.ouderportaal.domain.platform;
