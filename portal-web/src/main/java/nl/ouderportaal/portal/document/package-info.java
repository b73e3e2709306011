/**
 * 'Documenten en jaaropgaven', and the one servlet every PDF of the family is downloaded through.
 */
package nl.ouderportaal.portal.document;
