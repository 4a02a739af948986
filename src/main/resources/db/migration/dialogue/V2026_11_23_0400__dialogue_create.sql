create schema if not exists dialogue;

-- A dialogue (đối thoại, hội nghị đối thoại) convened by a body, possibly with another (the commune's
-- People's Committee with the Fatherland Front for the annual dialogue of Luật THDCCS Đ.32).
create table dialogue.dialogue (
    id                 bigint generated always as identity primary key,
    convener_body_id   bigint      not null,
    co_convener_body_id bigint,
    kind               text        not null check (kind in ('ANNUAL_GRASSROOTS', 'THEMATIC', 'COMPLAINT', 'AD_HOC')),
    held_on            date        not null,
    place              text        not null,
    topic              text        not null,
    chair_name         text        not null,
    chair_position     text,
    participants       int         not null check (participants >= 0),
    groups_present     text,
    minutes            text,
    commune_code       text,
    created_by         text        not null,
    created_at         timestamptz not null default now()
);
create index dialogue_convener_idx on dialogue.dialogue (convener_body_id, held_on);
create index dialogue_co_convener_idx on dialogue.dialogue (co_convener_body_id, held_on);

-- What the people raised in a dialogue, and the answer given.
create table dialogue.issue (
    id          bigint generated always as identity primary key,
    dialogue_id bigint      not null references dialogue.dialogue (id),
    content     text        not null,
    raised_by   text,
    field_code  text        not null,
    answer      text,
    created_at  timestamptz not null default now()
);
create index issue_dialogue_idx on dialogue.issue (dialogue_id);

-- An answer that is a promise: who promised, by when, and where it stands.
create table dialogue.commitment (
    id                 bigint generated always as identity primary key,
    issue_id           bigint      not null references dialogue.issue (id),
    owner_body_id      bigint      not null,
    owner_name         text        not null,
    owner_position     text,
    description        text        not null,
    due_on             date        not null,
    state              text        not null check (state in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    done_on            date,
    drop_reason        text,
    confirmed          boolean,
    confirmed_by       text,
    confirmed_on       date,
    overdue_flagged_on date,
    version            int         not null default 0,
    constraint commitment_dropped_has_reason check ((state = 'DROPPED') = (drop_reason is not null)),
    constraint commitment_confirmed_after_done check (confirmed is null or state = 'DONE')
);
create index commitment_owner_idx on dialogue.commitment (owner_body_id, state, due_on);

-- The commitment's timeline: every change of state, progress note and flag.
create table dialogue.commitment_event (
    id            bigint generated always as identity primary key,
    commitment_id bigint      not null references dialogue.commitment (id),
    occurred_at   timestamptz not null default now(),
    occurred_on   date        not null,
    kind          text        not null,
    actor         text        not null,
    from_state    text,
    to_state      text,
    note          text,
    evidence      text,
    public        boolean     not null default true
);
create index commitment_event_idx on dialogue.commitment_event (commitment_id, occurred_at);

-- The minutes of a dialogue as filed (scan, signed document), kept under $DANVAN_HOME/dialogue-minutes.
create table dialogue.minutes_file (
    id           bigint generated always as identity primary key,
    dialogue_id  bigint      not null references dialogue.dialogue (id),
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    storage_key  text        not null unique,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);
create index minutes_file_dialogue_idx on dialogue.minutes_file (dialogue_id);
