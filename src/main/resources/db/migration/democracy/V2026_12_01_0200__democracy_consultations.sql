create schema if not exists democracy;

-- A draft put to the people for their comments (Nhân dân tham gia ý kiến, Luật THDCCS 2022 Đ.25–29) by a commune's
-- People's Committee: what it is about, its sections, from when until when it is open, and its synthesis (báo cáo
-- tổng hợp, tiếp thu, giải trình) once published.
create table democracy.consultation (
    id              bigint generated always as identity primary key,
    body_id         bigint      not null,
    province_code   text        not null,
    commune_code    text        not null,
    subject         text        not null,
    title           text        not null,
    summary         text,
    status          text        not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED', 'SYNTHESISED')),
    opens_on        date,
    closes_on       date,
    closed_on       date,
    synthesis_note  text,
    synthesised_on  date,
    disclosure_id   bigint,
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    version         int         not null default 0,
    constraint consultation_open_has_period check (status = 'DRAFT' or (opens_on is not null and closes_on is not null)),
    constraint consultation_period_order check (closes_on is null or closes_on >= opens_on)
);
create index consultation_body_idx on democracy.consultation (body_id, created_at desc);
create index consultation_commune_open_idx on democracy.consultation (commune_code, closes_on desc) where status <> 'DRAFT';

-- The sections of a draft (Điều, Mục, or a part typed by staff), in order; comments may name one.
create table democracy.consultation_section (
    id              bigint generated always as identity primary key,
    consultation_id bigint not null references democracy.consultation (id),
    position        int    not null,
    heading         text   not null,
    body            text   not null default '',
    unique (consultation_id, position)
);

-- The documents of a draft (the draft itself, maps, explanations), kept under $DANVAN_HOME/consultation-documents.
create table democracy.consultation_document (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references democracy.consultation (id),
    file_name       text        not null,
    content_type    text        not null,
    size_bytes      bigint      not null,
    sha256          text        not null,
    storage_key     text        not null unique,
    uploaded_by     text        not null,
    uploaded_at     timestamptz not null default now()
);
create index consultation_document_idx on democracy.consultation_document (consultation_id);

-- A group of comments and the drafting body's answer to it: accepted (tiếp thu) or explained (giải trình).
create table democracy.consultation_group (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references democracy.consultation (id),
    title           text        not null,
    verdict         text        check (verdict in ('ACCEPTED', 'EXPLAINED')),
    answer          text,
    answered_by     text,
    answered_at     timestamptz,
    created_at      timestamptz not null default now(),
    constraint consultation_group_answer check ((verdict is null) = (answer is null))
);
create index consultation_group_idx on democracy.consultation_group (consultation_id);

-- A comment: from a citizen's portal account (as a person or for an organisation), or entered by staff from a
-- meeting or a letter. The author's name and address are not copied here: a portal comment keeps only the account's
-- id. A comment is never deleted; moderation hides it with a reason.
create table democracy.consultation_comment (
    id                bigint generated always as identity primary key,
    consultation_id   bigint      not null references democracy.consultation (id),
    section_id        bigint      references democracy.consultation_section (id),
    channel           text        not null check (channel in ('PORTAL', 'MEETING', 'WRITTEN')),
    author_kind       text        not null check (author_kind in ('CITIZEN', 'ORGANISATION')),
    citizen_id        bigint,
    organisation_name text,
    source_note       text,
    body              text        not null,
    group_id          bigint      references democracy.consultation_group (id),
    hidden_reason     text,
    hidden_by         text,
    hidden_at         timestamptz,
    entered_by        text,
    created_at        timestamptz not null default now(),
    constraint consultation_comment_portal_has_account check (channel <> 'PORTAL' or citizen_id is not null),
    constraint consultation_comment_organisation_named check (author_kind <> 'ORGANISATION' or organisation_name is not null),
    constraint consultation_comment_hidden_reason check ((hidden_at is null) = (hidden_reason is null))
);
create index consultation_comment_idx on democracy.consultation_comment (consultation_id, created_at);

-- The consultation's timeline: created, opened, a comment entered or hidden, grouped, answered, closed, synthesised.
create table democracy.consultation_event (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references democracy.consultation (id),
    occurred_at     timestamptz not null default now(),
    kind            text        not null,
    actor           text        not null,
    note            text
);
create index consultation_event_idx on democracy.consultation_event (consultation_id, occurred_at);

-- The Fatherland Front's social criticism of a draft (phản biện xã hội, Luật MTTQ 2015 Đ.33–36, QĐ 217-QĐ/TW,
-- NQLT 403/2017): when the draft reached the Front and when it is to be submitted, the conference, the document
-- of criticism, and by when the drafting body is to reply.
create table democracy.criticism (
    id                bigint generated always as identity primary key,
    consultation_id   bigint      not null references democracy.consultation (id),
    front_body_id     bigint      not null,
    form              text        not null check (form in ('CONFERENCE', 'WRITTEN_OPINIONS', 'DIALOGUE')),
    draft_received_on date        not null,
    submission_on     date,
    conference_on     date,
    conference_place  text,
    participants      text,
    experts           text,
    document_number   text,
    document_date     date,
    reply_due_on      date,
    created_by        text        not null,
    created_at        timestamptz not null default now(),
    version           int         not null default 0
);
create index criticism_consultation_idx on democracy.criticism (consultation_id);

-- A recommendation of the document of criticism, the drafting body's written reply to it, and its follow-up to done.
create table democracy.criticism_recommendation (
    id            bigint generated always as identity primary key,
    criticism_id  bigint      not null references democracy.criticism (id),
    position      int         not null,
    body          text        not null,
    verdict       text        check (verdict in ('ACCEPTED', 'EXPLAINED')),
    reply         text,
    replied_on    date,
    replied_by    text,
    done_on       date,
    done_note     text,
    unique (criticism_id, position),
    constraint criticism_reply_whole check ((verdict is null) = (reply is null) and (reply is null) = (replied_on is null)),
    constraint criticism_done_after_reply check (done_on is null or replied_on is not null)
);

create table democracy.criticism_event (
    id            bigint generated always as identity primary key,
    criticism_id  bigint      not null references democracy.criticism (id),
    occurred_at   timestamptz not null default now(),
    kind          text        not null,
    actor         text        not null,
    note          text
);
create index criticism_event_idx on democracy.criticism_event (criticism_id, occurred_at);
