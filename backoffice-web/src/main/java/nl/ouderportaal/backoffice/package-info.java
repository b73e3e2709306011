/** The back-office of group workers and the service desk: thin Faces pages over the domain. */
package nl.ouderportaal.backoffice;
