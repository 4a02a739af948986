-- A household's representative may delegate the household's online vote to another citizen account, on one matter or
-- on every matter until revoked [K: Luật THDCCS 2022 and NĐ 59/2023 say nothing of delegating an online vote;
-- docs/security.md, "Community votes"]. The representative gets a one-time code (only its keyed digest is kept) and
-- hands it to the delegate, who enters it signed in; the delegation is active once accepted and until revoked. At most
-- one delegation of a household is in force (or waiting for its code) at a time; while one is active only the
-- delegate's vote is taken, and the household still has one vote row.
create table democracy.vote_delegation (
    id               bigint generated always as identity primary key,
    household_id     bigint      not null references democracy.household (id),
    matter_id        bigint references democracy.matter (id), -- null: every matter until revoked
    code_digest      bytea unique,                            -- null once the delegate entered it
    delegate_account bigint,
    granted_by       bigint      not null,
    granted_at       timestamptz not null default now(),
    accepted_at      timestamptz,
    revoked_at       timestamptz
);
create unique index vote_delegation_current_idx on democracy.vote_delegation (household_id) where revoked_at is null;
create index vote_delegation_delegate_idx on democracy.vote_delegation (delegate_account)
    where revoked_at is null and delegate_account is not null;

alter table democracy.household_change drop constraint household_change_kind_check;
alter table democracy.household_change add constraint household_change_kind_check
    check (kind in ('IMPORTED', 'REIMPORTED', 'EDITED', 'ACCOUNT_LINKED', 'VOTE_DELEGATED', 'DELEGATION_ACCEPTED',
                    'DELEGATION_REVOKED'));
