create schema if not exists programme;

-- An annual registration round of "Dân vận khéo" models and exemplars at one level (docs/law/rules.md B4: models are
-- registered annually), launched by a body; registration is taken only while the round is open. The recognition
-- threshold and the criteria are the round's own, so a later change of the defaults leaves past rounds as scored.
create table programme.model_round (
    id          bigint generated always as identity primary key,
    body_id     bigint        not null,
    year        int           not null check (year between 1990 and 2200),
    level       text          not null check (level in ('COMMUNE', 'PROVINCE', 'CENTRAL')),
    title       text          not null,
    opens_on    date          not null,
    closes_on   date          not null,
    threshold   numeric(5, 2) not null check (threshold > 0 and threshold <= 100),
    closed_at   timestamptz,
    created_by  text          not null,
    created_at  timestamptz   not null default now(),
    constraint model_round_dates check (closes_on >= opens_on),
    unique (body_id, year, level)
);

-- The criteria a round's council scores against, each with its weight and its highest score.
create table programme.model_criterion (
    id         bigint generated always as identity primary key,
    round_id   bigint not null references programme.model_round (id),
    position   int    not null,
    name       text   not null,
    weight     int    not null check (weight between 1 and 100),
    max_score  int    not null check (max_score between 1 and 100),
    unique (round_id, position)
);

-- The members of a round's evaluation council (hội đồng đánh giá).
create table programme.council_member (
    id         bigint generated always as identity primary key,
    round_id   bigint not null references programme.model_round (id),
    full_name  text   not null,
    position   text,
    added_by   text   not null,
    added_at   timestamptz not null default now()
);
create index council_member_round_idx on programme.council_member (round_id);

-- A model (mô hình) or an exemplary collective or person (điển hình), registered in a round by a body; a replica
-- names the model it copies (origin_id).
create table programme.model (
    id                    bigint generated always as identity primary key,
    round_id              bigint        not null references programme.model_round (id),
    body_id               bigint        not null,
    province_code         text,
    commune_code          text,
    kind                  text          not null check (kind in ('MODEL', 'EXEMPLAR')),
    field                 text          not null check (field in ('ECONOMY', 'CULTURE_SOCIETY', 'DEFENCE_SECURITY',
                              'POLITICAL_SYSTEM', 'NEW_RURAL')),
    level                 text          not null check (level in ('COMMUNE', 'PROVINCE', 'CENTRAL')),
    year                  int           not null,
    name                  text          not null,
    owner_name            text          not null,
    address               text,
    goals                 text          not null,
    indicators            text,
    results               text,
    status                text          not null default 'REGISTERED' check (status in ('REGISTERED', 'IN_PROGRESS',
                              'EVALUATED', 'NOT_RECOGNISED', 'RECOGNISED', 'COMMENDED', 'REPLICATED')),
    origin_id             bigint references programme.model (id),
    score                 numeric(6, 2),
    registered_on         date          not null,
    evaluated_on          date,
    recognised_on         date,
    recognition_decision  text,
    created_by            text          not null,
    created_at            timestamptz   not null default now(),
    version               int           not null default 0
);
create index model_round_idx on programme.model (round_id);
create index model_body_year_idx on programme.model (body_id, year);
create index model_origin_idx on programme.model (origin_id) where origin_id is not null;
create index model_public_idx on programme.model (province_code, commune_code)
    where status in ('RECOGNISED', 'COMMENDED', 'REPLICATED');

-- Each council member's score of a model on each criterion.
create table programme.model_score (
    model_id     bigint        not null references programme.model (id),
    member_id    bigint        not null references programme.council_member (id),
    criterion_id bigint        not null references programme.model_criterion (id),
    score        numeric(5, 2) not null check (score >= 0),
    scored_by    text          not null,
    scored_at    timestamptz   not null default now(),
    primary key (model_id, member_id, criterion_id)
);

-- A commendation (khen thưởng) of a recognised model: its form, who issued it, the decision.
create table programme.commendation (
    id               bigint generated always as identity primary key,
    model_id         bigint      not null references programme.model (id),
    form             text        not null check (form in ('CERTIFICATE_OF_COMMENDATION', 'CERTIFICATE_OF_MERIT',
                         'EMULATION_FLAG', 'OTHER')),
    issuer           text        not null,
    decision_number  text        not null,
    decided_on       date        not null,
    recorded_by      text        not null,
    recorded_at      timestamptz not null default now()
);
create index commendation_model_idx on programme.commendation (model_id);

-- Photos of a model, kept under $DANVAN_HOME/model-photos (JPEG or PNG only).
create table programme.model_photo (
    id            bigint generated always as identity primary key,
    model_id      bigint      not null references programme.model (id),
    caption       text,
    file_name     text        not null,
    content_type  text        not null,
    size_bytes    bigint      not null,
    sha256        text        not null,
    storage_key   text        not null unique,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null default now()
);
create index model_photo_idx on programme.model_photo (model_id);

-- The model's timeline: registered, started, scored, evaluated, recognised, commended, replicated, a photo added.
create table programme.model_event (
    id          bigint generated always as identity primary key,
    model_id    bigint      not null references programme.model (id),
    occurred_at timestamptz not null default now(),
    kind        text        not null,
    actor       text        not null,
    note        text
);
create index model_event_idx on programme.model_event (model_id, occurred_at);

-- A story (tuyên truyền): an article about a model, a campaign or results, published under its body's commune or
-- province. The text is plain paragraphs; no HTML is ever taken from its author.
create table programme.story (
    id             bigint generated always as identity primary key,
    body_id        bigint      not null,
    province_code  text,
    commune_code   text,
    topic          text        not null check (topic in ('MODEL', 'CAMPAIGN', 'RESULT', 'OTHER')),
    model_id       bigint references programme.model (id),
    title          text        not null,
    summary        text,
    body           text        not null,
    published_at   timestamptz,
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        int         not null default 0
);
create index story_body_idx on programme.story (body_id, created_at desc);
create index story_published_idx on programme.story (published_at desc) where published_at is not null;
create index story_model_idx on programme.story (model_id) where model_id is not null;

create table programme.story_photo (
    id            bigint generated always as identity primary key,
    story_id      bigint      not null references programme.story (id),
    caption       text,
    file_name     text        not null,
    content_type  text        not null,
    size_bytes    bigint      not null,
    sha256        text        not null,
    storage_key   text        not null unique,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null default now()
);
create index story_photo_idx on programme.story_photo (story_id);
