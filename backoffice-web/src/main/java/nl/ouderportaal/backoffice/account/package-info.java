/** Logging in and out of the back-office. */
package nl.ouderportaal.backoffice.account;
