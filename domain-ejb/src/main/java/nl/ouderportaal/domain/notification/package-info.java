/**
 * Telling people things: the mail outbox (written in the transaction of its cause, sent by a
 * dispatcher that retries), mail templates, in-portal notifications, and each person's choice per
 * category of how they want to hear about it.
 */
package nl.ouderportaal.domain.notification;
