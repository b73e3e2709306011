-- Moving an organisation in from its old system: the files the service desk uploaded, the problems
-- their check found, and which of our records came from which id of the old system (so that
-- importing the same files again changes nothing, and a changed row updates its record).
-- Portable SQL for PostgreSQL and H2 2.x.

create table import_upload (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id),
    uploaded_by     uuid                     not null references user_account (id),
    uploaded_at     timestamp with time zone not null,
    file_names      varchar(1000)            not null,
    total_bytes     bigint                   not null,
    status          varchar(20)              not null,
    families        integer,
    clean_families  integer,
    problem_count   integer,
    checked_at      timestamp with time zone,
    imported        integer,
    imported_at     timestamp with time zone,
    constraint import_upload_status check (status in ('UPLOADED', 'CHECKED', 'IMPORTING', 'IMPORTED'))
);
create index import_upload_organisation on import_upload (organisation_id, uploaded_at);

-- the uploaded files themselves are blobs
create table import_file (
    upload_id uuid         not null references import_upload (id),
    position  integer      not null,
    file_name varchar(255) not null,
    blob_id   uuid         not null references blob (id),
    primary key (upload_id, position)
);

-- what the check of an upload found, in file and line order
create table import_problem (
    upload_id   uuid          not null references import_upload (id),
    position    integer       not null,
    file_name   varchar(255),
    line_number integer       not null,
    column_name varchar(100),
    message_key varchar(100)  not null,
    arguments   varchar(2000) not null,
    primary key (upload_id, position)
);

-- our record for an id of the old system, per organisation and kind of record
create table external_ref (
    organisation_id uuid         not null references organisation (id),
    kind            varchar(20)  not null,
    external_id     varchar(100) not null,
    internal_id     uuid         not null,
    primary key (organisation_id, kind, external_id),
    constraint external_ref_kind check (kind in ('LOCATION', 'GROUP', 'FAMILY', 'PARENT', 'CHILD', 'CONTRACT', 'PLACEMENT'))
);
create index external_ref_internal on external_ref (internal_id);
