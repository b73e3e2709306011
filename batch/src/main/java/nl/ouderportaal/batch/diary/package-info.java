/**
 * The diary exports job ({@code diary-exports}): the whole diary of each child whose care ended, of
 * a group or of one child, as one PDF document of the family, read in child id order, decided by a
 * pure processor, made and stored by the domain's {@code DiaryExports}.
 */
package nl.ouderportaal.batch.diary;
