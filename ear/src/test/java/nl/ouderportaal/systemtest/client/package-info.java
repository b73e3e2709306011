/** What the system tests use outside the server: the browser, HTTP, and the test data over HTTP. */
package nl.ouderportaal.systemtest.client;
