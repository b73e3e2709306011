/**
 * 'Locatie': news items and newsletters of the organisation, for one location or for all of them;
 * written by the service desk, read by the parents of children at that location, who are told about
 * each new one the way they chose.
 */
package nl.ouderportaal.domain.news;
