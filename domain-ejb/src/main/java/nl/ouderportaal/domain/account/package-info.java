/**
 * Accounts and logging in: the account with its roles and status, password hashing, the identity
 * store both web modules use, the form login mechanism, and login throttling.
 */
package nl.ouderportaal.domain.account;
