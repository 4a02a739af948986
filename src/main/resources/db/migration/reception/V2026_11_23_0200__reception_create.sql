create schema if not exists reception;

-- How often a head must receive citizens (rules.md A2). One row per position and period of validity,
-- so a change of the law is a new row, not an edit of history.
create table reception.obligation_rule (
    id            bigint generated always as identity primary key,
    position      text    not null,
    per_period    text    not null check (per_period in ('WEEK', 'MONTH')),
    min_days      int     not null check (min_days between 1 and 31),
    may_delegate  boolean not null,
    valid_from    date    not null,
    valid_to      date,
    source        text    not null,
    unique (position, valid_from)
);
insert into reception.obligation_rule (position, per_period, min_days, may_delegate, valid_from, valid_to, source) values
    ('PROVINCE_PEOPLES_COMMITTEE_CHAIR', 'MONTH', 1, true,  '2014-07-01', '2026-06-30', 'Luật Tiếp công dân 2013 Đ.12'),
    ('PROVINCE_PEOPLES_COMMITTEE_CHAIR', 'MONTH', 1, false, '2026-07-01', null, 'Luật Tiếp công dân Đ.12, Luật 136/2025/QH15 (không ủy quyền tiếp định kỳ)'),
    ('COMMUNE_PEOPLES_COMMITTEE_CHAIR',  'WEEK',  1, true,  '2014-07-01', '2026-06-30', 'Luật Tiếp công dân 2013 Đ.15'),
    ('COMMUNE_PEOPLES_COMMITTEE_CHAIR',  'MONTH', 2, false, '2026-07-01', null, 'Luật 136/2025/QH15 sửa Luật Tiếp công dân Đ.15 (cấu hình được)'),
    ('AGENCY_HEAD',                      'MONTH', 1, true,  '2014-07-01', null, 'Luật Tiếp công dân 2013 Đ.18(2)'),
    ('PUBLIC_SERVICE_UNIT_HEAD',         'MONTH', 1, true,  '2026-07-01', null, 'NĐ 154/2026/NĐ-CP Đ.10(2)'),
    ('PROVINCE_PARTY_SECRETARY',         'MONTH', 1, true,  '2019-02-18', null, 'QĐ 11-QĐi/TW, Kết luận 215-KL/TW'),
    ('COMMUNE_PARTY_SECRETARY',          'MONTH', 2, true,  '2025-11-23', null, 'QĐ 11-QĐi/TW sửa đổi bởi Kết luận 215-KL/TW');

-- A person who holds a position with a reception obligation in a body.
create table reception.head (
    id          bigint generated always as identity primary key,
    body_id     bigint not null,
    position    text   not null,
    full_name   text   not null,
    staff_id    bigint,
    active_from date   not null,
    active_to   date
);
create index head_body_idx on reception.head (body_id);

-- A reception session (buổi tiếp): the regular reception by staff, or a periodic / ad-hoc reception led
-- by a head (or a delegate on the head's behalf).
create table reception.session (
    id            bigint generated always as identity primary key,
    body_id       bigint      not null,
    head_id       bigint references reception.head (id),
    kind          text        not null check (kind in ('REGULAR', 'PERIODIC', 'AD_HOC')),
    held_on       date        not null,
    starts_at     time        not null,
    ends_at       time        not null,
    place         text        not null,
    online        boolean     not null default false,
    delegate_name text,
    state         text        not null check (state in ('SCHEDULED', 'HELD', 'CANCELLED')),
    published     boolean     not null default true,
    note          text,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    version       int         not null default 0,
    constraint session_head_led check ((kind = 'REGULAR') = (head_id is null)),
    constraint session_times check (ends_at > starts_at)
);
create index session_body_day_idx on reception.session (body_id, held_on);
create index session_head_day_idx on reception.session (head_id, held_on);

-- A visit (lượt tiếp): one person, several people or a delegation with one matter.
create table reception.visit (
    id                   bigint generated always as identity primary key,
    body_id              bigint      not null,
    session_id           bigint references reception.session (id),
    visited_on           date        not null,
    visitor_kind         text        not null,
    people_count         int         not null check (people_count >= 1),
    representative_count int         not null default 0 check (representative_count between 0 and 5),
    delegation           boolean     not null,
    visitor_name         text,
    visitor_phone        text,
    visitor_address      text,
    commune_code         text,
    matter               text        not null check (matter in ('NEW', 'OLD')),
    content_type         text        not null,
    field_code           text        not null,
    summary              text        not null,
    response             text,
    refused              boolean     not null default false,
    refusal_ground       text,
    petition_id          bigint,
    recorded_by          text        not null,
    recorded_at          timestamptz not null default now(),
    constraint visit_refusal_has_ground check (refused = (refusal_ground is not null))
);
create index visit_body_day_idx on reception.visit (body_id, visited_on);
create index visit_session_idx on reception.visit (session_id);

-- What the reception module publishes for reports: one row per visit, no personal data.
create view reception.visit_facts as
select v.id as visit_id, v.body_id, v.visited_on, v.people_count, v.delegation, v.matter, v.content_type,
       v.field_code, v.refused, v.petition_id, v.response is not null as answered,
       coalesce(s.kind, 'REGULAR') as session_kind, s.head_id
from reception.visit v
left join reception.session s on s.id = v.session_id;

-- Sessions as reports count them.
create view reception.session_facts as
select s.id as session_id, s.body_id, s.head_id, s.kind, s.held_on, s.state, s.delegate_name is not null as delegated
from reception.session s;
