-- The first queue index (body, state, received) is read by no query since the order indexes of
-- V2026_11_23_1100 carry the body, the state and the other filtered columns: the count of a body's queue
-- reads the body's order index as cheaply. One random page of a 500 MB index fewer to change (and to write
-- whole into the WAL after a checkpoint) for every petition taken in (docs/performance.md).
drop index if exists petition.petition_queue_idx;
