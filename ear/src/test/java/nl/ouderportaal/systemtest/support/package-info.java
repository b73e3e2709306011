/**
 * What the system tests deploy next to the EAR, inside the server: test data built with the domain
 * model itself, and running a piece of a test as a given account.
 */
package nl.ouderportaal.systemtest.support;
