/**
 * The import of an organisation from the old system's files: a check that lists every problem and
 * stores nothing, then the locations and groups, then the families, each whole, a chunk at a time.
 */
package nl.ouderportaal.batch.importing;
