-- "Dân bàn và quyết định" (Luật THDCCS 2022 Đ.15–23, NĐ 59/2023): matters a hamlet's or a commune's households
-- decide, their votes (one a household), meeting counts, results and their recognition.

-- The citizen account that votes online for the household (docs/security.md, "Community votes"): linked when the
-- representative enters the one-time code the commune printed for the household; only its digest is kept.
alter table democracy.household add column representative_account bigint;
alter table democracy.household add column link_code_digest bytea unique;
create index household_account_idx on democracy.household (representative_account)
    where representative_account is not null;
alter table democracy.household_change drop constraint household_change_kind_check;
alter table democracy.household_change add constraint household_change_kind_check
    check (kind in ('IMPORTED', 'REIMPORTED', 'EDITED', 'ACCOUNT_LINKED'));

create table democracy.matter (
    id                       bigint generated always as identity primary key,
    body_id                  bigint      not null,
    commune_code             text        not null,
    hamlet_id                bigint references democracy.hamlet (id), -- null: every hamlet of the commune
    category                 text        not null check (category in ('K1', 'K2', 'K3', 'K4', 'K5', 'K6')),
    form                     text        not null check (form in ('MEETING', 'HOUSEHOLD_BALLOT', 'ONLINE')),
    secret                   boolean     not null default false,
    title                    text        not null,
    question                 text        not null,
    initiative_households    int check (initiative_households >= 0),
    online_agreed_households int check (online_agreed_households >= 0),
    closes_at                timestamptz not null,
    status                   text        not null default 'OPEN'
                                 check (status in ('OPEN', 'DECIDED', 'RECOGNISED', 'NOT_RECOGNISED')),
    passed                   boolean,
    households_total         int,
    households_taking_part   int,
    agree                    int,
    disagree                 int,
    hamlets_total            int,
    hamlets_passed           int,
    decided_at               timestamptz,
    recognition_number       text,
    recognition_date         date,
    created_by               text        not null,
    created_at               timestamptz not null default now(),
    version                  int         not null default 0
);
create index matter_commune_idx on democracy.matter (commune_code, created_at desc);
create index matter_body_idx on democracy.matter (body_id, created_at desc);

-- One ballot a household (NĐ 59/2023): online or on paper, whichever came first; the key keeps a household from
-- counting twice. Under a secret ballot the choice is left out here and kept in matter_choice, without the household.
create table democracy.matter_vote (
    matter_id    bigint      not null references democracy.matter (id),
    household_id bigint      not null references democracy.household (id),
    hamlet_id    bigint      not null,
    channel      text        not null check (channel in ('ONLINE', 'PAPER')),
    choice       text check (choice in ('AGREE', 'DISAGREE', 'BLANK')),
    voted_at     timestamptz not null default now(),
    primary key (matter_id, household_id)
);

-- The choices of a secret ballot: no household, no time, no order.
create table democracy.matter_choice (
    matter_id bigint not null references democracy.matter (id),
    hamlet_id bigint not null,
    choice    text   not null check (choice in ('AGREE', 'DISAGREE', 'BLANK'))
);
create index matter_choice_idx on democracy.matter_choice (matter_id, hamlet_id);

-- A meeting (or one cluster of a hamlet of 200 households or more): which households attended, and the count by
-- show of hands or secret ballot, entered by the ballot team.
create table democracy.matter_meeting (
    id          bigint generated always as identity primary key,
    matter_id   bigint      not null references democracy.matter (id),
    hamlet_id   bigint      not null references democracy.hamlet (id),
    cluster     text        not null,
    method      text        not null check (method in ('SHOW_OF_HANDS', 'SECRET_BALLOT')),
    agree       int         not null check (agree >= 0),
    disagree    int         not null check (disagree >= 0),
    team        text        not null,
    entered_by  text        not null,
    entered_at  timestamptz not null default now(),
    unique (matter_id, hamlet_id, cluster)
);

create table democracy.matter_attendance (
    matter_id    bigint not null references democracy.matter (id),
    household_id bigint not null references democracy.household (id),
    meeting_id   bigint not null references democracy.matter_meeting (id),
    primary key (matter_id, household_id)
);

-- The result per hamlet at the close, as the minutes (Mẫu 03) state it.
create table democracy.matter_hamlet_result (
    matter_id        bigint  not null references democracy.matter (id),
    hamlet_id        bigint  not null references democracy.hamlet (id),
    households_total int     not null,
    taking_part      int     not null,
    agree            int     not null,
    disagree         int     not null,
    passed           boolean not null,
    primary key (matter_id, hamlet_id)
);

-- The matter's timeline: opened, a meeting or paper ballot entered, decided, recognised.
create table democracy.matter_event (
    id          bigint generated always as identity primary key,
    matter_id   bigint      not null references democracy.matter (id),
    occurred_at timestamptz not null default now(),
    kind        text        not null,
    actor       text        not null,
    note        text
);
create index matter_event_idx on democracy.matter_event (matter_id, occurred_at);
