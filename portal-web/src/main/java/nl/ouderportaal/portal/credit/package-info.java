/** 'Tegoeden': the credits of the parent's children and their history. */
package nl.ouderportaal.portal.credit;
