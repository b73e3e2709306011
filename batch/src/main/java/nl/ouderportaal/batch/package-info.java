/**
 * Jakarta Batch jobs of Ouderportaal and their schedules: invoices, annual statements, diary
 * exports, retention purge and credit expiry. Each job XML lives in {@code META-INF/batch-jobs}.
 */
package nl.ouderportaal.batch;
