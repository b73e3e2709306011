/**
 * The organisation's settings in the back-office: the request window and cancel deadline, the
 * account policies, and per location the times, the group capacity and the calendar.
 */
package nl.ouderportaal.backoffice.organisation;
