/**
 * The service desk's 'Vragen': the queue of the parents' questions (what waits longest on top), a
 * question with its thread and family, answering and closing.
 */
package nl.ouderportaal.backoffice.question;
