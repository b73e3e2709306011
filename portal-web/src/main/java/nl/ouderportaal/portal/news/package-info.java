/** 'Locatie': the news and newsletters of the parent's locations and of the whole organisation. */
package nl.ouderportaal.portal.news;
