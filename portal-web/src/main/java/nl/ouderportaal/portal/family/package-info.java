/** 'Mijn kind': the parent's own children. */
package nl.ouderportaal.portal.family;
