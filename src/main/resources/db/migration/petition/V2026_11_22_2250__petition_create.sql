create extension if not exists pg_trgm;
create schema if not exists petition;

-- Fields (lĩnh vực) are a configurable list.
create table petition.field (
    code     text primary key,
    name_vi  text    not null,
    name_en  text    not null,
    position int     not null default 0,
    active   boolean not null default true
);
insert into petition.field (code, name_vi, name_en, position) values
    ('LAND',        'Đất đai',               'Land',                      10),
    ('HOUSING',     'Nhà ở, tài sản',        'Housing and property',      20),
    ('POLICY',      'Chính sách, chế độ',    'Policies and entitlements', 30),
    ('ENVIRONMENT', 'Môi trường',            'Environment',               40),
    ('JUSTICE',     'Tư pháp',               'Justice',                   50),
    ('PARTY',       'Đảng, đoàn thể',        'Party and mass organisations', 60),
    ('CORRUPTION',  'Tham nhũng, tiêu cực',  'Corruption',                70),
    ('OTHER',       'Khác',                  'Other',                     99);

-- A petition (đơn) as held by one body. A transfer to another body on the platform creates a new
-- petition there, linked by related_petition_id / relation = 'TRANSFERRED_FROM'.
create table petition.petition (
    id                   bigint generated always as identity primary key,
    tracking_code        text        not null unique,
    body_id              bigint      not null,
    channel              text        not null,
    source_kind          text,
    source_name          text,
    source_reference     text,
    must_report_result   boolean     not null default false,
    petition_type        text        not null,
    field_code           text        not null references petition.field (code),
    instance             text        not null default 'FIRST',
    anonymous            boolean     not null default false,
    petitioner_kind      text        not null,
    petitioner_count     int         not null default 1,
    representative_count int         not null default 0,
    petitioner_name      text,
    identity_ciphertext  bytea,
    title                text        not null,
    content              text        not null,
    province_code        text,
    commune_code         text,
    remote_area          boolean     not null default false,
    complex              boolean     not null default false,
    received_on          date        not null,
    registered_at        timestamptz not null default now(),
    state                text        not null,
    handler_id           bigint,
    processing_due       date        not null,
    decision             text,
    decided_on           date,
    filing_ground        text,
    transferred_to_body_id bigint,
    transferred_to_name  text,
    resolution_due       date,
    extension_count      int         not null default 0,
    outcome              text,
    resolved_on          date,
    closed_on            date,
    related_petition_id  bigint references petition.petition (id),
    relation             text,
    overdue_flagged_on   date,
    search_text          text        not null,
    version              int         not null default 0,
    constraint petition_representatives_within_limits check (representative_count between 0 and 5),
    constraint petition_counts_positive check (petitioner_count >= 1)
);
create index petition_queue_idx on petition.petition (body_id, state, received_on desc, id desc);
create index petition_due_idx on petition.petition (state, processing_due, resolution_due);
create index petition_related_idx on petition.petition (related_petition_id);
create index petition_search_trgm on petition.petition using gin (search_text gin_trgm_ops);

-- The timeline: one row per fact that happened to a petition (atomic events; reports derive from them).
create table petition.petition_event (
    id          bigint generated always as identity primary key,
    petition_id bigint      not null references petition.petition (id),
    occurred_at timestamptz not null default now(),
    occurred_on date        not null,
    kind        text        not null,
    actor       text        not null,
    from_state  text,
    to_state    text,
    note        text,
    details     jsonb       not null default '{}'::jsonb,
    public      boolean     not null default false
);
create index petition_event_petition_idx on petition.petition_event (petition_id, occurred_at);

-- Attachments are stored as files under $DANVAN_HOME/attachments; the database keeps their metadata.
create table petition.attachment (
    id           bigint generated always as identity primary key,
    petition_id  bigint      not null references petition.petition (id),
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    storage_key  text        not null unique,
    uploaded_at  timestamptz not null default now(),
    uploaded_by  text        not null
);
create index attachment_petition_idx on petition.attachment (petition_id);

-- A repeated create with the same Idempotency-Key (per actor) returns the first petition.
create table petition.idempotency_key (
    actor       text        not null,
    key         text        not null,
    petition_id bigint      not null references petition.petition (id),
    created_at  timestamptz not null default now(),
    primary key (actor, key)
);

-- What the petition module publishes for reports: one row per petition, no personal data.
create view petition.report_facts as
select p.id                                   as petition_id,
       p.body_id,
       p.received_on,
       p.channel,
       p.source_kind,
       p.petition_type,
       p.field_code,
       p.instance,
       p.anonymous,
       p.petitioner_kind,
       p.petitioner_count,
       p.commune_code,
       p.state,
       p.decision,
       p.decided_on,
       (p.decision = 'ACCEPT')                as within_jurisdiction,
       p.filing_ground,
       p.processing_due,
       p.resolution_due,
       p.outcome,
       p.resolved_on,
       p.closed_on,
       p.relation,
       p.related_petition_id
from petition.petition p;
