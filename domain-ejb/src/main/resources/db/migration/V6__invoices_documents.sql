-- Invoices and annual statements as issued, the gap-free invoice numbers, the documents of a
-- family (their files live in table blob), and the items a batch job could not handle.
-- Portable SQL for PostgreSQL and H2 2.2. No column is called year, month or number: H2 reserves
-- the first two as keywords.

-- one unbroken series of invoice numbers per organisation and year; the next number is taken with
-- a row lock in the transaction that inserts the invoice, so a rolled-back invoice uses none
create table invoice_number_sequence (
    organisation_id uuid    not null references organisation (id),
    invoice_year    integer not null,
    last_sequence   integer not null,
    primary key (organisation_id, invoice_year),
    constraint invoice_number_sequence_last check (last_sequence between 0 and 999999)
);

-- a document of a family: contract, invoice, annual statement, diary export or other; the file is
-- a blob, shown to the parents until visible_until (null: as long as they have access)
create table document (
    id            uuid                     not null primary key,
    family_id     uuid                     not null references family (id),
    kind          varchar(20)              not null,
    title         varchar(200)             not null,
    file_name     varchar(200)             not null,
    blob_id       uuid                     not null references blob (id),
    created_at    timestamp with time zone not null,
    created_by    uuid,
    visible_until date,
    constraint document_kind check (kind in ('CONTRACT', 'INVOICE', 'ANNUAL_STATEMENT', 'DIARY_EXPORT', 'OTHER'))
);
create index document_family on document (family_id, created_at);

-- an invoice as issued: never changed; the debtor and the lines are copies, as they were then
create table invoice (
    id                uuid                     not null primary key,
    organisation_id   uuid                     not null references organisation (id),
    family_id         uuid                     not null references family (id),
    period            varchar(7)               not null,
    invoice_year      integer                  not null,
    invoice_sequence  integer                  not null,
    invoice_date      date                     not null,
    organisation_name varchar(200)             not null,
    debtor_name       varchar(200)             not null,
    street            varchar(200)             not null,
    postal_code       varchar(7)               not null,
    city              varchar(100)             not null,
    total             numeric(11, 2)           not null,
    status            varchar(20)              not null,
    document_id       uuid                     references document (id),
    created_at        timestamp with time zone not null,
    constraint invoice_family_period unique (family_id, period),
    constraint invoice_number_unique unique (organisation_id, invoice_year, invoice_sequence),
    constraint invoice_status check (status in ('OPEN', 'PAID')),
    constraint invoice_period_format check (char_length(period) = 7)
);
create index invoice_organisation_period on invoice (organisation_id, period);

create table invoice_line (
    invoice_id       uuid          not null references invoice (id),
    line_index       integer       not null,
    kind             varchar(20)   not null,
    child_id         uuid          not null references child (id),
    child_name       varchar(201)  not null,
    child_birth_date date          not null,
    location_id      uuid          not null references location (id),
    location_name    varchar(200)  not null,
    lrk_number       varchar(9)    not null,
    care_type        varchar(20)   not null,
    care_start       date          not null,
    care_end         date          not null,
    description      varchar(300)  not null,
    hours            numeric(7, 2) not null,
    hourly_rate      numeric(8, 2) not null,
    amount           numeric(9, 2) not null,
    primary key (invoice_id, line_index),
    constraint invoice_line_kind check (kind in ('CONTRACT_CARE', 'EXTRA_CARE', 'LATE_CANCELLATION')),
    constraint invoice_line_care_type check (care_type in ('DAYCARE', 'OUT_OF_SCHOOL')),
    constraint invoice_line_amounts check (hours >= 0 and hourly_rate >= 0 and amount >= 0)
);
create index invoice_line_child on invoice_line (child_id);

-- a jaaropgave: one per child, year and care type
create table annual_statement (
    id             uuid                     not null primary key,
    family_id      uuid                     not null references family (id),
    child_id       uuid                     not null references child (id),
    statement_year integer                  not null,
    care_type      varchar(20)              not null,
    total_hours    numeric(9, 2)            not null,
    total_amount   numeric(11, 2)           not null,
    document_id    uuid                     not null references document (id),
    created_at     timestamp with time zone not null,
    constraint annual_statement_unique unique (child_id, statement_year, care_type),
    constraint annual_statement_care_type check (care_type in ('DAYCARE', 'OUT_OF_SCHOOL'))
);
create index annual_statement_family on annual_statement (family_id);

-- what a job run could not do, per item: the job repository keeps counts, not reasons
create table job_item_failure (
    id               uuid                     not null primary key,
    job_execution_id bigint                   not null,
    job_name         varchar(100)             not null,
    organisation_id  uuid,
    item_type        varchar(20)              not null,
    item_id          uuid,
    item_name        varchar(300),
    reason           varchar(100)             not null,
    detail           varchar(1000),
    occurred_at      timestamp with time zone not null,
    constraint job_item_failure_type check (item_type in ('FAMILY', 'CHILD'))
);
create index job_item_failure_execution on job_item_failure (job_execution_id);
