-- "Dân kiểm tra, giám sát" (Luật THDCCS 2022 Đ.30–45; Luật MTTQ 2015 Đ.25–30; NQLT 403/2017): the commune's
-- Ban Thanh tra nhân dân and the community investment-supervision boards, the Front's supervision, the
-- recommendations of all three followed to their answer, and the citizens' yearly rating of their commune.
create schema if not exists democracy;

-- A board set up by the commune's Fatherland Front: PEOPLES_INSPECTION (one per commune and term) or
-- INVESTMENT_SUPERVISION (one per programme or project). Its recommendations go to the addressee body.
create table democracy.board (
    id                bigint generated always as identity primary key,
    kind              text   not null check (kind in ('PEOPLES_INSPECTION', 'INVESTMENT_SUPERVISION')),
    front_body_id     bigint not null,
    addressee_body_id bigint not null,
    province_code     text   not null,
    commune_code      text   not null,
    name              text   not null,
    project           text,
    term_from         date   not null,
    term_to           date   not null check (term_to > term_from),
    created_by        text   not null,
    created_at        timestamptz not null default now(),
    version           int    not null default 0,
    check ((kind = 'INVESTMENT_SUPERVISION') = (project is not null))
);
create index board_commune_idx on democracy.board (commune_code, kind);

-- Members: a name, a role and how residence was established. No contact details are kept, so none can leak.
create table democracy.board_member (
    id                bigint generated always as identity primary key,
    board_id          bigint not null references democracy.board (id),
    full_name         text   not null,
    role              text   not null check (role in ('HEAD', 'DEPUTY', 'MEMBER')),
    household_id      bigint references democracy.household (id),
    hamlet_name       text,
    residence         text   not null check (residence in ('REGISTER', 'DECLARED')),
    declared_position text,
    joined_on         date   not null,
    left_on           date,
    added_by          text   not null,
    added_at          timestamptz not null default now()
);
create index board_member_idx on democracy.board_member (board_id) where left_on is null;

-- Work plans by quarter, half year or year (Luật THDCCS 2022 Đ.36–40).
create table democracy.board_plan (
    id         bigint generated always as identity primary key,
    board_id   bigint not null references democracy.board (id),
    period     text   not null check (period in ('QUARTER', 'HALF_YEAR', 'YEAR')),
    year       int    not null,
    part       int    not null check (part between 1 and 4),
    content    text   not null,
    created_by text   not null,
    created_at timestamptz not null default now(),
    unique (board_id, period, year, part)
);

-- Milestones of a supervised project and findings of a board.
create table democracy.board_milestone (
    id         bigint generated always as identity primary key,
    board_id   bigint not null references democracy.board (id),
    title      text   not null,
    planned_on date   not null,
    done_on    date
);

create table democracy.board_finding (
    id         bigint generated always as identity primary key,
    board_id   bigint not null references democracy.board (id),
    found_on   date   not null,
    content    text   not null,
    created_by text   not null,
    created_at timestamptz not null default now()
);

-- The Front's supervision (NQLT 403/2017): the year's plan, then one supervision per supervised body with its dated
-- steps; a late step is derived from the dates and the rule table, never stored.
create table democracy.supervision_plan (
    id            bigint generated always as identity primary key,
    front_body_id bigint not null,
    year          int    not null,
    title         text   not null,
    created_by    text   not null,
    created_at    timestamptz not null default now()
);

create table democracy.supervision (
    id                   bigint generated always as identity primary key,
    plan_id              bigint not null references democracy.supervision_plan (id),
    front_body_id        bigint not null,
    supervised_body_id   bigint not null,
    subject              text   not null,
    team                 text   not null,
    first_session_on     date   not null,
    decision_on          date,
    supervised_report_on date,
    last_session_on      date,
    team_report_on       date,
    version              int    not null default 0,
    created_by           text   not null,
    created_at           timestamptz not null default now()
);
create index supervision_plan_idx on democracy.supervision (plan_id);

create table democracy.supervision_session (
    id             bigint generated always as identity primary key,
    supervision_id bigint not null references democracy.supervision (id),
    held_on        date   not null,
    place          text   not null,
    summary        text
);

-- A recommendation (kiến nghị) of a board or of a supervision, tracked to its answer and follow-up.
create table democracy.oversight_recommendation (
    id                  bigint generated always as identity primary key,
    board_id            bigint references democracy.board (id),
    supervision_id      bigint references democracy.supervision (id),
    source              text   not null check (source in ('PEOPLES_INSPECTION', 'INVESTMENT_SUPERVISION', 'FRONT_SUPERVISION')),
    commune_code        text,
    addressee_body_id   bigint not null,
    superior_body_id    bigint,
    content             text   not null,
    sent_on             date   not null,
    due_on              date   not null,
    answered_on         date,
    answer              text,
    outcome             text check (outcome in ('ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED')),
    follow_up           text,
    closed_on           date,
    reconsideration     text,
    reconsideration_on  date,
    overdue_flagged_on  date,
    version             int    not null default 0,
    created_by          text   not null,
    created_at          timestamptz not null default now(),
    check ((board_id is null) <> (supervision_id is null)),
    check ((answered_on is null) = (outcome is null))
);
create index oversight_recommendation_open_idx on democracy.oversight_recommendation (due_on)
    where answered_on is null;
create index oversight_recommendation_board_idx on democracy.oversight_recommendation (board_id);
create index oversight_recommendation_supervision_idx on democracy.oversight_recommendation (supervision_id);

-- The timeline of boards, supervisions and recommendations.
create table democracy.oversight_event (
    id          bigint generated always as identity primary key,
    subject     text   not null check (subject in ('BOARD', 'SUPERVISION', 'RECOMMENDATION', 'RATING')),
    subject_id  bigint not null,
    kind        text   not null,
    actor       text   not null,
    detail      text,
    occurred_at timestamptz not null default now()
);
create index oversight_event_idx on democracy.oversight_event (subject, subject_id, occurred_at);

-- The citizens' yearly rating of their commune (Luật THDCCS 2022 Đ.34(1)): a round per commune and year with the
-- criteria it was opened with; one sheet per citizen, who is kept only as a keyed digest of the account id.
create table democracy.rating_round (
    id                bigint generated always as identity primary key,
    committee_body_id bigint not null,
    province_code     text   not null,
    commune_code      text   not null,
    year              int    not null,
    criteria          text[] not null,
    opens_on          date   not null,
    closes_on         date   not null check (closes_on >= opens_on),
    published_on      date,
    created_by        text   not null,
    unique (commune_code, year)
);

create table democracy.rating_sheet (
    id             bigint generated always as identity primary key,
    round_id       bigint not null references democracy.rating_round (id),
    citizen_digest bytea  not null,
    hamlet_id      bigint references democracy.hamlet (id),
    scores         int[]  not null,
    comment        text,
    rated_at       timestamptz not null default now(),
    unique (round_id, citizen_digest)
);
