/** The parents' portal: thin Faces pages over the domain's boundaries, mobile first. */
package nl.ouderportaal.portal;
