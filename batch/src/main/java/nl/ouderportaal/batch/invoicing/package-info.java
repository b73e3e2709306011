/**
 * The monthly invoicing job ({@code monthly-invoicing}): one invoice per family for a month, read
 * in family id order, drafted by a pure processor, issued by the domain's {@code InvoiceRun}.
 */
package nl.ouderportaal.batch.invoicing;
