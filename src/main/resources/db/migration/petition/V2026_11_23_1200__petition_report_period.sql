-- The day after which a petition no longer counts in any report period: its final decision (guide,
-- transfer, file, return) or its resolution; 'infinity' while it is still open. A period [from, to] sees the
-- petitions received by `to` and settled on or after `from` — an index range instead of a scan of every
-- petition a body ever had (docs/performance.md).
alter table petition.petition add column settled_on date generated always as (
    coalesce(case when decision is not null and decision <> 'ACCEPT' then decided_on else resolved_on end,
             'infinity'::date)) stored;
create index petition_report_period_idx on petition.petition (body_id, settled_on, received_on);

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
       p.settled_on
from petition.petition p;
