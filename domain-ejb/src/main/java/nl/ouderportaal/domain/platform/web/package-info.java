/**
 * What both web modules share below Faces: the choice of language (a cookie, so that anonymous
 * pages need no session) and the response headers of pages.
 */
package nl.ouderportaal.domain.platform.web;
