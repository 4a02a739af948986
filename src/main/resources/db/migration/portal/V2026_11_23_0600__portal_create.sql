create schema if not exists portal;

-- Routing (area × field → body, the FixMyStreet idea): the most specific matching rule wins —
-- commune before province before everywhere, a field before any field, a type before any type.
create table portal.routing_rule (
    id            bigint generated always as identity primary key,
    province_code text,
    commune_code  text,
    field_code    text,
    petition_type text,
    body_id       bigint not null references organization.body (id),
    created_at    timestamptz not null default now(),
    created_by    text not null
);
create unique index routing_rule_unique_idx on portal.routing_rule
    (coalesce(province_code, ''), coalesce(commune_code, ''), coalesce(field_code, ''), coalesce(petition_type, ''));

-- Citizen accounts: e-mail or phone and a password, or an OIDC subject (VNeID / Keycloak).
create table portal.citizen_account (
    id            bigint generated always as identity primary key,
    email         text unique,
    phone         text unique,
    password_hash text,
    full_name     text not null,
    oidc_issuer   text,
    oidc_subject  text,
    created_at    timestamptz not null default now(),
    constraint citizen_account_login check (email is not null or phone is not null or oidc_subject is not null),
    constraint citizen_account_oidc unique (oidc_issuer, oidc_subject)
);

-- One row per online submission: the contact for notifications (kept here, never in reports), the
-- consent given, where it came from (for rate limits) and the form token / Idempotency-Key that makes a
-- repeated submit return the first case.
create table portal.submission (
    id              bigint generated always as identity primary key,
    petition_id     bigint not null unique references petition.petition (id),
    tracking_code   text   not null,
    body_id         bigint not null,
    citizen_id      bigint references portal.citizen_account (id),
    client          text   not null,
    request_key     text   not null,
    email           text,
    phone           text,
    contact_key     text,
    locale          text   not null default 'vi',
    consent_version text   not null,
    consented_at    timestamptz not null,
    ip              text   not null,
    created_at      timestamptz not null default now(),
    constraint submission_request_once unique (client, request_key)
);
create index submission_ip_idx on portal.submission (ip, created_at);
create index submission_contact_idx on portal.submission (contact_key, created_at);
create index submission_citizen_idx on portal.submission (citizen_id, created_at desc);

-- Satisfaction after closure (1–5 and a comment); one per case.
create table portal.rating (
    petition_id bigint primary key references petition.petition (id),
    body_id     bigint not null,
    score       int    not null check (score between 1 and 5),
    comment     text,
    rated_on    date   not null,
    rated_at    timestamptz not null default now()
);

-- What the portal publishes for reports: ratings without who gave them.
create view portal.rating_facts as
select r.petition_id, r.body_id, r.score, r.rated_on from portal.rating r;
