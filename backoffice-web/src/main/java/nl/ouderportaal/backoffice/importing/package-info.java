/** 'Organisatie importeren' on the Taken page: upload the old system's files, check, import. */
package nl.ouderportaal.backoffice.importing;
