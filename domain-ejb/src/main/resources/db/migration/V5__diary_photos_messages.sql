-- The diary of young children (entries by staff and parents), photos with the children tagged in
-- them, albums of a group, and the group's messages.

-- the diary is for children younger than this (the service desk can change it)
alter table organisation add column diary_age_months integer default 12 not null;
alter table organisation add constraint organisation_diary_age check (diary_age_months between 0 and 60);

create table diary_entry (
    id          uuid                     not null primary key,
    child_id    uuid                     not null references child (id),
    author_id   uuid                     not null references user_account (id),
    author_name varchar(200)             not null,
    by_staff    boolean                  not null,
    written_at  timestamp with time zone not null,
    care_day    date                     not null,
    text        varchar(4000)            not null,
    eating      varchar(500),
    sleeping    varchar(500),
    nappies     varchar(200),
    mood        varchar(20),
    constraint diary_entry_mood check (mood is null or mood in ('HAPPY', 'CONTENT', 'TIRED', 'GRUMPY', 'UNWELL'))
);
create index diary_entry_child on diary_entry (child_id, written_at);

create table album (
    id         uuid                     not null primary key,
    group_id   uuid                     not null references care_group (id),
    name       varchar(100)             not null,
    created_at timestamp with time zone not null,
    created_by uuid                     not null references user_account (id)
);
create index album_group on album (group_id, created_at);

create table photo (
    id             uuid                     not null primary key,
    group_id       uuid references care_group (id),
    diary_entry_id uuid references diary_entry (id),
    album_id       uuid references album (id),
    web_blob       uuid                     not null references blob (id),
    thumb_blob     uuid                     not null references blob (id),
    web_width      integer                  not null,
    web_height     integer                  not null,
    caption        varchar(300),
    uploaded_by    uuid                     not null references user_account (id),
    uploaded_at    timestamp with time zone not null,
    constraint photo_belongs check (group_id is not null or diary_entry_id is not null)
);
create index photo_group on photo (group_id, uploaded_at);
create index photo_entry on photo (diary_entry_id);
create index photo_album on photo (album_id);

create table photo_tag (
    photo_id uuid not null references photo (id),
    child_id uuid not null references child (id),
    primary key (photo_id, child_id)
);
create index photo_tag_child on photo_tag (child_id);

create table group_message (
    id          uuid                     not null primary key,
    group_id    uuid                     not null references care_group (id),
    family_id   uuid references family (id),
    author_id   uuid                     not null references user_account (id),
    author_name varchar(200)             not null,
    by_staff    boolean                  not null,
    written_at  timestamp with time zone not null,
    text        varchar(2000)            not null
);
create index group_message_group on group_message (group_id, written_at);
