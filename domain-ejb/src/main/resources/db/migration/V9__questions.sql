-- 'Stel een vraag': a family's questions to the service desk (also to pass on a structural change
-- of a contract), each a thread of messages from the parents and the service desk; and the
-- notification category in which parents hear of an answer.

create table question (
    id            uuid                     not null primary key,
    family_id     uuid                     not null references family (id),
    child_id      uuid references child (id),
    subject       varchar(120)             not null,
    topic         varchar(20)              not null,
    status        varchar(20)              not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    -- since when it waits for the service desk: set exactly while it is open
    waiting_since timestamp with time zone,
    -- optimistic lock: a parent's reply and the service desk's answer at the same moment
    version       integer                  not null,
    constraint question_topic check (topic in ('GENERAL', 'INVOICE', 'CONTRACT_CHANGE', 'CARE_REQUESTS', 'OTHER')),
    constraint question_status check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    constraint question_waiting check ((status = 'OPEN' and waiting_since is not null)
                                    or (status <> 'OPEN' and waiting_since is null)),
    constraint question_contract_child check (topic <> 'CONTRACT_CHANGE' or child_id is not null)
);
create index question_family on question (family_id, updated_at);
create index question_waiting on question (status, waiting_since);

create table question_message (
    id              uuid                     not null primary key,
    question_id     uuid                     not null references question (id),
    -- the place in the thread: 1, 2, 3, ...
    message_number  integer                  not null,
    author_id       uuid                     not null references user_account (id),
    author_name     varchar(200)             not null,
    by_service_desk boolean                  not null,
    written_at      timestamp with time zone not null,
    text            varchar(4000)            not null,
    constraint question_message_number unique (question_id, message_number),
    constraint question_message_number_positive check (message_number > 0)
);

-- parents choose how they hear of an answer, like any other category
alter table notification_preference drop constraint notification_preference_category;
alter table notification_preference add constraint notification_preference_category
    check (category in ('NEWS', 'GROUP_MESSAGES', 'DIARY', 'REQUEST_DECISIONS', 'INVOICES_DOCUMENTS', 'QUESTIONS'));
