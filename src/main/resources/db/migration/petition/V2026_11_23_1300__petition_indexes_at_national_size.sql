-- Indexes measured at ten million petitions (docs/performance.md).
--
-- A report period [from, to] sees the petitions whose span, received to settled, overlaps it. The report
-- reads them in three disjoint parts (PetitionHandlingReports.IN_PERIOD), each a range of one of these
-- indexes, which carry every column the report counts so that it is answered from the index alone:
-- received in the period; received in the 180 days before it and settled in it or later; and the long cases,
-- open or settled more than 180 days after receipt — the only older petitions a period can still see.
drop index if exists petition.petition_report_period_idx;
create index if not exists petition_report_received_idx on petition.petition (body_id, received_on)
    include (settled_on, decided_on, decision, processing_due, resolved_on, resolution_due, outcome,
             petition_type, instance, field_code);
create index if not exists petition_report_long_idx on petition.petition (body_id, received_on)
    include (settled_on, decided_on, decision, processing_due, resolved_on, resolution_due, outcome,
             petition_type, instance, field_code)
    where settled_on = 'infinity' or settled_on > received_on + 180;

-- The queue's order indexes carry the columns it filters on, so that counting and skipping to page 500 read
-- the index only.
drop index if exists petition.petition_queue_order_idx;
create index petition_queue_order_idx on petition.petition (current_due asc nulls last, received_on desc, id desc)
    include (body_id, petition_type, field_code, state, commune_code);
drop index if exists petition.petition_body_queue_order_idx;
create index petition_body_queue_order_idx on petition.petition
    (body_id, current_due asc nulls last, received_on desc, id desc)
    include (petition_type, field_code, state, commune_code);
