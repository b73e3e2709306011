-- The first tables: the organisation with its locations and groups, families with parents,
-- children, placements and contracts, and the accounts people log in with.
-- Portable SQL: the same script runs on PostgreSQL (production, CI) and H2 (first run).
-- Ids are UUIDs made by the application, so they can appear in URLs without being guessable.

create table organisation (
    id                 uuid         not null primary key,
    name               varchar(200) not null,
    service_desk_email varchar(254) not null,
    service_desk_phone varchar(30)  not null
);

create table location (
    id              uuid         not null primary key,
    organisation_id uuid         not null references organisation (id),
    name            varchar(200) not null,
    street          varchar(200) not null,
    postal_code     varchar(7)   not null,
    city            varchar(100) not null,
    lrk_number      varchar(9)   not null,
    care_type       varchar(20)  not null,
    constraint location_care_type check (care_type in ('DAYCARE', 'OUT_OF_SCHOOL')),
    constraint location_lrk_unique unique (lrk_number)
);
create index location_organisation on location (organisation_id);

create table care_group (
    id             uuid         not null primary key,
    location_id    uuid         not null references location (id),
    name           varchar(100) not null,
    min_age_months integer      not null,
    max_age_months integer      not null,
    capacity       integer      not null,
    constraint care_group_ages check (min_age_months >= 0 and max_age_months > min_age_months),
    constraint care_group_capacity check (capacity > 0),
    constraint care_group_name_unique unique (location_id, name)
);

create table user_account (
    id                   uuid                     not null primary key,
    email                varchar(254)             not null,
    password_hash        varchar(200),
    status               varchar(20)              not null,
    failed_logins        integer                  not null default 0,
    last_failed_login_at timestamp with time zone,
    locked_until         timestamp with time zone,
    last_login_at        timestamp with time zone,
    created_at           timestamp with time zone not null,
    constraint user_account_email_unique unique (email),
    constraint user_account_status check (status in ('NEW', 'ACTIVE', 'BLOCKED')),
    constraint user_account_failed_logins check (failed_logins >= 0)
);

create table account_role (
    account_id uuid        not null references user_account (id),
    role       varchar(20) not null,
    primary key (account_id, role),
    constraint account_role_role check (role in ('PARENT', 'STAFF', 'SERVICEDESK'))
);

create table staff_member (
    id              uuid         not null primary key,
    organisation_id uuid         not null references organisation (id),
    account_id      uuid         not null references user_account (id),
    first_name      varchar(100) not null,
    last_name       varchar(100) not null,
    constraint staff_member_account_unique unique (account_id)
);

create table staff_group (
    staff_id uuid not null references staff_member (id),
    group_id uuid not null references care_group (id),
    primary key (staff_id, group_id)
);
create index staff_group_group on staff_group (group_id);

create table family (
    id              uuid         not null primary key,
    organisation_id uuid         not null references organisation (id),
    name            varchar(200) not null,
    street          varchar(200) not null,
    postal_code     varchar(7)   not null,
    city            varchar(100) not null
);
create index family_organisation on family (organisation_id);

create table parent (
    id         uuid         not null primary key,
    family_id  uuid         not null references family (id),
    account_id uuid references user_account (id),
    first_name varchar(100) not null,
    last_name  varchar(100) not null,
    email      varchar(254) not null,
    phone      varchar(30),
    constraint parent_account_unique unique (account_id)
);
create index parent_family on parent (family_id);

create table child (
    id         uuid         not null primary key,
    family_id  uuid         not null references family (id),
    first_name varchar(100) not null,
    last_name  varchar(100) not null,
    birth_date date         not null
);
create index child_family on child (family_id);

create table placement (
    id         uuid not null primary key,
    child_id   uuid not null references child (id),
    group_id   uuid not null references care_group (id),
    start_date date not null,
    end_date   date,
    constraint placement_period check (end_date is null or end_date >= start_date)
);
create index placement_child on placement (child_id);
create index placement_group on placement (group_id, start_date);

create table contract (
    id             uuid          not null primary key,
    child_id       uuid          not null references child (id),
    location_id    uuid          not null references location (id),
    care_type      varchar(20)   not null,
    hours_per_year numeric(7, 2) not null,
    hourly_rate    numeric(8, 2) not null,
    start_date     date          not null,
    end_date       date,
    constraint contract_care_type check (care_type in ('DAYCARE', 'OUT_OF_SCHOOL')),
    constraint contract_hours check (hours_per_year > 0),
    constraint contract_rate check (hourly_rate > 0),
    constraint contract_period check (end_date is null or end_date >= start_date)
);
create index contract_child on contract (child_id);
create index contract_location on contract (location_id);

create table contract_day (
    contract_id uuid        not null references contract (id),
    weekday     varchar(10) not null,
    day_part    varchar(20) not null,
    primary key (contract_id, weekday, day_part),
    constraint contract_day_weekday check (weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')),
    constraint contract_day_part check (day_part in ('MORNING', 'AFTERNOON', 'BEFORE_SCHOOL', 'AFTER_SCHOOL', 'HOLIDAY_DAY'))
);
