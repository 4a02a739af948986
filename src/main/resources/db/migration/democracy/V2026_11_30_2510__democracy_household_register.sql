-- The household register of a commune (Luật THDCCS 2022 Đ.15–23, NĐ 59/2023): its hamlets and residential groups
-- (thôn, tổ dân phố) and their households with the representative who votes for the household (1 ballot each).
create table democracy.hamlet (
    id           bigint generated always as identity primary key,
    body_id      bigint not null,
    commune_code text   not null,
    name         text   not null,
    kind         text   not null check (kind in ('HAMLET', 'RESIDENTIAL_GROUP')),
    unique (body_id, name)
);

create table democracy.household (
    id                  bigint generated always as identity primary key,
    hamlet_id           bigint not null references democracy.hamlet (id),
    code                text   not null,
    head_name           text   not null,
    representative_name text   not null,
    address             text,
    members             int    not null check (members between 1 and 200),
    version             int    not null default 0,
    unique (hamlet_id, code)
);
create index household_hamlet_idx on democracy.household (hamlet_id, code);

-- Every change of a household, with what it was and what it became.
create table democracy.household_change (
    id           bigint generated always as identity primary key,
    household_id bigint      not null references democracy.household (id),
    occurred_at  timestamptz not null default now(),
    actor        text        not null,
    kind         text        not null check (kind in ('IMPORTED', 'REIMPORTED', 'EDITED')),
    before       jsonb,
    after        jsonb       not null,
    note         text
);
create index household_change_idx on democracy.household_change (household_id, occurred_at);
