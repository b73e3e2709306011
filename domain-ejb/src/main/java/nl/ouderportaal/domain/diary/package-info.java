/**
 * The diary of a child: entries by staff and parents with photos, albums of the group, and the
 * photo rules (consent).
 */
package nl.ouderportaal.domain.diary;
