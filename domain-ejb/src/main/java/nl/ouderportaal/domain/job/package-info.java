/**
 * Batch jobs as the service desk sees them: starting one for a month or year, following its
 * progress, the items it could not handle and why, and restarting a failed or stopped run.
 */
package nl.ouderportaal.domain.job;
