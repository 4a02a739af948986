-- The permission to read a denouncer's identity (Luật Tố cáo 2018 Đ.9(1)(b), Đ.47) is granted by two people:
-- an administrator requests it for an account of a body in their own scope, and a head of that body (or of a
-- body above it) other than the requester and the grantee approves it. staff_account.may_view_denouncer_identity
-- is the effective flag; it is set only by an approval and cleared by a revocation.
create table organization.identity_permission (
    id           bigint generated always as identity primary key,
    staff_id     bigint      not null references organization.staff_account (id),
    state        text        not null check (state in ('REQUESTED', 'APPROVED', 'REFUSED', 'REVOKED')),
    -- null: granted before two-person approval existed, or seeded with the demo data
    requested_by bigint references organization.staff_account (id),
    requested_at timestamptz not null default now(),
    decided_by   bigint references organization.staff_account (id),
    decided_at   timestamptz,
    revoked_by   bigint references organization.staff_account (id),
    revoked_at   timestamptz,
    constraint identity_permission_not_self check (requested_by <> staff_id and decided_by <> staff_id
        and decided_by <> requested_by)
);
-- At most one open request or grant per account.
create unique index identity_permission_open_idx on organization.identity_permission (staff_id)
    where state in ('REQUESTED', 'APPROVED');

-- Grants made before: kept, listed to the heads as held, revocable.
insert into organization.identity_permission (staff_id, state, decided_at)
select id, 'APPROVED', now() from organization.staff_account where may_view_denouncer_identity;
