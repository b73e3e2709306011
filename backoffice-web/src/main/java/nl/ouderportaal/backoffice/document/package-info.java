/**
 * A family's documents and invoices in the back-office, uploading another document, and the
 * confirmations of its contracts.
 */
package nl.ouderportaal.backoffice.document;
