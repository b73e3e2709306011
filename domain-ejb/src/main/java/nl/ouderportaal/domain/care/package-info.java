/**
 * Care beyond the contract: the agenda, requests for extra and flexible care with their approval
 * (at once, or by the service desk), cancellation before the deadline, absences, the group's
 * occupancy, and the charges that go on the invoice.
 */
package nl.ouderportaal.domain.care;
