-- Failed logins for e-mail addresses that have no account, counted like an account's own failures
-- so that the answer after repeated guesses (locked for a while) does not tell whether an address
-- is known. The address is kept as its SHA-256 only: no address typed by a stranger is stored.
create table login_guess (
    email_hash     varchar(64)              not null primary key,
    failed_logins  integer                  not null,
    last_failed_at timestamp with time zone not null,
    locked_until   timestamp with time zone
);

create index login_guess_last_failed on login_guess (last_failed_at);
