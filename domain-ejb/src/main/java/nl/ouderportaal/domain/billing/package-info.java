/**
 * Invoices and annual statements: what a family owes for a month, and what a child's care cost in a
 * year, for the childcare allowance.
 */
package nl.ouderportaal.domain.billing;
