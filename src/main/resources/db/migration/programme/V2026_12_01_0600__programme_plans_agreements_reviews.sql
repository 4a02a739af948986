create schema if not exists programme;

-- A body's annual dân vận plan (QĐ 23-QĐ/TW 2021): dân vận of the Party, of the State (dân vận chính quyền), of the
-- Front and mass organisations, of the armed forces.
create table programme.plan (
    id          bigint generated always as identity primary key,
    body_id     bigint      not null,
    year        int         not null check (year between 1990 and 2100),
    sector      text        not null check (sector in ('PARTY', 'STATE', 'FRONT', 'ARMED_FORCES')),
    title       text        not null,
    summary     text,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    version     int         not null default 0
);
create index plan_body_year_idx on programme.plan (body_id, year);

-- A task of a plan: its owner body, deadline and indicator (with a target when the indicator is a number).
create table programme.plan_task (
    id             bigint generated always as identity primary key,
    plan_id        bigint      not null references programme.plan (id),
    title          text        not null,
    owner_body_id  bigint      not null,
    due_on         date        not null,
    indicator      text,
    target         int check (target is null or target >= 0),
    state          text        not null default 'OPEN' check (state in ('OPEN', 'DONE', 'DROPPED')),
    done_on        date,
    version        int         not null default 0,
    constraint plan_task_done_has_day check ((state = 'DONE') = (done_on is not null))
);
create index plan_task_plan_idx on programme.plan_task (plan_id);
create index plan_task_owner_idx on programme.plan_task (owner_body_id, due_on);

-- What a body in scope reports of a task: when, how far (achieved against the target), what was done.
create table programme.progress_report (
    id           bigint generated always as identity primary key,
    task_id      bigint      not null references programme.plan_task (id),
    body_id      bigint      not null,
    reported_on  date        not null,
    achieved     int check (achieved is null or achieved >= 0),
    note         text        not null,
    reported_by  text        not null,
    created_at   timestamptz not null default now()
);
create index progress_report_task_idx on programme.progress_report (task_id, reported_on);

-- The timeline of every plan, task, agreement, joint task, inspection, advice, course and review: each state change.
create table programme.plan_event (
    id            bigint generated always as identity primary key,
    subject_type  text        not null,
    subject_id    bigint      not null,
    kind          text        not null,
    note          text,
    actor         text        not null,
    at            timestamptz not null default now()
);
create index plan_event_subject_idx on programme.plan_event (subject_type, subject_id, id);

-- An inspection of a unit's dân vận work: plan, findings, recommendations, follow-up.
create table programme.work_inspection (
    id                  bigint generated always as identity primary key,
    body_id             bigint      not null,
    inspected_body_id   bigint      not null,
    planned_on          date        not null,
    held_on             date,
    subject             text        not null,
    findings            text,
    recommendations     text,
    follow_up           text,
    followed_up_on      date,
    created_by          text        not null,
    version             int         not null default 0
);
create index work_inspection_body_idx on programme.work_inspection (body_id, planned_on);
create index work_inspection_inspected_idx on programme.work_inspection (inspected_body_id);

-- A coordination agreement (quy chế phối hợp) between Ban Dân vận / the Front and agencies, police, the military
-- command, border guards (QĐ 23-QĐ/TW 2021): its parties, its period.
create table programme.agreement (
    id            bigint generated always as identity primary key,
    lead_body_id  bigint      not null,
    title         text        not null,
    number        text,
    signed_on     date        not null,
    valid_from    date        not null,
    valid_to      date        not null,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    version       int         not null default 0,
    constraint agreement_period_ordered check (valid_to >= valid_from)
);

create table programme.agreement_party (
    agreement_id  bigint not null references programme.agreement (id),
    body_id       bigint not null,
    primary key (agreement_id, body_id)
);
create index agreement_party_body_idx on programme.agreement_party (body_id);

-- A task the parties do together: its owner (one of the parties), deadline, result.
create table programme.joint_task (
    id             bigint generated always as identity primary key,
    agreement_id   bigint      not null references programme.agreement (id),
    title          text        not null,
    owner_body_id  bigint      not null,
    due_on         date        not null,
    state          text        not null default 'OPEN' check (state in ('OPEN', 'DONE')),
    done_on        date,
    result         text,
    version        int         not null default 0,
    constraint joint_task_done_has_day check ((state = 'DONE') = (done_on is not null))
);
create index joint_task_agreement_idx on programme.joint_task (agreement_id);

