-- The blob store: the content of every file (photos, documents) in the database, so that a backup,
-- a transaction and a second server node need nothing else. Rows are written and read through JDBC
-- streams by nl.ouderportaal.domain.document.Blobs; no entity maps this table.
-- bytea is PostgreSQL's binary type and, in H2 2.x, a name for BINARY VARYING (up to 1 GB), so
-- this one script runs on both.

create table blob (
    id           uuid                     not null primary key,
    content_type varchar(100)             not null,
    size_bytes   bigint                   not null,
    sha256       varchar(64)              not null,
    created_at   timestamp with time zone not null,
    content      bytea                    not null,
    constraint blob_size check (size_bytes >= 0)
);
