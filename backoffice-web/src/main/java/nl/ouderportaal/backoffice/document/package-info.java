/** A family's documents and invoices in the back-office, and uploading another document. */
package nl.ouderportaal.backoffice.document;
