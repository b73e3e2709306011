/** 'Facturen': the family's invoices with their PDFs. */
package nl.ouderportaal.portal.billing;
