-- The stored diary export of a child: one per child. A new export (the service desk asked for the
-- child again, or the diary changed since) replaces the row's document; the old document and its
-- blob are deleted in the same transaction. care_end is the end of care the export was made for
-- (null while the child's care had no end): it decided the document's visible_until.
-- Portable SQL for PostgreSQL and H2 2.2; no column is called year, month or number.
create table diary_export (
    id          uuid                     not null primary key,
    child_id    uuid                     not null references child (id),
    document_id uuid                     not null references document (id),
    care_end    date,
    entry_count integer                  not null,
    photo_count integer                  not null,
    made_at     timestamp with time zone not null,
    constraint diary_export_child unique (child_id),
    constraint diary_export_document unique (document_id),
    constraint diary_export_counts check (entry_count > 0 and photo_count >= 0)
);
