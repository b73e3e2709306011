/**
 * Moving an organisation in from its old system: reading the uploaded CSV files (alone or in a ZIP)
 * safely into tables, and each row into a typed record or the problems that tell the service desk
 * which file, line and column to correct. Checks across files and the import itself come later.
 */
package nl.ouderportaal.domain.importing;
