/** Logging in and out, and the parent's Account page. */
package nl.ouderportaal.portal.account;
