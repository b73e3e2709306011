/**
 * Messages of a group: what the group workers tell all parents of the group, and each family's
 * conversation with the group (a parent's message is read by the staff, not by other parents).
 */
package nl.ouderportaal.domain.messaging;
