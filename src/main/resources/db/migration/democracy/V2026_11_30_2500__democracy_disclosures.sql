create schema if not exists democracy;

-- An item a commune must make public (công khai, Luật THDCCS 2022 Đ.11), published by the commune's People's
-- Committee: its category, the document it rests on, when it is due and when it was actually published, how.
create table democracy.disclosure (
    id             bigint generated always as identity primary key,
    body_id        bigint      not null,
    province_code  text        not null,
    commune_code   text        not null,
    category       text        not null check (category in ('SOCIO_ECONOMIC_PLAN', 'BUDGET', 'INVESTMENT_AND_LAND',
                       'DUTIES_AND_DEMOCRACY_RULES', 'FUNDS_AND_CONTRIBUTIONS', 'PUBLIC_ASSETS', 'SOCIAL_SUPPORT',
                       'DISASTER_RELIEF', 'MILITARY_SERVICE', 'INSPECTION_AND_CONFIDENCE', 'CONSULTATION_RESULTS',
                       'FEES', 'ADMINISTRATIVE_PROCEDURES', 'OTHER')),
    title          text        not null,
    summary        text,
    document_number text,
    document_date  date        not null,
    due_on         date        not null,
    published_on   date,
    forms          text[]      not null default '{}',
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    version        int         not null default 0,
    constraint disclosure_published_after_document check (published_on is null or published_on >= document_date),
    constraint disclosure_published_has_form check (published_on is null or cardinality(forms) > 0)
);
create index disclosure_body_due_idx on democracy.disclosure (body_id, due_on);
create index disclosure_commune_published_idx on democracy.disclosure (commune_code, published_on desc)
    where published_on is not null;

-- The documents of an item (decision, plan, list…), kept under $DANVAN_HOME/disclosure-documents.
create table democracy.disclosure_document (
    id            bigint generated always as identity primary key,
    disclosure_id bigint      not null references democracy.disclosure (id),
    file_name     text        not null,
    content_type  text        not null,
    size_bytes    bigint      not null,
    sha256        text        not null,
    storage_key   text        not null unique,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null default now()
);
create index disclosure_document_idx on democracy.disclosure_document (disclosure_id);

-- The item's timeline: created, edited, a document added, published.
create table democracy.disclosure_event (
    id            bigint generated always as identity primary key,
    disclosure_id bigint      not null references democracy.disclosure (id),
    occurred_at   timestamptz not null default now(),
    kind          text        not null,
    actor         text        not null,
    note          text
);
create index disclosure_event_idx on democracy.disclosure_event (disclosure_id, occurred_at);

-- Citizens who follow a commune's disclosures by e-mail. The address is kept only sealed (AES-GCM) and as a keyed
-- digest, never in clear (docs/security.md, "Citizens' contacts"); the token of the confirmation and unsubscribe
-- links likewise.
create table democracy.follower (
    id            bigint generated always as identity primary key,
    commune_code  text        not null,
    email_sealed  bytea       not null,
    email_digest  bytea       not null,
    token_sealed  bytea       not null,
    token_digest  bytea       not null unique,
    confirmed_at  timestamptz,
    created_at    timestamptz not null default now(),
    unique (commune_code, email_digest)
);
create index follower_commune_idx on democracy.follower (commune_code) where confirmed_at is not null;
