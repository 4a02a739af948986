-- Files a citizen attached to the portal form when the form came back with an error: kept a short while, under
-- an unguessable token carried by the form (only its SHA-256 digest is stored), so they need not be chosen again.
-- Deleted when the form is sent, or once expired (at the next keep); never linked to a person.
create schema if not exists portal;

create table portal.kept_upload (
    id           bigserial primary key,
    token_digest bytea       not null,
    file_name    text        not null,
    content      bytea       not null,
    kept_until   timestamptz not null
);

create index kept_upload_token on portal.kept_upload (token_digest);
create index kept_upload_expiry on portal.kept_upload (kept_until);
