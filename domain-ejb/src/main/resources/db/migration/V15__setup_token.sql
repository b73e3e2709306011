-- The first start of a new installation: there is no organisation and nobody to log in. The server
-- logs a one-time link to the setup page, where the first service desk employee names the
-- organisation and chooses a password. Only a hash of the link's secret is kept.
create table setup_token (
    token_hash varchar(64)              not null primary key,
    created_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
