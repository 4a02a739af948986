create schema if not exists programme;

-- A campaign (cuộc vận động): a relief campaign under NĐ 93/2021/NĐ-CP with its own account, receiving and
-- distribution periods (Đ.8, Đ.9); or an emulation movement / community task force, which handles no money.
create table programme.campaign (
    id                  bigint generated always as identity primary key,
    kind                text        not null check (kind in ('RELIEF', 'MOVEMENT', 'TASK_FORCE')),
    body_id             bigint      not null,
    level               text        not null,
    province_code       text,
    commune_code        text,
    title               text        not null,
    purpose             text        not null,
    scope               text,
    bank_name           text,
    bank_account        text,
    launched_on         date        not null,
    receiving_from      date,
    receiving_until     date,
    distribution_until  date,
    extended            boolean     not null default false,
    goals               text,
    participants        int         check (participants is null or participants >= 0),
    results             text,
    created_by          text        not null,
    created_at          timestamptz not null default now(),
    version             int         not null default 0,
    constraint campaign_relief_has_account check (kind <> 'RELIEF' or (bank_account is not null
        and receiving_from is not null and receiving_until is not null and distribution_until is not null)),
    constraint campaign_periods_in_order check (receiving_until is null or (receiving_until >= receiving_from
        and distribution_until >= receiving_until))
);
-- One separate account per campaign (NĐ 93/2021 Đ.9).
create unique index campaign_account_idx on programme.campaign (bank_account) where bank_account is not null;
create index campaign_body_idx on programme.campaign (body_id, launched_on desc);
create index campaign_commune_idx on programme.campaign (province_code, commune_code);

-- What was given: money (exact VND, no fractions) or goods in kind, by a donor who may stay anonymous. The
-- donor's contact is personal data: sealed (AES-GCM, shared.ContactSecrets), never shown publicly.
create table programme.contribution (
    id                  bigint generated always as identity primary key,
    campaign_id         bigint      not null references programme.campaign (id),
    kind                text        not null check (kind in ('MONEY', 'IN_KIND')),
    channel             text        not null check (channel in ('BANK', 'CASH', 'GOODS', 'TRANSFER')),
    donor_name          text,
    anonymous           boolean     not null,
    donor_contact_sealed bytea,
    amount              numeric(19, 0) check (amount is null or amount > 0),
    item                text,
    unit                text,
    quantity            numeric(19, 3) check (quantity is null or quantity > 0),
    received_on         date        not null,
    reference           text,
    from_campaign_id    bigint references programme.campaign (id),
    recorded_by         text        not null,
    recorded_at         timestamptz not null default now(),
    constraint contribution_money_or_goods check ((kind = 'MONEY' and amount is not null and item is null)
        or (kind = 'IN_KIND' and amount is null and item is not null and unit is not null and quantity is not null)),
    constraint contribution_anonymous_has_no_name check (not anonymous or donor_name is null)
);
create index contribution_campaign_idx on programme.contribution (campaign_id, received_on);

-- Who is to receive, by which criteria and how much (Đ.14: beneficiaries, criteria and levels are published).
create table programme.beneficiary (
    id                  bigint generated always as identity primary key,
    campaign_id         bigint      not null references programme.campaign (id),
    name                text        not null,
    address             text,
    criteria            text        not null,
    planned_amount      numeric(19, 0) check (planned_amount is null or planned_amount >= 0),
    recorded_by         text        not null,
    recorded_at         timestamptz not null default now()
);
create index beneficiary_campaign_idx on programme.beneficiary (campaign_id);

-- What was given out: money or goods to a beneficiary, or money passed up to a higher level's campaign (Đ.9).
create table programme.distribution (
    id                  bigint generated always as identity primary key,
    campaign_id         bigint      not null references programme.campaign (id),
    beneficiary_id      bigint references programme.beneficiary (id),
    recipient           text        not null,
    kind                text        not null check (kind in ('MONEY', 'IN_KIND')),
    amount              numeric(19, 0) check (amount is null or amount > 0),
    item                text,
    unit                text,
    quantity            numeric(19, 3) check (quantity is null or quantity > 0),
    distributed_on      date        not null,
    to_campaign_id      bigint references programme.campaign (id),
    recorded_by         text        not null,
    recorded_at         timestamptz not null default now(),
    constraint distribution_money_or_goods check ((kind = 'MONEY' and amount is not null and item is null)
        or (kind = 'IN_KIND' and amount is null and item is not null and unit is not null and quantity is not null))
);
create index distribution_campaign_idx on programme.distribution (campaign_id, distributed_on);

-- Signed receipts and lists of a distribution, kept under $DANVAN_HOME/campaign-receipts.
create table programme.distribution_receipt (
    id                  bigint generated always as identity primary key,
    distribution_id     bigint      not null references programme.distribution (id),
    file_name           text        not null,
    content_type        text        not null,
    size_bytes          bigint      not null,
    sha256              text        not null,
    storage_key         text        not null unique,
    uploaded_by         text        not null,
    uploaded_at         timestamptz not null default now()
);

-- An imported bank statement of the campaign's account, and its credit lines. A line is known by the account and
-- the bank's own reference: importing the same statement again adds nothing.
create table programme.bank_statement (
    id                  bigint generated always as identity primary key,
    campaign_id         bigint      not null references programme.campaign (id),
    bank                text        not null,
    file_name           text        not null,
    sha256              text        not null,
    lines_read          int         not null,
    lines_added         int         not null,
    imported_by         text        not null,
    imported_at         timestamptz not null default now()
);

create table programme.statement_line (
    id                  bigint generated always as identity primary key,
    campaign_id         bigint      not null references programme.campaign (id),
    statement_id        bigint      not null references programme.bank_statement (id),
    account             text        not null,
    reference           text        not null,
    booked_on           date        not null,
    amount              numeric(19, 0) not null check (amount > 0),
    description         text        not null,
    contribution_id     bigint unique references programme.contribution (id),
    matched_how         text check (matched_how in ('AUTOMATIC', 'MANUAL')),
    constraint statement_line_identity unique (account, reference),
    constraint statement_line_match check ((contribution_id is null) = (matched_how is null))
);
create index statement_line_unmatched_idx on programme.statement_line (campaign_id) where contribution_id is null;

-- The publication duties of a relief campaign (Đ.14(3)) and the report upward (Đ.13(2)): each with its due date,
-- the day it was done, where, and the figures then published.
create table programme.publication_duty (
    campaign_id         bigint      not null references programme.campaign (id),
    duty                text        not null,
    due_on              date,
    done_on             date,
    done_by             text,
    channel             text,
    published_amount    numeric(19, 0),
    primary key (campaign_id, duty)
);

-- The campaign's timeline.
create table programme.campaign_event (
    id                  bigint generated always as identity primary key,
    campaign_id         bigint      not null references programme.campaign (id),
    occurred_at         timestamptz not null default now(),
    kind                text        not null,
    actor               text        not null,
    note                text
);
create index campaign_event_idx on programme.campaign_event (campaign_id, occurred_at);
