/**
 * What every job shares: the JobOperator behind the domain's job monitor, the schedule that starts
 * the jobs, and the reporting of items a run skips.
 */
package nl.ouderportaal.batch.job;
