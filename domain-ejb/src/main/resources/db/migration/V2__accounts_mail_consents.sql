-- Accounts: invitations and tokens, login throttling per client address, the audit log, the
-- mail outbox, notification settings and in-portal notifications, and the consents per child.

-- policies of the organisation (the service desk can change them)
alter table organisation add column invitation_lead_months integer default 2 not null;
alter table organisation add column access_after_care_weeks integer default 8 not null;
alter table organisation add constraint organisation_invitation_lead check (invitation_lead_months between 0 and 12);
alter table organisation add constraint organisation_access_after_care check (access_after_care_weeks between 0 and 104);

-- an account belongs to the organisation of its family or employer
alter table user_account add column organisation_id uuid references organisation (id);
update user_account set organisation_id =
    (select s.organisation_id from staff_member s where s.account_id = user_account.id)
    where organisation_id is null;
update user_account set organisation_id =
    (select f.organisation_id from parent p join family f on f.id = p.family_id where p.account_id = user_account.id)
    where organisation_id is null;
alter table user_account alter column organisation_id set not null;

alter table user_account add column language varchar(2) default 'nl' not null;
alter table user_account add column invited_at timestamp with time zone;
alter table user_account add constraint user_account_language check (language in ('nl', 'en'));

-- links sent by mail: only a hash of the token is kept
create table account_token (
    id         uuid                     not null primary key,
    account_id uuid                     not null references user_account (id),
    purpose    varchar(20)              not null,
    token_hash varchar(64)              not null,
    new_email  varchar(254),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint account_token_hash_unique unique (token_hash),
    constraint account_token_purpose check (purpose in ('ACTIVATION', 'RESET', 'EMAIL_CHANGE'))
);
create index account_token_account on account_token (account_id, purpose);

-- failed logins per client address
create table login_throttle (
    client_address varchar(64)              not null primary key,
    failures       integer                  not null,
    window_start   timestamp with time zone not null,
    blocks         integer                  not null,
    blocked_until  timestamp with time zone
);

create table audit_event (
    id             uuid                     not null primary key,
    occurred_at    timestamp with time zone not null,
    actor_id       uuid,
    action         varchar(50)              not null,
    object_type    varchar(30)              not null,
    object_id      uuid,
    details        varchar(1000),
    client_address varchar(64)
);
create index audit_event_object on audit_event (object_type, object_id, occurred_at);
create index audit_event_actor on audit_event (actor_id, occurred_at);

-- every mail goes out through here, written in the transaction of its cause
create table outbox_mail (
    id              uuid                     not null primary key,
    recipient       varchar(254)             not null,
    subject         varchar(300)             not null,
    text_body       varchar(200000)          not null,
    html_body       varchar(200000)          not null,
    created_at      timestamp with time zone not null,
    attempts        integer                  not null,
    next_attempt_at timestamp with time zone not null,
    claimed_until   timestamp with time zone,
    sent_at         timestamp with time zone,
    failed_at       timestamp with time zone,
    last_error      varchar(1000)
);
create index outbox_mail_due on outbox_mail (sent_at, failed_at, next_attempt_at);

create table notification_preference (
    account_id uuid        not null references user_account (id),
    category   varchar(30) not null,
    channel    varchar(20) not null,
    primary key (account_id, category),
    constraint notification_preference_category check (category in ('NEWS', 'GROUP_MESSAGES', 'DIARY', 'REQUEST_DECISIONS', 'INVOICES_DOCUMENTS')),
    constraint notification_preference_channel check (channel in ('NONE', 'PORTAL', 'EMAIL', 'PORTAL_AND_EMAIL'))
);

create table portal_notification (
    id         uuid                     not null primary key,
    account_id uuid                     not null references user_account (id),
    category   varchar(30)              not null,
    title      varchar(300)             not null,
    link       varchar(500),
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone
);
create index portal_notification_account on portal_notification (account_id, created_at);

-- consent is opt-in, per purpose, and provable: every change is kept
create table consent_change (
    id              uuid                     not null primary key,
    child_id        uuid                     not null references child (id),
    purpose         varchar(30)              not null,
    granted         boolean                  not null,
    changed_at      timestamp with time zone not null,
    changed_by_id   uuid,
    changed_by_name varchar(200)             not null,
    constraint consent_change_purpose check (purpose in ('PHOTOS_IN_PORTAL', 'GROUP_PHOTOS', 'OUTSIDE_PORTAL'))
);
create index consent_change_child on consent_change (child_id, purpose, changed_at);