-- A periodic joint review of an agreement: when, what was achieved, what comes next.
create table programme.agreement_review (
    id            bigint generated always as identity primary key,
    agreement_id  bigint      not null references programme.agreement (id),
    held_on       date        not null,
    results       text        not null,
    next_steps    text,
    tasks_done    int         not null,
    tasks_open    int         not null,
    recorded_by   text        not null,
    created_at    timestamptz not null default now()
);
create index agreement_review_agreement_idx on programme.agreement_review (agreement_id, held_on);

-- Advice to the Party committee (tham mưu, đề xuất): the proposal, its evidence from the platform (frozen when it is
-- sent), the committee's decision.
create table programme.advice (
    id                  bigint generated always as identity primary key,
    body_id             bigint      not null,
    committee_body_id   bigint      not null,
    title               text        not null,
    proposal            text        not null,
    evidence            jsonb       not null default '{}',
    state               text        not null default 'DRAFTED' check (state in ('DRAFTED', 'SENT', 'DECIDED')),
    sent_on             date,
    decision            text,
    decided_on          date,
    created_by          text        not null,
    version             int         not null default 0
);
create index advice_body_idx on programme.advice (body_id);

-- A follow-up task the committee's decision set.
create table programme.advice_task (
    id             bigint generated always as identity primary key,
    advice_id      bigint      not null references programme.advice (id),
    title          text        not null,
    owner_body_id  bigint      not null,
    due_on         date        not null,
    done_on        date
);

-- Work with ethnic-minority and religious communities, and leaders' field visits to grassroots Party cells.
create table programme.activity (
    id            bigint generated always as identity primary key,
    body_id       bigint      not null,
    kind          text        not null check (kind in ('COMMUNITY_WORK', 'FIELD_VISIT')),
    community     text        not null check (community in ('ETHNIC_MINORITY', 'RELIGIOUS', 'PARTY_CELL', 'RESIDENTS')),
    held_on       date        not null,
    place         text        not null,
    leader_name   text,
    learned       text        not null,
    created_by    text        not null,
    created_at    timestamptz not null default now()
);
create index activity_body_idx on programme.activity (body_id, held_on);

-- Training courses for cadres, their participants (staff accounts), attendance and certificates.
create table programme.course (
    id          bigint generated always as identity primary key,
    body_id     bigint      not null,
    title       text        not null,
    topic       text        not null check (topic in ('MOBILISATION', 'RECEPTION', 'LAW')),
    starts_on   date        not null,
    ends_on     date        not null,
    place       text        not null,
    hours       int         not null check (hours between 1 and 2000),
    created_by  text        not null,
    version     int         not null default 0,
    constraint course_period_ordered check (ends_on >= starts_on)
);
create index course_body_idx on programme.course (body_id, starts_on);

create table programme.course_participant (
    course_id         bigint  not null references programme.course (id),
    staff_id          bigint  not null,
    attended          boolean,
    certificate_no    text,
    certified_on      date,
    primary key (course_id, staff_id),
    constraint course_participant_certificate_after_attendance check (certificate_no is null or attended)
);
create index course_participant_staff_idx on programme.course_participant (staff_id);
create unique index course_certificate_number_idx on programme.course_participant (certificate_no)
    where certificate_no is not null;

-- A mid-year or year-end review (sơ kết, tổng kết) of a body's dân vận work: the narrative the staff write and,
-- once issued, the figures counted at issue, frozen so that the issued document never changes.
create table programme.review (
    id               bigint generated always as identity primary key,
    body_id          bigint      not null,
    kind             text        not null check (kind in ('MID_YEAR', 'YEAR_END')),
    period_from      date        not null,
    period_to        date        not null,
    title            text        not null,
    number           text,
    place            text        not null,
    results          text,
    limitations      text,
    causes           text,
    lessons          text,
    directions       text,
    signer_name      text,
    signer_position  text,
    state            text        not null default 'DRAFT' check (state in ('DRAFT', 'ISSUED')),
    issued_on        date,
    figures          jsonb,
    created_by       text        not null,
    version          int         not null default 0,
    constraint review_period_ordered check (period_to >= period_from),
    constraint review_issued_frozen check ((state = 'ISSUED') = (issued_on is not null and figures is not null))
);
create index review_body_idx on programme.review (body_id, period_to desc);
