-- The work queue is ordered by the running deadline (processing while RECEIVED, resolution while ACCEPTED;
-- finished cases last), then newest first. Kept as a stored column so that the order, and page 500 of a
-- national list, come from an index instead of sorting millions of rows (docs/performance.md).
alter table petition.petition add column current_due date generated always as (
    case state when 'RECEIVED' then processing_due when 'ACCEPTED' then resolution_due end) stored;
create index petition_queue_order_idx on petition.petition (current_due asc nulls last, received_on desc, id desc);
create index petition_body_queue_order_idx on petition.petition (body_id, current_due asc nulls last, received_on desc, id desc);
