/** Families and children: the service desk's family table, a group worker's children. */
package nl.ouderportaal.backoffice.family;
