-- 'Locatie': news items of the organisation, each for one location or, with no location, for all
-- of them; a newsletter is a news item with a PDF (its content in table blob). And which parent
-- opened which item, for the 'nieuw' marker in the portal.
-- Portable SQL for PostgreSQL and H2 2.x. (V7 belongs to another branch.)

create table news_item (
    id                   uuid                     not null primary key,
    organisation_id      uuid                     not null references organisation (id),
    location_id          uuid                     references location (id),
    title                varchar(200)             not null,
    body                 varchar(5000),
    published_at         timestamp with time zone not null,
    author_id            uuid                     not null references user_account (id),
    author_name          varchar(200)             not null,
    newsletter_blob_id   uuid                     references blob (id),
    newsletter_file_name varchar(200),
    revised_at           timestamp with time zone,
    withdrawn_at         timestamp with time zone,
    constraint news_item_newsletter check (
        (newsletter_blob_id is null and newsletter_file_name is null)
        or (newsletter_blob_id is not null and newsletter_file_name is not null)),
    -- something to read: a text, a newsletter, or both
    constraint news_item_content check (body is not null or newsletter_blob_id is not null)
);
create index news_item_organisation on news_item (organisation_id, published_at);
create index news_item_location on news_item (location_id, published_at);

-- a parent (account) opened the item; one row however often they open it
create table news_read (
    news_item_id uuid                     not null references news_item (id),
    account_id   uuid                     not null references user_account (id),
    read_at      timestamp with time zone not null,
    primary key (news_item_id, account_id)
);
create index news_read_account on news_read (account_id);
