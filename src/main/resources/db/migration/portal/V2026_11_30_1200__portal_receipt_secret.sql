-- The receipt secret (mã bí mật): a second factor beside the tracking code, given only on the receipt, that
-- proves authorship when a case is rated or reopened. Only a keyed hash is kept (HMAC-SHA-256 under a random
-- salt of the row); wrong tries are counted so that a secret locks after a few in an hour.
create table portal.receipt_secret (
    petition_id  bigint primary key references petition.petition (id),
    salt         bytea       not null,
    hash         bytea       not null,
    failures     int         not null default 0,
    failed_since timestamptz,
    created_at   timestamptz not null default now()
);
