/** The Agenda: requesting and cancelling care, the requests overview, reporting absence. */
package nl.ouderportaal.portal.care;
