-- Bearer tokens for the REST API: a staff member's own, or one an administrator issues for a client system's
-- account. Only the SHA-256 of the token is kept (it is 256 random bits, so a fast hash is enough); it is shown
-- once when issued. A token expires, and may be revoked before.
create table organization.api_token (
    id           bigint generated always as identity primary key,
    staff_id     bigint      not null references organization.staff_account (id),
    name         text        not null,
    token_hash   bytea       not null unique,
    hint         text        not null,
    issued_by    text        not null,
    issued_at    timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    revoked_by   text,
    last_used_at timestamptz
);
create index api_token_staff_idx on organization.api_token (staff_id, issued_at desc);
