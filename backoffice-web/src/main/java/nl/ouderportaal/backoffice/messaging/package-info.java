/**
 * 'Berichten' in the back-office: a group worker reads the messages of their groups, writes to all
 * parents of a group, and answers one family.
 */
package nl.ouderportaal.backoffice.messaging;
