/**
 * The diary of a child: entries by staff and parents with photos, albums of the group, the photo
 * rules (consent), and the whole diary as one PDF: downloaded in the portal, or stored as a
 * document of the family by the diary-exports job.
 */
package nl.ouderportaal.domain.diary;
