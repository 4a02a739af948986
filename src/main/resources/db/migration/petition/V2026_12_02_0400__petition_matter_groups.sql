-- One citizen – one matter (issue 20): petitions an officer confirmed as the same matter (cùng vụ việc) share a
-- matter group, whichever body, channel or year took them; the reports count a group once ("vụ việc" beside "đơn").
-- The group's id is the smallest petition id in it; a petition in no group is a matter of its own.
alter table petition.petition add column matter_group_id bigint;
create index petition_matter_group_idx on petition.petition (matter_group_id) where matter_group_id is not null;

-- Each pair an officer decided: the same matter (confirmed) or not (rejected, never suggested again).
create table petition.matter_decision (
    low_id     bigint      not null references petition.petition (id),
    high_id    bigint      not null references petition.petition (id),
    same       boolean     not null,
    decided_at timestamptz not null default now(),
    decided_by text        not null,
    primary key (low_id, high_id),
    constraint matter_decision_ordered check (low_id < high_id)
);
create index matter_decision_high_idx on petition.matter_decision (high_id);

create or replace view petition.report_facts as
select p.id                                   as petition_id,
       p.body_id,
       p.received_on,
       p.channel,
       p.source_kind,
       p.petition_type,
       p.field_code,
       p.instance,
       p.anonymous,
       p.petitioner_kind,
       p.petitioner_count,
       p.commune_code,
       p.state,
       p.decision,
       p.decided_on,
       (p.decision = 'ACCEPT')                as within_jurisdiction,
       p.filing_ground,
       p.processing_due,
       p.resolution_due,
       p.outcome,
       p.resolved_on,
       p.closed_on,
       p.relation,
       p.related_petition_id,
       p.settled_on,
       coalesce(p.matter_group_id, p.id)      as matter_id
from petition.petition p;
