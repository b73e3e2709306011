/**
 * Care beyond the contract in the back-office: the service desk's queue of requests that wait for a
 * decision, and a group worker's day list of who comes today.
 */
package nl.ouderportaal.backoffice.care;
