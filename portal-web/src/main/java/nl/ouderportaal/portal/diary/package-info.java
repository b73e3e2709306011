/** The parents' diary, photos, albums and group messages pages. */
package nl.ouderportaal.portal.diary;
