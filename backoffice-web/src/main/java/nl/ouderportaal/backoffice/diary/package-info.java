/**
 * The diary and photos in the back-office: a group worker writes a baby's diary with photos, and
 * adds photos of the group with the children in them tagged, in albums.
 */
package nl.ouderportaal.backoffice.diary;
