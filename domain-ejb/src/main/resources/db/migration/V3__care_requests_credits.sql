-- The agenda: configuration of the locations (day parts and their times, opening hours, the
-- holiday calendar), policies per care type, credits with their ledger, care requests with their
-- lines, the charges they put on the invoice, and absences.

alter table location add column opens_at time default '07:30:00' not null;
alter table location add column closes_at time default '18:30:00' not null;
alter table location add constraint location_opening check (opens_at < closes_at);

-- the times of each day part at a location
create table location_day_part (
    location_id uuid        not null references location (id),
    day_part    varchar(20) not null,
    starts_at   time        not null,
    ends_at     time        not null,
    primary key (location_id, day_part),
    constraint location_day_part_times check (starts_at < ends_at),
    constraint location_day_part_part check (day_part in ('MORNING', 'AFTERNOON', 'BEFORE_SCHOOL', 'AFTER_SCHOOL', 'HOLIDAY_DAY'))
);

-- school holidays, study days and closing days of a location
create table calendar_day (
    id          uuid         not null primary key,
    location_id uuid         not null references location (id),
    kind        varchar(20)  not null,
    first_day   date         not null,
    last_day    date         not null,
    name        varchar(100) not null,
    constraint calendar_day_kind check (kind in ('SCHOOL_HOLIDAY', 'STUDY_DAY', 'CLOSED')),
    constraint calendar_day_period check (last_day >= first_day)
);
create index calendar_day_location on calendar_day (location_id, first_day);

-- request window and cancel deadline per care type
create table care_policy (
    organisation_id    uuid        not null references organisation (id),
    care_type          varchar(20) not null,
    min_days_ahead     integer     not null,
    max_days_ahead     integer     not null,
    cancel_days_before integer     not null,
    cancel_until       time        not null,
    primary key (organisation_id, care_type),
    constraint care_policy_window check (min_days_ahead >= 0 and max_days_ahead >= min_days_ahead),
    constraint care_policy_cancel check (cancel_days_before >= 0)
);

-- credits: one row per child, type and expiry date, never below zero; every change in the ledger
create table credit_account (
    id          uuid          not null primary key,
    child_id    uuid          not null references child (id),
    credit_type varchar(20)   not null,
    valid_until date          not null,
    balance     numeric(7, 2) not null,
    constraint credit_account_balance check (balance >= 0),
    constraint credit_account_type check (credit_type in ('DAYCARE_FLEX', 'OUT_OF_SCHOOL_FLEX', 'HOLIDAY')),
    constraint credit_account_unique unique (child_id, credit_type, valid_until)
);

create table care_request (
    id           uuid                     not null primary key,
    family_id    uuid                     not null references family (id),
    submitted_by uuid                     not null references user_account (id),
    submitted_at timestamp with time zone not null,
    status       varchar(20)              not null,
    decided_at   timestamp with time zone,
    decided_by   uuid references user_account (id),
    reason       varchar(500),
    review_note  varchar(500),
    constraint care_request_status check (status in ('SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED'))
);
create index care_request_family on care_request (family_id, submitted_at);
create index care_request_status on care_request (status, submitted_at);

create table care_request_line (
    id           uuid          not null primary key,
    request_id   uuid          not null references care_request (id),
    child_id     uuid          not null references child (id),
    group_id     uuid          not null references care_group (id),
    location_id  uuid          not null references location (id),
    care_day     date          not null,
    day_part     varchar(20),
    starts_at    time          not null,
    ends_at      time          not null,
    hours        numeric(4, 2) not null,
    payment      varchar(10)   not null,
    credit_type  varchar(20),
    hourly_rate  numeric(8, 2) not null,
    cancelled_at timestamp with time zone,
    constraint care_request_line_payment check (payment in ('CREDIT', 'INVOICE')),
    constraint care_request_line_credit check ((payment = 'CREDIT') = (credit_type is not null)),
    constraint care_request_line_times check (starts_at < ends_at),
    constraint care_request_line_hours check (hours > 0)
);
create index care_request_line_request on care_request_line (request_id);
create index care_request_line_child on care_request_line (child_id, care_day);
create index care_request_line_group on care_request_line (group_id, care_day);

create table credit_mutation (
    id              uuid                     not null primary key,
    account_id      uuid                     not null references credit_account (id),
    occurred_at     timestamp with time zone not null,
    hours           numeric(7, 2)            not null,
    kind            varchar(20)              not null,
    request_line_id uuid references care_request_line (id),
    reason          varchar(500),
    by_account      uuid,
    constraint credit_mutation_kind check (kind in ('GRANT', 'CORRECTION', 'SPEND', 'REFUND', 'EXPIRY'))
);
create index credit_mutation_account on credit_mutation (account_id, occurred_at);
create index credit_mutation_line on credit_mutation (request_line_id);

-- extra care that goes on the next invoice
create table care_charge (
    id              uuid          not null primary key,
    request_line_id uuid          not null references care_request_line (id),
    child_id        uuid          not null references child (id),
    location_id     uuid          not null references location (id),
    care_day        date          not null,
    hours           numeric(4, 2) not null,
    hourly_rate     numeric(8, 2) not null,
    amount          numeric(9, 2) not null,
    status          varchar(20)   not null,
    constraint care_charge_status check (status in ('OPEN', 'INVOICED', 'WITHDRAWN')),
    constraint care_charge_line_unique unique (request_line_id)
);
create index care_charge_child on care_charge (child_id, care_day);

create table absence (
    id          uuid                     not null primary key,
    child_id    uuid                     not null references child (id),
    care_day    date                     not null,
    reason      varchar(20)              not null,
    note        varchar(500),
    reported_by uuid                     not null references user_account (id),
    reported_at timestamp with time zone not null,
    constraint absence_reason check (reason in ('SICK', 'HOLIDAY', 'OTHER')),
    constraint absence_unique unique (child_id, care_day)
);
