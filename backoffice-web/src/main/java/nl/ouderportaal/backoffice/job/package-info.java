/** The job monitor: start a job, follow it, read what it skipped and why, restart it. */
package nl.ouderportaal.backoffice.job;
