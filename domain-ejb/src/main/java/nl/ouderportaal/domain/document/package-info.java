/**
 * Documents of families and the blob store that keeps every file (photos included) in the database.
 */
package nl.ouderportaal.domain.document;
