/**
 * The audit log: who did what to which object, and when. Written in the transaction of the change
 * itself, so that it holds exactly what happened; never a password or a token.
 */
package nl.ouderportaal.domain.audit;
