/**
 * Moving an organisation in from its old system: reading the uploaded CSV files (alone or in a ZIP)
 * safely, parsing each row, and checking the rows against each other and the database, with
 * problems that tell the service desk which file, line and column to correct and which families can
 * already be imported. The import itself comes later.
 */
package nl.ouderportaal.domain.importing;
