/**
 * The annual statements job ({@code annual-statements}): per family, the jaaropgaven of its
 * children for a year, made from the family's invoices.
 */
package nl.ouderportaal.batch.statements;
