-- Indexes measured at ten million petitions (docs/performance.md).
--
-- A report period [from, to] sees the petitions whose span — received to settled — overlaps it. A B-tree can
-- bound only one end of the span, so an old period read every petition settled after it; a GiST index on
-- (body, span) finds exactly the overlapping ones, and carries the columns the report counts so that it is
-- answered from the index alone.
create extension if not exists btree_gist;
create index if not exists petition_report_span_idx on petition.petition using gist
    (body_id, daterange(received_on, greatest(received_on, settled_on), '[]'))
    include (received_on, settled_on, decided_on, decision, processing_due, resolved_on, resolution_due, outcome,
             petition_type, instance, field_code);
drop index if exists petition.petition_report_period_idx;

-- The queue's order indexes carry the columns it filters on, so that counting and skipping to page 500 read
-- the index only.
drop index if exists petition.petition_queue_order_idx;
create index petition_queue_order_idx on petition.petition (current_due asc nulls last, received_on desc, id desc)
    include (body_id, petition_type, field_code, state, commune_code);
drop index if exists petition.petition_body_queue_order_idx;
create index petition_body_queue_order_idx on petition.petition
    (body_id, current_due asc nulls last, received_on desc, id desc)
    include (petition_type, field_code, state, commune_code);
