create schema if not exists open311;

-- Client organisations (a city app, a hotline's software) that post requests with an API key. Only the
-- key's SHA-256 is kept; the key itself is shown once, when an administrator issues it.
create table open311.api_client (
    id          bigint generated always as identity primary key,
    name        text        not null,
    contact     text,
    key_sha256  text        not null unique,
    key_prefix  text        not null,
    created_at  timestamptz not null default now(),
    created_by  text        not null,
    revoked_at  timestamptz
);
